// Whether one check was down (SPEC §3): an HTTP code in the policy's down codes, a
// timeout or connection error, or a status word that says down.

export interface ProbeRules {
  downCodes: readonly { from: number; to: number }[];
  timeoutIsDown: boolean;
}

const UP_WORDS = new Set([
  'up',
  'ok',
  'true',
  'success',
  'succeeded',
  'pass',
  'passed',
  'healthy',
  'online',
  'operational',
  'degraded',
  'yes',
  'y',
]);
const DOWN_WORDS = new Set([
  'down',
  'fail',
  'failed',
  'failure',
  'false',
  'error',
  'timeout',
  'timed_out',
  'offline',
  'critical',
  'unhealthy',
  'no',
  'n',
]);

export type CheckResult = { ok: true; down: boolean } | { ok: false; reason: string };

function codeDown(code: number, rules: ProbeRules): boolean {
  return rules.downCodes.some((r) => code >= r.from && code <= r.to);
}

/** `code` and `status` are the raw cells (undefined when the file has no such column). */
export function classifyCheck(
  code: string | undefined,
  status: string | undefined,
  error: string | undefined,
  rules: ProbeRules,
): CheckResult {
  let known = false;
  let down = false;
  const c = code?.trim() ?? '';
  if (c !== '') {
    if (!/^\d{1,3}$/.test(c)) return { ok: false, reason: `unknown status code "${c.slice(0, 20)}"` };
    const n = Number(c);
    if (n === 0) down ||= rules.timeoutIsDown;
    else if (n >= 100 && n <= 599) down ||= codeDown(n, rules);
    else return { ok: false, reason: `unknown status code "${c}"` };
    known = true;
  } else if (code !== undefined && (error?.trim() ?? '') !== '') {
    // An empty code with an error text is a timeout or connection failure.
    down ||= rules.timeoutIsDown;
    known = true;
  }
  const s = status?.trim().toLowerCase() ?? '';
  if (s !== '') {
    if (/^\d{1,3}$/.test(s)) {
      const n = Number(s);
      // Uptime Kuma: 0 down, 1 up, 2 pending, 3 maintenance; larger numbers are HTTP codes.
      if (n === 0) down = true;
      else if (n <= 3) {
        /* up, pending or maintenance: not down */
      } else if (n >= 100 && n <= 599) down ||= codeDown(n, rules);
      else return { ok: false, reason: `unknown status "${s}"` };
    } else if (DOWN_WORDS.has(s)) down = true;
    else if (!UP_WORDS.has(s)) return { ok: false, reason: `unknown status "${s.slice(0, 20)}"` };
    known = true;
  }
  if (!known) return { ok: false, reason: 'empty status' };
  return { ok: true, down };
}

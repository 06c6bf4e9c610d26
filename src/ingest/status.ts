// Whether one check was down (SPEC §3): an HTTP code in the policy's down codes, a
// timeout or connection error, or a status word that says down.

export interface ProbeRules {
  downCodes: readonly { from: number; to: number }[];
  timeoutIsDown: boolean;
}

const UP_WORDS = [
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
];
const DOWN_WORDS = [
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
];

/** Lower-case status word → whether it says down. */
export const STATUS_WORDS: ReadonlyMap<string, boolean> = new Map([
  ...UP_WORDS.map((w) => [w, false] as const),
  ...DOWN_WORDS.map((w) => [w, true] as const),
]);

export type CheckResult = { ok: true; down: boolean } | { ok: false; reason: string };

function codeDown(code: number, rules: ProbeRules): boolean {
  return rules.downCodes.some((r) => code >= r.from && code <= r.to);
}

/** A code cell's number is 0 (timeout or connection error) or an HTTP status. */
export function isKnownCode(n: number): boolean {
  return n === 0 || (n >= 100 && n <= 599);
}

export function codeSaysDown(n: number, rules: ProbeRules): boolean {
  return n === 0 ? rules.timeoutIsDown : codeDown(n, rules);
}

/** A numeric status is Uptime Kuma's 0–3 or an HTTP status. */
export function isKnownStatusNumber(n: number): boolean {
  return n <= 3 || (n >= 100 && n <= 599);
}

export function statusNumberSaysDown(n: number, rules: ProbeRules): boolean {
  // Uptime Kuma: 0 down, 1 up, 2 pending, 3 maintenance; larger numbers are HTTP codes.
  return n === 0 ? true : n <= 3 ? false : codeDown(n, rules);
}

/**
 * The reference reading of a check's cells (undefined when the file has no such column).
 * The byte reader (scan-check.ts) uses the same table and predicates and leaves every
 * case it cannot settle to this, so the two cannot drift apart.
 */
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
    if (!isKnownCode(n)) return { ok: false, reason: `unknown status code "${c}"` };
    down = codeSaysDown(n, rules);
    known = true;
  } else if (code !== undefined && (error?.trim() ?? '') !== '') {
    // An empty code with an error text is a timeout or connection failure.
    down = rules.timeoutIsDown;
    known = true;
  }
  const s = status?.trim().toLowerCase() ?? '';
  if (s !== '') {
    if (/^\d{1,3}$/.test(s)) {
      const n = Number(s);
      if (!isKnownStatusNumber(n)) return { ok: false, reason: `unknown status "${s}"` };
      down ||= statusNumberSaysDown(n, rules);
    } else {
      const saysDown = STATUS_WORDS.get(s);
      if (saysDown === undefined) return { ok: false, reason: `unknown status "${s.slice(0, 20)}"` };
      down ||= saysDown;
    }
    known = true;
  }
  if (!known) return { ok: false, reason: 'empty status' };
  return { ok: true, down };
}

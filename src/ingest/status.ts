// What one check said (SPEC §3): an HTTP code, a timeout or connection error, or a status
// word, kept as its outcome class (src/engine/check-outcomes.ts). Whether it was down is
// the policy's to say when the contract is evaluated.
import { bothOutcomes, OUTCOME_DOWN, OUTCOME_TIMEOUT, OUTCOME_UP } from '../engine/check-outcomes';

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

export type CheckResult = { ok: true; outcome: number } | { ok: false; reason: string };

/** A code cell's number as an outcome: 0 a timeout or connection error, else an HTTP status; -1 when neither. */
export function codeOutcome(n: number): number {
  return n === 0 ? OUTCOME_TIMEOUT : n >= 100 && n <= 599 ? n : -1;
}

/** A status cell's number as an outcome: Uptime Kuma's 0–3, else an HTTP status; -1 when neither. */
export function statusNumberOutcome(n: number): number {
  // Uptime Kuma: 0 down, 1 up, 2 pending, 3 maintenance; larger numbers are HTTP codes.
  // Pending is a failed check Kuma is retrying before it calls the monitor down, and Kuma's
  // own uptime counts it as down (louislam/uptime-kuma server/uptime-calculator.js
  // `flatStatus`: DOWN and PENDING → DOWN, UP and MAINTENANCE → UP; 1.x's uptime query
  // counted only status 1 or 3 as up), so its figures and ours agree.
  if (n === 0 || n === 2) return OUTCOME_DOWN;
  if (n <= 3) return OUTCOME_UP;
  return n >= 100 && n <= 599 ? n : -1;
}

/** A known status word's outcome. */
export const wordOutcome = (saysDown: boolean): number => (saysDown ? OUTCOME_DOWN : OUTCOME_UP);

/**
 * One check from its code part (-1 when the row has none) and its status part (-1 when
 * none): down when either part is, so a status that says down settles it, one that says
 * up leaves it to the code, and two parts the policy rules on stay a pair.
 */
export function checkOutcome(codePart: number, statusPart: number): number {
  if (statusPart < 0) return codePart;
  if (codePart < 0 || statusPart === OUTCOME_DOWN) return statusPart;
  if (statusPart === OUTCOME_UP) return codePart;
  return bothOutcomes(codePart, statusPart);
}

// A reason says what a cell should hold, never what it held: an export's cells may carry
// secrets (a token in an error column, a password pasted into a status), and the line
// number already points at the cell.
const UNKNOWN_CODE = 'unknown status code (expected an HTTP code 100–599, or 0 for a timeout)';
const UNKNOWN_STATUS =
  'unknown status (expected up or down, a word such as ok or failed, 0–3, or an HTTP code)';

/**
 * The reference reading of a check's cells (undefined when the file has no such column).
 * The byte reader (scan-check.ts) uses the same table and functions and leaves every
 * case it cannot settle to this, so the two cannot drift apart.
 */
export function classifyCheck(
  code: string | undefined,
  status: string | undefined,
  error: string | undefined,
): CheckResult {
  let codePart = -1;
  let statusPart = -1;
  const c = code?.trim() ?? '';
  if (c !== '') {
    if (!/^\d{1,3}$/.test(c)) return { ok: false, reason: UNKNOWN_CODE };
    codePart = codeOutcome(Number(c));
    if (codePart < 0) return { ok: false, reason: UNKNOWN_CODE };
  } else if (code !== undefined && (error?.trim() ?? '') !== '') {
    // An empty code with an error text is a timeout or connection failure.
    codePart = OUTCOME_TIMEOUT;
  }
  const s = status?.trim().toLowerCase() ?? '';
  if (s !== '') {
    if (/^\d{1,3}$/.test(s)) {
      statusPart = statusNumberOutcome(Number(s));
      if (statusPart < 0) return { ok: false, reason: UNKNOWN_STATUS };
    } else {
      const saysDown = STATUS_WORDS.get(s);
      if (saysDown === undefined) return { ok: false, reason: UNKNOWN_STATUS };
      statusPart = wordOutcome(saysDown);
    }
  }
  if (codePart < 0 && statusPart < 0) return { ok: false, reason: 'empty status' };
  return { ok: true, outcome: checkOutcome(codePart, statusPart) };
}

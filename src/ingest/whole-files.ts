// Files read whole rather than streamed (tickets, obligation logs, holiday lists and
// calendars, policies): a bound above any real one, so that a wrong file (a disk image, a
// log of years, /dev/zero) is refused by its size before it is read.

/** Larger than any real ticket export, holiday calendar or policy, small enough to read whole. */
export const MAX_WHOLE_FILE_BYTES = 50 * 1024 * 1024;

/** Why a file of `bytes` (or more, where its size is not known) is not read; `what` names the file's kind. */
export function tooLargeToRead(what: string, bytes: number, known = true): string {
  const mb = (n: number) => Math.ceil(n / 1024 / 1024);
  return `this ${what} is ${known ? '' : 'more than '}${mb(bytes)} MB; at most ${mb(MAX_WHOLE_FILE_BYTES)} MB is read (is it the right file?)`;
}

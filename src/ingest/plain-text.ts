/**
 * Text from outside (a file's name, a name in a file) as a message may show it: control
 * characters (a terminal's escape sequences, a line break, NUL) and bidi controls (which
 * reorder the text around them on screen) as spaces.
 */
export function plainText(text: string): string {
  return text.replace(/[\p{Cc}\p{Bidi_Control}]+/gu, ' ');
}

/**
 * Whether a name from a file looks like a key or token rather than a name: a run of 20 or
 * more letters and digits mixing capitals, small letters and digits, or 32 hex digits.
 * A message does not repeat it.
 */
export function isTokenLike(text: string): boolean {
  return (
    (text.match(/[A-Za-z0-9]{20,}/g) ?? []).some(
      (run) => /\d/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run),
    ) || /[0-9a-fA-F]{32}/.test(text)
  );
}

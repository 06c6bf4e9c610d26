/**
 * Text from outside (a file's name, a name in a file) as a message may show it: control
 * characters (a terminal's escape sequences, a line break, NUL) and bidi controls (which
 * reorder the text around them on screen) as spaces.
 */
export function plainText(text: string): string {
  return text.replace(/[\p{Cc}\p{Bidi_Control}]+/gu, ' ');
}

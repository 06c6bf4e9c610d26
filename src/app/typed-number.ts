// A number as the user typed it. An Arabic keyboard types Arabic-Indic digits (٠–٩, or the
// Persian forms ۰–۹) and the Arabic decimal and thousands separators (٫ ٬); they are the
// same number as 0–9, "." and ",".

const ARABIC_INDIC = /[\u0660-\u0669]/g;
const PERSIAN = /[\u06f0-\u06f9]/g;

/** What a comma is in the field: a decimal point (policy values) or a thousands separator (a fee). */
type Comma = 'decimal' | 'thousands';

/** The number typed, or NaN when the text is empty or not a number. */
export function typedNumber(text: string, comma: Comma): number {
  const western = text
    .replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/[\u066c\s]/g, '');
  return western === ''
    ? Number.NaN
    : Number(comma === 'thousands' ? ungrouped(western) : western.replace(',', '.'));
}

/**
 * A fee's text without its thousands commas. Commas that do not group by three are no
 * thousands separators: one before the last one or two digits is a decimal comma ("1250,50",
 * as much of Europe writes it), and any other makes the text no number rather than a sum a
 * hundred times too large.
 */
function ungrouped(text: string): string {
  if (!text.includes(',')) return text;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) return text.replace(/,/g, '');
  if (/^[-+]?\d+,\d{1,2}$/.test(text)) return text.replace(',', '.');
  return 'NaN';
}

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
  const plain = comma === 'thousands' ? western.replace(/,/g, '') : western.replace(',', '.');
  return plain === '' ? Number.NaN : Number(plain);
}

// Figures rounded to hundredths for the report, never across the line they are judged
// by: a response 0.2 s past its 60 minutes reads 60.01 and 0.01 over, not 60 and 0.
export const round2 = (x: number) => Math.round(x * 100) / 100;

/** Hundredths up or down, past the float noise of a product like 0.07 × 100. */
const hundredths = (x: number, to: (h: number) => number) => to(Math.round(x * 1e8) / 1e6) / 100;

/** A margin (allowed − used) in hundredths: at most −0.01 when missed, at least 0 when met. */
export const sidedMargin = (margin: number, missed: boolean) =>
  missed ? Math.min(hundredths(margin, Math.floor), -0.01) : Math.max(round2(margin), 0);

/** A used amount in hundredths: above `limit` by at least 0.01 when over it, at most `limit` when not. */
export const sidedValue = (value: number, limit: number, over: boolean) =>
  over ? Math.max(hundredths(value, Math.ceil), round2(limit + 0.01)) : Math.min(round2(value), limit);

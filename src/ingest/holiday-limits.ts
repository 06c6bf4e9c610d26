// What one holiday file may give, so that no list or calendar can freeze the page or hang
// the command line (README, Limits). A country's public holidays from 1970 to 2199 are
// about 3 500 days; a file beyond 50 000 has a daily repeat or a stray year in it.

/** Holiday days of one file: CSV rows, or the days of an ICS calendar's events, repeats included. */
export const MAX_HOLIDAY_DAYS = 50_000;

/** Days of one event (each occurrence of a repeating one): a long company closure, not a decade. */
export const MAX_EVENT_DAYS = 366;

/**
 * Days examined to expand one calendar's repeating events (RRULE). A yearly holiday costs a
 * month a year, about 7 000 days to 2199; a rule that never matches costs every day to 2199
 * (84 000) and gives nothing, so this bounds the work of a file of such rules.
 */
export const MAX_EXAMINED_DAYS = 10_000_000;

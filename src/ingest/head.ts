/** How much of a file its first look reads: enough for a header and a sample of rows. */
export const HEAD_BYTES = 64 * 1024;

/** The longest record (a CSV row, a JSON string) the import reads. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/**
 * The most a first look reads: a JSON file whose first look stops inside its first record
 * (a long response body or log, a long list of updates) is looked at again, 16 times as
 * much each time, up to the longest string the import reads and a first look's worth after it.
 */
export const LONGEST_HEAD_BYTES = MAX_RECORD_BYTES + HEAD_BYTES;

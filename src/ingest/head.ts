/** How much of a file its first look reads: enough for a header and a sample of rows. */
export const HEAD_BYTES = 64 * 1024;

// In the app, a holiday file is read whole, so one over the bound is refused by its size
// before it is read, in the words the calendar editor shows.
import { describe, expect, it } from 'vitest';
import { fileErrorText, readHolidayFile } from '../src/app/calendar/holidays';
import { MAX_WHOLE_FILE_BYTES } from '../src/ingest/whole-files';

describe('a holiday file over the bound', () => {
  it('is refused by its size, naming the file', async () => {
    const file = new File([new Uint8Array(MAX_WHOLE_FILE_BYTES + 1)], 'holidays.ics');
    const error = await readHolidayFile(file).catch((e: unknown) => e);
    expect(fileErrorText(error)).toBe(
      'holidays.ics: this holiday file is 51 MB; at most 50 MB is read (is it the right file?)',
    );
  });
});

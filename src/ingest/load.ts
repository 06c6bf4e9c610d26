// One whole CSV file in memory → the reducer (or exclusion records): the streaming
// importer given a single chunk, for callers that already hold the bytes.
import { CsvImporter } from './importer';
import type { MinuteReducer } from './reduce';
import type { LoadOptions, LoadResult } from './stream-input';

export { InputError, type LoadOptions, type LoadResult } from './stream-input';

export function loadCsv(
  name: string,
  bytes: Uint8Array,
  options: LoadOptions,
  reducer: MinuteReducer,
): LoadResult {
  const importer = new CsvImporter(name, options, reducer);
  importer.push(bytes);
  return importer.finish();
}

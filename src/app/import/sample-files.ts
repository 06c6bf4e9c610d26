// Which files each preset's sample folder holds, apart from the code that fetches them, so
// the command-line tests can run on exactly what the app imports.

/** Every sample folder has these: checks, maintenance notices and a ticket history. */
export const COMMON_FILES = ['probes.csv', 'maintenance.csv', 'tickets.csv'] as const;

/**
 * The files of each preset's sample folder (public/samples), all of which a sample contract
 * imports so that every tab has something to show; only the contracts that promise
 * obligations have an obligation log.
 */
export const SAMPLE_FILES: Readonly<Record<string, readonly string[]>> = {
  medos: [...COMMON_FILES, 'obligations.csv'],
  'clarus-lis': [...COMMON_FILES, 'obligations.csv'],
  elevatefinance: [...COMMON_FILES, 'obligations.csv'],
  kipu: COMMON_FILES,
  patientiq: COMMON_FILES,
};

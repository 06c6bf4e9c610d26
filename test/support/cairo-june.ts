// June 2026 under Clarus LIS, in Cairo (43 200 minutes): a state log with a 30-minute
// outage a 96-hour notice excludes and a 50-minute one that counts (50 > 43 allowed, so
// the month is missed; without the exclusion, 80), and that notice.
import { effectivePolicy } from '../../src/engine/policy';
import { PRESETS } from '../../src/engine/presets';
import { loadCsv } from '../../src/ingest/load';
import { MinuteReducer } from '../../src/ingest/reduce';

export const CAIRO_POLICY = PRESETS['clarus-lis']!;
const zone = effectivePolicy(CAIRO_POLICY).timezone;
const enc = (t: string) => new TextEncoder().encode(t);

export const STATES_CSV =
  'time,status\n2026-06-01T00:00:00,up\n2026-06-10T02:00:00,down\n2026-06-10T02:30:00,up\n2026-06-20T10:00:00,down\n2026-06-20T10:50:00,up\n';

/** The state log and the notice read as the app reads them (the log named site.csv, the notice maintenance.csv). */
export function cairoJune(states = STATES_CSV) {
  const reducer = new MinuteReducer();
  const summary = loadCsv('site.csv', enc(states), { kind: 'states', sourceZone: zone }, reducer).summary;
  const exclusions = loadCsv(
    'maintenance.csv',
    enc('start,end,kind,announced_at\n2026-06-10T02:00:00,2026-06-10T02:30:00,planned,2026-06-06T02:00:00\n'),
    { kind: 'exclusions', sourceZone: zone },
    reducer,
  ).exclusions;
  return { summary, exclusions, monitors: reducer.finish() };
}

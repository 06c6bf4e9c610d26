// What the dashboard may be given beside the report: the evaluation's per-minute arrays, for drill-down.
import type { Evaluation } from '../../engine/evaluate';

/** Service state (0 nodata, 1 up, 2 down), excluded and counted flags for each minute the range holds. */
export type MinuteArrays = Pick<Evaluation, 'range' | 'service' | 'excluded' | 'counted'>;

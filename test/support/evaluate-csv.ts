// Shared by the engine tests: CSV texts → the real ingest → the engine's report.
import { type Evaluation, type EvaluationInput, evaluate } from '../../src/engine/evaluate';
import type { ExclusionRecord, InputSummary } from '../../src/engine/observations';
import { effectivePolicy, type Policy } from '../../src/engine/policy';
import type { SlaReport } from '../../src/engine/report';
import { toReport } from '../../src/engine/to-report';
import { loadCsv } from '../../src/ingest/load';
import { MinuteReducer } from '../../src/ingest/reduce';

export interface CsvFile {
  name: string;
  kind: 'probes' | 'states' | 'events' | 'exclusions';
  csv: string | Uint8Array;
}

const encoder = new TextEncoder();

/** Reads the files in the policy's zone with its check rules and evaluates them. */
export function evaluateCsvModel(
  policy: Policy,
  files: readonly CsvFile[],
  asOf: string,
  extra: Partial<Pick<EvaluationInput, 'tickets' | 'holidays' | 'obligations' | 'whatIf'>> = {},
): Evaluation {
  const eff = effectivePolicy(policy);
  const reducer = new MinuteReducer();
  const inputs: InputSummary[] = [];
  const exclusions: ExclusionRecord[] = [];
  for (const f of files) {
    const r = loadCsv(
      f.name,
      typeof f.csv === 'string' ? encoder.encode(f.csv) : f.csv,
      {
        kind: f.kind,
        sourceZone: eff.timezone,
      },
      reducer,
    );
    inputs.push(r.summary);
    exclusions.push(...r.exclusions);
  }
  return evaluate({ policy, monitors: reducer.finish(), exclusions, inputs, asOf, ...extra });
}

/** The same, as the exported report. */
export const evaluateCsv = (...args: Parameters<typeof evaluateCsvModel>): SlaReport =>
  toReport(evaluateCsvModel(...args));

// Prometheus range-query samples that are no check (prometheus/prometheus docs/querying/api.md,
// "Range vectors": a series has "values", "histograms" or both; sample values are quoted, so
// NaN comes as "NaN"): each is skipped with its own reason, and a file of nothing else is
// refused saying why, not as empty.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';
import { InputError } from '../src/ingest/load';
import { scratchFiles } from './support/scratch';

const { file } = scratchFiles('sla-prom-');
const T0 = 1_780_261_200; // 2026-05-31 21:00 UTC, already 1 June in Cairo
const today = new Date('2026-07-15T12:00:00Z');
const run = (path: string) =>
  runSla(parseArgs(['--policy', 'clarus-lis', path, '--as-of', '2026-07-15']), today);

const histogram = { count: '2', sum: '0.3', buckets: [[0, '0.1', '0.2', '2']] };
const matrix = (result: unknown[]) =>
  JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } });

describe('Prometheus samples that are no check', () => {
  it('a NaN sample and a native histogram series are skipped with their reasons; the rest is read', async () => {
    // 21:00–21:09 UTC; down 21:03–21:05; NaN at 21:07.
    const values = Array.from({ length: 10 }, (_, i) => [
      T0 + 60 * i,
      i === 7 ? 'NaN' : i >= 3 && i <= 5 ? '0' : '1',
    ]);
    const path = file(
      'probes.json',
      matrix([
        {
          metric: { __name__: 'probe_success', instance: 'https://api.example.com', job: 'blackbox' },
          values,
        },
        {
          metric: { __name__: 'http_request_duration_seconds', job: 'api' },
          histograms: [
            [T0, histogram],
            [T0 + 60, histogram],
          ],
        },
      ]),
    );
    const r = JSON.parse(await run(path)) as SlaReport;
    expect(r.inputs[0]!.rows).toBe(9);
    expect(r.inputs[0]!.skippedRows).toBe(3);
    expect(r.inputs[0]!.skipped.map((s) => s.reason)).toEqual([
      'a NaN sample: the query gave no number at this step (e.g. 0/0), so no check',
      "a native histogram sample: a distribution of many observations, not one check's up or down (query probe_success, up or monitor_status)",
      "a native histogram sample: a distribution of many observations, not one check's up or down (query probe_success, up or monitor_status)",
    ]);
    expect(r.inputs[0]!.monitors).toEqual([
      'probe_success{instance="https://api.example.com", job="blackbox"}',
    ]);
    expect(r.periods.filter((p) => p.downtimeMinutes > 0).map((p) => [p.label, p.downtimeMinutes])).toEqual([
      ['2026-06', 3],
    ]);
  });

  it('an infinite sample, "+Inf" or "-Inf" as Go writes them, is skipped saying so', async () => {
    // 21:00–21:09 UTC; down 21:03–21:05; +Inf at 21:01, -Inf at 21:08.
    const values = Array.from({ length: 10 }, (_, i) => [
      T0 + 60 * i,
      i === 1 ? '+Inf' : i === 8 ? '-Inf' : i >= 3 && i <= 5 ? '0' : '1',
    ]);
    const path = file(
      'inf.json',
      matrix([{ metric: { __name__: 'probe_success', instance: 'https://api.example.com' }, values }]),
    );
    const r = JSON.parse(await run(path)) as SlaReport;
    expect(r.inputs[0]!.rows).toBe(8);
    expect(r.inputs[0]!.skipped.map((s) => s.reason)).toEqual([
      'an infinite sample (+Inf or -Inf): the query gave no finite number at this step (e.g. 1/0), so no check',
      'an infinite sample (+Inf or -Inf): the query gave no finite number at this step (e.g. 1/0), so no check',
    ]);
    expect(r.periods.filter((p) => p.downtimeMinutes > 0).map((p) => [p.label, p.downtimeMinutes])).toEqual([
      ['2026-06', 3],
    ]);
  });

  it('a range query of native histograms only is refused naming them, not as empty', async () => {
    const path = file(
      'histograms.json',
      matrix([
        {
          metric: { __name__: 'http_request_duration_seconds', job: 'api' },
          histograms: [
            [T0, histogram],
            [T0 + 60, histogram],
          ],
        },
      ]),
    );
    const error = await run(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      `${path}: no usable rows: all 2 skipped (first: record 2, a native histogram sample: a distribution of many ` +
        "observations, not one check's up or down (query probe_success, up or monitor_status))",
    );
  });

  it('a NaN sample in promql-cli CSV is skipped with the same reason as in the JSON', async () => {
    // nalbury/promql-cli pkg/writer/writer.go RangeResult.Csv writes each value with
    // model.SampleValue.String, Go's strconv.FormatFloat(v, 'f', -1, 64): NaN as "NaN".
    // 21:00–21:09 UTC; down 21:03–21:05; NaN at 21:07.
    const lines = Array.from({ length: 10 }, (_, i) => {
      const value = i === 7 ? 'NaN' : i >= 3 && i <= 5 ? '0' : '1';
      const time = new Date((T0 + 60 * i) * 1000).toISOString().replace('.000Z', 'Z');
      return `probe_success,https://api.example.com,blackbox,${value},${time}`;
    });
    const path = file('promql.csv', `__name__,instance,job,value,timestamp\n${lines.join('\n')}\n\n`);
    const r = JSON.parse(await run(path)) as SlaReport;
    expect(r.inputs[0]!.layout?.id).toBe('promql-cli');
    expect(r.inputs[0]!.rows).toBe(9);
    expect(r.inputs[0]!.skippedRows).toBe(1);
    expect(r.inputs[0]!.skipped).toEqual([
      { line: 9, reason: 'a NaN sample: the query gave no number at this step (e.g. 0/0), so no check' },
    ]);
    expect(r.periods.filter((p) => p.downtimeMinutes > 0).map((p) => [p.label, p.downtimeMinutes])).toEqual([
      ['2026-06', 3],
    ]);
  });
});

// Real tools' exports dropped on the app (test/fixtures/layouts/README.md): the import's
// first look names the layout, and the worker stores what the command line reads, with
// the figures of test/ingest-real-layouts.test.ts; its report names the layout and the zone
// as the command line's does (inputs[].layout).
import { afterAll, describe, expect, it } from 'vitest';
import { effectiveColumns } from '../src/app/import/sniff';
import { createImportBridge } from '../src/app/worker-bridge';
import { toReport } from '../src/engine/to-report';
import { inputLayout } from '../src/ingest/input-layout';
import { sniffFile } from '../src/ingest/sniff';
import type { Store } from '../src/storage';
import type { MinuteImportOptions } from '../workers/outcomes';
import { addContract, fixtureFile, freshStore, policyOf } from './fixtures/storage/helpers';

const stores: Store[] = [];
afterAll(() => {
  for (const s of stores) s.close();
});

describe('a dropped export is named and imported as its layout', () => {
  it.each([
    ['uptime-kuma-2-heartbeats.csv', 'Uptime Kuma heartbeats', { '2026-06': 21 }],
    ['uptime-kuma-metrics.txt', 'Uptime Kuma /metrics scrapes', { '2026-06': 5 }],
    ['instatus-incidents.json', 'Instatus incidents', { '2026-05': 20, '2026-06': 58 }],
    ['prometheus-query-range.json', 'Prometheus range query (matrix)', { '2026-05': 2, '2026-06': 4 }],
    ['grafana-wide-excel.csv', 'Grafana panel data, series joined by time', { '2026-05': 2, '2026-06': 4 }],
    ['statuspage-incidents.json', 'Atlassian Statuspage incidents', { '2026-06': 87 }],
    ['statuspage-maintenance-impact.json', 'Atlassian Statuspage incidents', { '2026-05': 2, '2026-06': 25 }],
    ['uptimerobot-getmonitors.json', 'UptimeRobot getMonitors logs', { '2026-05': 5, '2026-06': 37 }],
  ])(
    '%s → %s',
    async (name, layoutName, downtime) => {
      const policy = await policyOf('clarus-lis');
      const store = await freshStore();
      stores.push(store);
      const contractId = await addContract(store, policy);
      const file = await fixtureFile(`layouts/${name}`);
      const sniff = await sniffFile(file);
      expect(sniff.guess?.reason).toBe(`recognised as ${layoutName}`);
      const g = sniff.guess!;
      const kind = g.kind;
      // As the import queue plans it (src/app/import/queue.ts).
      const options: MinuteImportOptions = {
        kind,
        sourceZone: g.layout?.sourceZone ?? policy.timezone,
        columns: effectiveColumns(sniff.header, kind, g.columns).columns,
        where: g.layout?.where ?? [],
        whereNot: g.layout?.whereNot ?? [],
        ...(g.layout ? { layout: g.layout.id } : {}),
        inputLayout: inputLayout(sniff, {
          kind,
          sourceZone: g.layout?.sourceZone ?? policy.timezone,
          zoneChosen: false,
        }),
      };
      const bridge = createImportBridge({ storeName: store.name });
      const outcome = await bridge.importFile(file, contractId, options);
      expect(outcome.status).toBe('imported');
      const evaluated = await bridge.evaluateContract(contractId, policy, '2026-07-15');
      if (evaluated.status !== 'evaluated') throw new Error(JSON.stringify(evaluated));
      expect(
        Object.fromEntries(
          toReport(evaluated.evaluation)
            .periods.filter((p) => p.downtimeMinutes > 0)
            .map((p) => [p.label, p.downtimeMinutes]),
        ),
      ).toEqual(downtime);
      const layout = evaluated.evaluation.inputs[0]!.layout!;
      expect(layout).toMatchObject({ id: g.layout!.id, name: layoutName, detected: 'layout' });
      expect(layout.source).toBe(g.layout!.source);
      expect(layout.timeZone.basis).toBe(g.layout!.sourceZone ? 'layout' : 'contract');
      expect(layout.vendorRecord).toBe(
        name.startsWith('statuspage-') || name === 'instatus-incidents.json' ? true : undefined,
      );
      bridge.stop();
    },
    60_000,
  );
});

// A notice the contract counts in business days is told in business days: "notice 4
// business days < required 5 business days", never hours beside days.
import { describe, expect, it } from 'vitest';
import { exclusionReasonText } from '../src/app/components/codes';
import { translator } from '../src/app/i18n';
import { evaluate } from '../src/engine/evaluate';
import { PRESETS } from '../src/engine/presets';
import { toReport } from '../src/engine/to-report';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';

// PatientIQ read as "only maintenance announced five business days ahead is excluded":
// Mon–Fri 09:00–17:00 in Chicago, eight-hour business days.
const base = PRESETS.patientiq!;
const policy = {
  ...base,
  interpretations: base.interpretations.map((i) => (i.id === 'window' ? { ...i, chosen: 'announced' } : i)),
};
const zone = 'America/Chicago';
const enc = (t: string) => new TextEncoder().encode(t);
const reducer = new MinuteReducer();
const states = loadCsv(
  'site.csv',
  enc('time,status\n2026-06-01T00:00:00,up\n'),
  { kind: 'states', sourceZone: zone },
  reducer,
);
// Both for Thursday 11 June 23:00. Announced Friday 5 June 17:30, after hours: Mon–Wed and
// Thursday's working day, 32 business hours = 4 business days (149.5 h elapsed). Announced
// Thursday 4 June 17:00: Friday and Mon–Thu, 40 business hours = 5 business days (174 h).
const exclusions = loadCsv(
  'maintenance.csv',
  enc(
    'start,end,kind,announced_at\n' +
      '2026-06-11T23:00:00,2026-06-12T00:00:00,planned,2026-06-05T17:30:00\n' +
      '2026-06-11T23:00:00,2026-06-12T00:00:00,planned,2026-06-04T17:00:00\n',
  ),
  { kind: 'exclusions', sourceZone: zone },
  reducer,
).exclusions;
const evaluation = evaluate({
  policy,
  monitors: reducer.finish(),
  exclusions,
  inputs: [states.summary],
  asOf: '2026-07-01',
});

describe('notice counted in business days', () => {
  it('gives the notice in whole business days in the report, hours kept beside', () => {
    const r = toReport(evaluation);
    expect(r.exclusions.map((x) => [x.excluded, x.reason, x.noticeHours, x.noticeRequired])).toEqual([
      [false, 'notice 4 business days < required 5 business days', 149.5, '5 business days'],
      [true, 'notice 5 business days ≥ required 5 business days', 174, '5 business days'],
    ]);
    expect(r.periods[0]!.excludedMinutes).toBe(60);
  });

  it('says the same on the page, in English and in Arabic', () => {
    const [short, met] = evaluation.exclusions;
    expect(exclusionReasonText({ t: translator('en') }, short!)).toBe(
      'Notice 4 business days, less than the 5 business days required.',
    );
    expect(exclusionReasonText({ t: translator('en') }, met!)).toBe(
      'Notice 5 business days, at least the 5 business days required.',
    );
    expect(exclusionReasonText({ t: translator('ar-EG') }, short!)).toBe(
      'إشعار مدته ٤ أيام عمل، أقل من ٥ أيام عمل المطلوبة.',
    );
  });
});

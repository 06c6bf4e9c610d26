// The engine runs unchanged in a real browser.
import { expect, it } from 'vitest';
import { periodStarting } from '../src/engine/periods';

it('computes a DST month in Chromium as in Node', () => {
  const p = periodStarting('Africa/Cairo', 'month', 2026, 4);
  expect((p.endMs - p.startMs) / 60_000).toBe(43_140);
  expect(typeof indexedDB).toBe('object');
});

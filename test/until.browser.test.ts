// The page's one-shot wait on signals: it settles once its condition holds, and ends with
// the owner it was started under (a contract page closed while a Print waits).
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { until } from '../src/app/state/until';

describe('until', () => {
  it('settles once the condition holds, and stops reading it', async () => {
    const [n, setN] = createSignal(0);
    let reads = 0;
    const settled = until(() => {
      reads++;
      return n() >= 2;
    }, null);
    setN(1);
    setN(2);
    await settled;
    expect(reads).toBe(3);
    setN(3);
    expect(reads).toBe(3);
  });

  it('stops reading the condition and never settles once its owner is disposed', async () => {
    const [n, setN] = createSignal(0);
    let reads = 0;
    let settled = false;
    const dispose = createRoot((d) => {
      void until(() => {
        reads++;
        return n() >= 1;
      }).then(() => {
        settled = true;
      });
      return d;
    });
    expect(reads).toBe(1);
    dispose();
    setN(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(reads).toBe(1);
    expect(settled).toBe(false);
  });
});

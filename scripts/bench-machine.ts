// The machine line of `npm run bench`, printed before every section: what this machine
// charges for the two things the figures below spend most on besides reading, so that
// figures taken on different days or machines can be set side by side. On a virtual
// machine whose host hands memory back (free page reporting), the first touch of each
// fresh page is a fault served by the host, and every large array a worker or the engine
// makes pays it; a plain JavaScript loop gives the processor's own speed.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';

const PAGE = 4096;
const FRESH_BYTES = 64 << 20;
const ROUNDS = 5;
const LOOP_STEPS = 50_000_000;

export interface MachineBaseline {
  cores: number;
  /** Microseconds per 4 KiB page to touch a freshly allocated 64 MiB array, median of 5. */
  freshPageMicros: number;
  /** The same pages touched again. */
  touchedPageMicros: number;
  /** Nanoseconds per step of a fixed integer loop (mulberry32), median of 5. */
  loopStepNanos: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Milliseconds to write one byte of every page of `a`. */
function touchPages(a: Uint8Array): number {
  const t = performance.now();
  for (let i = 0; i < a.length; i += PAGE) a[i] = 1;
  return performance.now() - t;
}

/** The mulberry32 generator the bench files are written with, run `steps` times. */
function loop(steps: number): number {
  let a = 1;
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    sum = (sum + ((t ^ (t >>> 14)) >>> 0)) >>> 0;
  }
  return sum;
}

export function benchMachine(): MachineBaseline {
  const pages = FRESH_BYTES / PAGE;
  const fresh: number[] = [];
  const touched: number[] = [];
  const steps: number[] = [];
  loop(LOOP_STEPS / 10);
  for (let r = 0; r < ROUNDS; r++) {
    const a = new Uint8Array(FRESH_BYTES);
    fresh.push((touchPages(a) * 1000) / pages);
    touched.push((touchPages(a) * 1000) / pages);
    const t = performance.now();
    loop(LOOP_STEPS);
    steps.push(((performance.now() - t) * 1e6) / LOOP_STEPS);
  }
  return {
    cores: availableParallelism(),
    freshPageMicros: median(fresh),
    touchedPageMicros: median(touched),
    loopStepNanos: median(steps),
  };
}

export const machineLine = (m: MachineBaseline) =>
  `  this machine: ${m.cores} cores; a fixed JavaScript loop ${m.loopStepNanos.toFixed(2)} ns a step; the first touch of fresh memory ${m.freshPageMicros.toFixed(2)} µs per 4 KiB page (${((m.freshPageMicros * 1e8) / PAGE / 1000).toFixed(1)} ms per 100 MB), touching it again ${m.touchedPageMicros.toFixed(3)} µs`;

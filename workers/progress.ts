// Import progress as a side channel, throttled to at most one update per interval
// (10 a second) so the main thread is never flooded; a phase change always goes out.
import type { ImportProgress } from './outcomes';

export class ProgressThrottle {
  private readonly startedAt: number;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private lastPhase: ImportProgress['phase'] | null = null;

  constructor(
    private readonly send: ((p: ImportProgress) => void) | undefined,
    private readonly totalBytes: number,
    private readonly intervalMs = 100,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.startedAt = now();
  }

  report(phase: ImportProgress['phase'], bytes: number, rows: number): void {
    if (!this.send) return;
    const t = this.now();
    if (phase === this.lastPhase && t - this.lastSentAt < this.intervalMs) return;
    this.lastSentAt = t;
    this.lastPhase = phase;
    const seconds = (t - this.startedAt) / 1000;
    this.send({
      phase,
      bytes,
      totalBytes: this.totalBytes,
      rows,
      rowsPerSecond: seconds > 0 ? Math.round(rows / seconds) : 0,
    });
  }
}

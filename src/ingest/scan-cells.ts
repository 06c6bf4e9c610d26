// The current record of the UTF-8 fast path as cells: field bounds into the byte buffer,
// read as strings only when asked (header, reasons, rare columns) and otherwise read in
// place by the byte readers for times and checks.

import type { CellTimeReader } from './cell-times';
import { CellCache, cellText, isSpace } from './scan-bytes';
import type { CheckReader } from './scan-check';
import type { RowCells } from './stream-rows';

export class ByteRow implements RowCells {
  buf: Uint8Array = new Uint8Array(0);
  /** Field i is buf[starts[i], ends[i]), quotes included. */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  count = 0;
  private readonly recent = new CellCache((text) => text);

  constructor(
    private readonly times: CellTimeReader,
    private readonly checks: CheckReader,
  ) {}

  /** Room for at least `fields` fields, keeping the bounds already written. */
  grow(fields: number): void {
    const starts = new Int32Array(Math.max(fields, 2 * this.starts.length));
    const ends = new Int32Array(starts.length);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  text(i: number): string {
    return cellText(this.buf, this.starts[i]!, this.ends[i]!);
  }

  isBlank(): boolean {
    if (this.count !== 1) return false;
    const end = this.ends[0]!;
    for (let i = this.starts[0]!; i < end; i++) {
      const b = this.buf[i]!;
      // Beyond ASCII, let trim() decide what white space is.
      if (b >= 0x80 || b === 34) return this.text(0).trim() === '';
      if (!isSpace(b)) return false;
    }
    return true;
  }

  recurring(i: number): string {
    return this.recent.get(this.buf, this.starts[i]!, this.ends[i]!);
  }

  quickTime(i: number): number {
    return this.times.read(this.buf, this.starts[i]!, this.ends[i]!);
  }

  quickCheck(code: number, status: number, error: number): number {
    return this.checks.read(this.buf, this.starts, this.ends, code, status, error);
  }
}

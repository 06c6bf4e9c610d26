// Uptime Kuma's Prometheus `/metrics` as a user saves it: one scrape, or many appended by a
// loop, each as `curl -si` prints it (HTTP headers, then the text exposition). Each
// `monitor_status` sample becomes one check of its monitor, dated by the sample's own
// timestamp or else by the scrape's `Date` header, since Kuma writes no timestamps.
import type { TextEncoding } from './decode';
import { CUT_MID_CHARACTER, InputError } from './stream-input';
import { type RecordSink, StringCells } from './stream-rows';
import { httpDateMs } from './timestamps';

export const KUMA_METRICS = {
  id: 'uptime-kuma-metrics',
  name: 'Uptime Kuma /metrics scrapes',
  kind: 'probes' as const,
  source:
    'louislam/uptime-kuma server/prometheus.js (gauge monitor_status, "1 = UP, 0= DOWN, 2= PENDING, 3= ' +
    'MAINTENANCE", labels monitor_id, monitor_name, monitor_type, monitor_url, monitor_hostname, monitor_port ' +
    'after any tag labels), served at /metrics by server/server.js through prometheus-api-metrics and written by ' +
    "siimon/prom-client lib/registry.js in Prometheus's text exposition format (prometheus/docs " +
    'content/docs/instrumenting/exposition_formats.md: `name{labels} value [timestamp ms]`); each scrape dated by ' +
    'its HTTP Date header (RFC 9110 §6.6.1) as `curl -si` prints it',
  header: ['monitor', 'time', 'status'] as const,
  columns: { monitor: 'monitor', time: 'time', status: 'status' },
  note:
    'Each monitor_status sample is one check of its monitor (named by monitor_name): 1 up, 0 down, 2 pending ' +
    "(down, as Kuma's own uptime counts it) and 3 maintenance (up). A scrape is dated by its HTTP Date header (save it with curl -si) or by the " +
    "sample's own timestamp; other metrics are not read.",
};

const STATUS_LINE = /^HTTP\/\d(?:\.\d)? \d{3}\b/;
const DATE_HEADER = /^date:\s*(.*)$/i;
const SAMPLE = /^monitor_status(?:\{(.*)\})?[ \t]+(\S+)(?:[ \t]+(-?\d+))?[ \t]*$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Whether text (a file's head) is Prometheus text exposition, bare or behind HTTP headers. */
export function looksLikeMetrics(text: string): boolean {
  const start = text.trimStart();
  return STATUS_LINE.test(start) || /^# (?:HELP|TYPE) [a-zA-Z_:]/.test(start);
}

function labelsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(LABEL))
    out.set(
      m[1]!,
      m[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)),
    );
  return out;
}

/** Lines in, rows of (monitor, time as epoch ms, status) out, numbered by the file's own lines. */
export class MetricsRecords {
  private readonly decoder: TextDecoder;
  private rest = '';
  private line = 0;
  private inHeaders = false;
  /** The current scrape's Date, epoch ms; NaN before any. */
  private scrapeMs = Number.NaN;
  private samples = 0;

  constructor(
    private readonly name: string,
    encoding: TextEncoding,
    private readonly sink: RecordSink,
    /** A line longer than this is an error: /metrics lines are short, and one endless line must not fill memory. */
    private readonly maxLineChars: number,
  ) {
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
    this.sink.record(new StringCells([...KUMA_METRICS.header]), 0);
  }

  push(chunk: Uint8Array): void {
    this.write(this.decoder.decode(chunk, { stream: true }));
  }

  finish(): void {
    // The decoder gives up bytes it held back for a character only when the text ends there.
    if (this.decoder.decode() !== '') throw new InputError(this.name, this.line + 1, CUT_MID_CHARACTER);
    if (this.rest !== '') this.take(this.rest);
    this.rest = '';
    if (this.samples === 0)
      throw new InputError(this.name, null, 'Prometheus metrics without a monitor_status sample');
  }

  /**
   * Lines are cut from each chunk alone and the unfinished one grows by appending, so a
   * line spread over many chunks costs its length once, not once a chunk.
   */
  private write(text: string): void {
    if (text === '') return;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      if (this.rest.length + nl - start > this.maxLineChars) throw this.overlong();
      const line = this.rest + text.slice(start, nl);
      this.rest = '';
      this.take(line);
      start = nl + 1;
    }
    if (this.rest.length + text.length - start > this.maxLineChars) throw this.overlong();
    this.rest += text.slice(start);
  }

  private overlong(): InputError {
    return new InputError(
      this.name,
      this.line + 1,
      `a line longer than ${this.maxLineChars} characters; a /metrics line names one sample`,
    );
  }

  private take(raw: string): void {
    this.line++;
    const l = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (STATUS_LINE.test(l)) {
      this.inHeaders = true;
      this.scrapeMs = Number.NaN;
      return;
    }
    if (this.inHeaders) {
      if (l.trim() === '') this.inHeaders = false;
      else {
        const date = DATE_HEADER.exec(l);
        if (date) this.scrapeMs = httpDateMs(date[1]!);
      }
      return;
    }
    const m = SAMPLE.exec(l);
    if (!m) return;
    this.samples++;
    const labels = labelsOf(m[1] ?? '');
    const monitor = labels.get('monitor_name') || labels.get('monitor_id') || '';
    const ms = m[3] !== undefined ? Number(m[3]) : this.scrapeMs;
    if (!Number.isFinite(ms))
      throw new InputError(
        this.name,
        this.line,
        'a monitor_status sample with no time: neither its own timestamp nor a readable HTTP Date header ' +
          'before it (save each scrape with curl -si)',
      );
    this.sink.record(new StringCells([monitor, String(ms), m[2]!]), this.line);
  }
}

// A preset's sample (public/samples/<preset>) evaluated in the browser as the app would:
// probes, maintenance, tickets and obligation events, with the country's built-in holidays
// or a given list in their place. For the tickets, calendar, claims and obligations views.
import type { JSX } from 'solid-js';
import { render } from 'solid-js/web';
import { page } from 'vitest/browser';
import type { Evaluation } from '../../src/engine/model';
import { type ObligationEntry, obligationTerms } from '../../src/engine/obligations';
import { effectivePolicy, type Policy, parsePolicy } from '../../src/engine/policy';
import { PRESETS } from '../../src/engine/presets';
import type { SlaReport } from '../../src/engine/report';
import type { TicketRecord } from '../../src/engine/tickets';
import { toReport } from '../../src/engine/to-report';
import { builtInHolidays } from '../../src/ingest/country-holidays';
import { loadObligations } from '../../src/ingest/obligations';
import { loadTickets } from '../../src/ingest/tickets';
import { type CsvFile, evaluateCsvModel } from './evaluate-csv';

const AS_OF = '2026-11-21';
export const policyOf = (preset: string): Policy => parsePolicy(PRESETS[preset]!);
export const clarus: Policy = policyOf('clarus-lis');

/** A sample file's bytes from the folder Vite serves as the site root; null when the sample has none. */
async function sampleBytes(preset: string, file: string): Promise<Uint8Array | null> {
  const res = await fetch(`/samples/${preset}/${file}`);
  const type = res.headers.get('content-type') ?? '';
  // The dev server answers a missing file with the app's index page.
  if (!res.ok || type.includes('html')) return null;
  return new Uint8Array(await res.arrayBuffer());
}

export interface SampleOptions {
  /** The holiday list in place of the built-in one (default: the policy country's built-in list). */
  holidays?: string[];
  /** Obligation events beside the sample's (e.g. ones entered by hand). */
  extraEntries?: ObligationEntry[];
  /** More files, e.g. an outage log that makes another month miss its target. */
  extraFiles?: CsvFile[];
  /** Tickets beside the sample's, e.g. one that is still open. */
  extraTickets?: TicketRecord[];
  asOf?: string;
  /** The contract's fee, as the user sets it on the contract. */
  fee?: number;
  /** Termination rights in place of the preset's. */
  termination?: Policy['termination'];
}

/** A preset's sample files evaluated as the app would, as of the e2e tests' report date. */
export async function sampleEvaluation(preset: string, options: SampleOptions = {}): Promise<Evaluation> {
  const preset_ = policyOf(preset);
  const priced =
    options.fee === undefined ? preset_ : { ...preset_, fee: { ...preset_.fee, amount: options.fee } };
  const policy = options.termination ? { ...priced, termination: options.termination } : priced;
  const eff = effectivePolicy(policy);
  const [probes, maintenance, tickets, obligations] = await Promise.all(
    ['probes.csv', 'maintenance.csv', 'tickets.csv', 'obligations.csv'].map((f) => sampleBytes(preset, f)),
  );
  const country = eff.calendar.holidayCountry;
  const holidays =
    options.holidays ?? (country ? (await builtInHolidays(country, 2025, 2027)).map((h) => h.date) : []);
  const ids = obligationTerms(eff.obligations);
  return evaluateCsvModel(
    policy,
    [
      { name: 'probes.csv', kind: 'probes', csv: probes! },
      { name: 'maintenance.csv', kind: 'exclusions', csv: maintenance! },
      ...(options.extraFiles ?? []),
    ],
    options.asOf ?? AS_OF,
    {
      tickets: [
        ...(tickets ? loadTickets('tickets.csv', tickets, eff.timezone).tickets : []),
        ...(options.extraTickets ?? []),
      ],
      obligations: [
        ...(obligations ? loadObligations('obligations.csv', obligations, eff.timezone, ids) : []),
        ...(options.extraEntries ?? []),
      ],
      holidays,
    },
  );
}

/** The same, as the exported report. */
const sampleReport = async (preset: string, options: SampleOptions = {}): Promise<SlaReport> =>
  toReport(await sampleEvaluation(preset, options));

export const clarusReport = (options: SampleOptions = {}) => sampleReport('clarus-lis', options);

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** The element once it is on the page: the claim letter loads with its first opening. */
export async function appeared(selector: string, timeoutMs = 5000): Promise<Element> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const found = document.querySelector(selector);
    if (found) return found;
    if (performance.now() > until) throw new Error(`${selector} did not appear`);
    await nextFrame();
  }
}
export const rowWith = (root: Element, words: string) =>
  [...root.querySelectorAll('tr')].find((tr) => text(tr).includes(words));

let dispose: (() => void) | undefined;
let host: HTMLDivElement | undefined;

/** Renders a view into a fresh element of the page (unmounting the previous one). */
export function mount(view: () => JSX.Element): HTMLDivElement {
  unmount();
  host = document.createElement('div');
  host.className = 'app';
  document.body.append(host);
  dispose = render(view, host);
  return host;
}

export function unmount(): void {
  dispose?.();
  host?.remove();
  dispose = undefined;
  host = undefined;
}

/** Screenshots of the mounted view, screen by screen (`name-1.png`, …), as the dashboard tests take them. */
export async function shoot(name: string): Promise<void> {
  const el = host!;
  const saved = [document.body.style.cssText, el.style.cssText];
  document.body.style.cssText = 'margin:0;height:100vh;overflow:hidden';
  el.style.cssText = 'height:100vh;overflow:auto';
  await new Promise((r) => setTimeout(r, 250));
  const step = el.clientHeight;
  const screens = Math.min(8, Math.ceil(el.scrollHeight / step));
  for (let i = 0; i < screens; i++) {
    el.scrollTop = i * step;
    await nextFrame();
    await page.screenshot({ path: `../test-results/${name}-${i + 1}.png` });
  }
  el.scrollTop = 0;
  [document.body.style.cssText, el.style.cssText] = saved as [string, string];
}

/** Nothing on the page is wider than the viewport. */
export const pageFits = () => document.documentElement.scrollWidth <= window.innerWidth;

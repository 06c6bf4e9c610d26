// The business-calendar editor in Chromium: the Clarus LIS week and Egypt's built-in
// holidays, editing, adding, removing, importing (CSV and ICS, errors with file and line)
// and resetting; and a moved holiday changing a business-day ticket result in the engine.
import { createComponent, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { CalendarEditor } from '../src/app/calendar/CalendarEditor';
import type { Holiday } from '../src/app/calendar/holidays';
import { setLocale } from '../src/app/state/locale';
import { effectivePolicy } from '../src/engine/policy';
import '../src/app/shell/app.css';
import '../src/app/styles.css';
import {
  clarus,
  clarusReport,
  mount,
  nextFrame,
  pageFits,
  shoot,
  text,
  unmount,
} from './support/clarus-sample';

afterEach(() => {
  unmount();
  setLocale('en');
});

const calendar = effectivePolicy(clarus).calendar;

/** The editor over a contract whose holiday list lives in a signal, as the store would keep it. */
function editor(initial: Holiday[] | null = null) {
  const [own, setOwn] = createSignal<Holiday[] | null>(initial);
  const saved: (Holiday[] | null)[] = [];
  const root = mount(() =>
    createComponent(CalendarEditor, {
      zone: 'Africa/Cairo',
      calendar,
      clause: clarus.citations.calendar,
      get own() {
        return own();
      },
      years: { from: 2025, to: 2027 },
      save: async (h) => {
        saved.push(h);
        setOwn(h);
      },
    }),
  );
  return { root, saved, own };
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(check(), what).toBe(true);
}

const row = (root: Element, date: string) => root.querySelector(`tr[data-date="${date}"]`);
const button = (el: Element | null, label: string) =>
  [...(el?.querySelectorAll('button') ?? [])].find((b) => text(b) === label) as HTMLButtonElement;
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
function pick(root: Element, name: string, content: string) {
  const input = root.querySelector('[data-testid="holiday-file"]') as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([content], name));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

describe('calendar editor for Clarus LIS', () => {
  it('shows the Sunday–Thursday week in Cairo with its clause, and Egypt’s built-in holidays', async () => {
    const { root } = editor();
    const week = root.querySelector('[data-testid="weekly-hours"]')!;
    const days = [...week.querySelectorAll('div')].map(text);
    expect(days[0]).toBe('Sunday09:00–18:00');
    expect(days[4]).toBe('Thursday09:00–18:00');
    expect(days[5]).toBe('Friday—');
    expect(days[6]).toBe('Saturday—');
    expect(text(root)).toContain('Working hours, Africa/Cairo');
    expect(text(root.querySelector('.cite-details'))).toContain(
      'Sunday through Thursday, excluding Egyptian public holidays',
    );
    await until(() => row(root, '2026-10-06') !== null, 'the built-in list loads');
    expect(text(root.querySelector('[data-testid="holiday-source"]'))).toBe(
      'Built-in public holidays of Egypt, 2025–2027.',
    );
    expect(text(row(root, '2026-10-06'))).toContain('Tue, Oct 6, 2026Armed Forces Day');
    // The data's latest year first; all three years on request.
    expect(
      [...root.querySelectorAll('tbody tr')].every((r) => r.getAttribute('data-date')!.startsWith('2026')),
    ).toBe(true);
    const year = root.querySelector('.year-filter select') as HTMLSelectElement;
    expect(year.value).toBe('2026');
    year.value = '';
    year.dispatchEvent(new Event('change'));
    await nextFrame();
    expect(root.querySelectorAll('tbody tr').length).toBeGreaterThan(30);
  });

  it('moves Armed Forces Day, which turns ticket CLR-209 from met to missed', async () => {
    const { root, saved } = editor();
    await until(() => row(root, '2026-10-06') !== null, 'the built-in list loads');
    const before = (await clarusReport()).tickets.find((x) => x.id === 'CLR-209')!;
    expect(before.met).toBe(true);

    button(row(root, '2026-10-06'), 'Edit').click();
    await nextFrame();
    const editing = row(root, '2026-10-06')!;
    type(editing.querySelector('input[type="date"]') as HTMLInputElement, '2026-10-08');
    button(editing, 'Save').click();
    await until(() => row(root, '2026-10-08') !== null, 'the moved holiday is listed');
    expect(row(root, '2026-10-06')).toBeNull();
    const list = saved.at(-1)!;
    expect(list.find((h) => h.date === '2026-10-08')?.name).toBe('Armed Forces Day');
    expect(text(root.querySelector('[data-testid="holiday-source"]'))).toBe(
      `This contract’s own list: ${list.length} holidays. It replaces the built-in one.`,
    );

    const after = (await clarusReport({ holidays: list.map((h) => h.date) })).tickets.find(
      (x) => x.id === 'CLR-209',
    )!;
    // Monday 15:00 to Wednesday 10:00 now counts Tuesday: 3 h + 9 h + 1 h against 9 h.
    expect(after).toMatchObject({ elapsedMinutes: 780, targetMinutes: 540, met: false });
  });

  it('adds and removes a holiday, refusing a date already listed', async () => {
    const { root, saved } = editor([{ date: '2026-10-06', name: 'Armed Forces Day' }]);
    const date = root.querySelector('[data-testid="holiday-date"]') as HTMLInputElement;
    const name = root.querySelector('[data-testid="holiday-name"]') as HTMLInputElement;
    type(date, '2026-10-06');
    button(root.querySelector('form.holiday-add'), 'Add holiday').click();
    await nextFrame();
    expect(text(root.querySelector('#hol-add-err'))).toBe('That date is already in the list.');
    type(date, '2026-10-04');
    type(name, 'Company day');
    button(root.querySelector('form.holiday-add'), 'Add holiday').click();
    await until(() => row(root, '2026-10-04') !== null, 'the new holiday is listed');
    expect(saved.at(-1)!.map((h) => h.date)).toEqual(['2026-10-04', '2026-10-06']);
    // The count follows the list as it changes, not the list the editor first showed.
    const source = () => text(root.querySelector('[data-testid="holiday-source"]'));
    expect(source()).toBe('This contract’s own list: 2 holidays. It replaces the built-in one.');
    button(row(root, '2026-10-06'), 'Remove').click();
    await until(() => row(root, '2026-10-06') === null, 'the holiday is removed');
    expect(saved.at(-1)).toEqual([{ date: '2026-10-04', name: 'Company day' }]);
    expect(source()).toBe('This contract’s own list: 1 holiday. It replaces the built-in one.');
  });

  it('keeps the focus on the holiday list when a removed holiday’s row goes', async () => {
    const { root, saved } = editor([
      { date: '2026-10-04', name: 'Company day' },
      { date: '2026-10-06', name: 'Armed Forces Day' },
    ]);
    const remove = button(row(root, '2026-10-06'), 'Remove');
    remove.focus();
    remove.click();
    await until(() => row(root, '2026-10-06') === null, 'the holiday is removed');
    expect(saved).toEqual([[{ date: '2026-10-04', name: 'Company day' }]]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Holidays');
  });

  it('imports a CSV or ICS list in place of the list, shows file errors with their line, and resets', async () => {
    const { root, saved } = editor();
    pick(root, 'bad.csv', 'date,name\n2026-10-04,Company day\n4/10/2026,Oops\n');
    await until(() => root.querySelector('[data-testid="holiday-file-error"]') !== null, 'an error');
    expect(text(root.querySelector('[data-testid="holiday-file-error"]'))).toBe(
      'bad.csv, line 3: expected a date YYYY-MM-DD from 1970 to 2199 in the date column',
    );
    expect(saved).toEqual([]);

    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:1',
      'DTSTART;VALUE=DATE:20261004',
      'DTEND;VALUE=DATE:20261006',
      'SUMMARY:Company retreat',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    pick(root, 'retreat.ics', ics);
    await until(() => row(root, '2026-10-05') !== null, 'the imported list');
    expect(saved.at(-1)).toEqual([
      { date: '2026-10-04', name: 'Company retreat' },
      { date: '2026-10-05', name: 'Company retreat' },
    ]);
    expect(root.querySelector('[data-testid="holiday-file-error"]')).toBeNull();

    button(root, 'Reset to built-in').click();
    await until(() => row(root, '2026-10-06') !== null, 'the built-in list again');
    expect(saved.at(-1)).toBeNull();
    expect(button(root, 'Reset to built-in')).toBeUndefined();
  });

  it('fits 360 px in English and in Arabic, right to left', async () => {
    await page.viewport(360, 740);
    let { root } = editor();
    await until(() => row(root, '2026-10-06') !== null, 'the built-in list loads');
    button(row(root, '2026-10-06'), 'Edit').click();
    await nextFrame();
    expect(pageFits()).toBe(true);
    await shoot('ui-calendar-360');
    setLocale('ar');
    ({ root } = editor());
    root.setAttribute('dir', 'rtl');
    await until(() => row(root, '2026-10-06') !== null, 'the built-in list loads');
    expect(text(root)).toContain('تقويم العمل');
    expect(text(root.querySelector('[data-testid="weekly-hours"]'))).toContain('الأحد');
    expect(pageFits()).toBe(true);
    await shoot('ui-calendar-360-ar');
    await page.viewport(1280, 800);
    await nextFrame();
    await shoot('ui-calendar-1280-ar');
  });
});

// The dashboard's formatting helpers and message catalogues, checked with Chromium's Intl.
import { describe, expect, it } from 'vitest';
import { fileErrorText } from '../src/app/calendar/holidays';
import {
  formatBusinessMinutes,
  formatCredit,
  formatDay,
  formatDeadline,
  formatInstant,
  formatLocalDay,
  formatMinutes,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriodLabel,
  formatUptime,
  uptimeDecimals,
} from '../src/app/format';
import { dirOf, messagesFor, translate } from '../src/app/i18n';
import { ar } from '../src/app/i18n/ar';
import { en } from '../src/app/i18n/en';
import { jobFailureText } from '../src/app/import/failure';
import { setLocale } from '../src/app/state/locale';
import { InputError } from '../src/ingest/stream-input';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatMinutes', () => {
  it('writes hours and minutes', () => {
    expect(nb(formatMinutes(69, 'en'))).toBe('1 h 9 min');
    expect(nb(formatMinutes(0, 'en'))).toBe('0 min');
    expect(nb(formatMinutes(60, 'en'))).toBe('1 h');
    expect(nb(formatMinutes(43, 'en'))).toBe('43 min');
    expect(nb(formatMinutes(1500, 'en'))).toBe('1 d 1 h');
    expect(nb(formatMinutes(19733, 'en'))).toBe('13 d 16 h 53 min');
    expect(nb(formatMinutes(-30, 'en'))).toBe('−30 min');
    expect(nb(formatMinutes(9.6, 'en'))).toBe('10 min');
  });
  it('uses the locale’s digits and units', () => {
    expect(nb(formatMinutes(69, 'ar-EG'))).toBe('١ س ٩ د');
  });
  it('counts days as Arabic counts them (3 to 10 and 103 to 110, 11 to 99, the rest)', () => {
    expect(nb(formatMinutes(1440, 'ar-EG'))).toBe('يوم واحد');
    expect(nb(formatMinutes(6 * 1440 + 17 * 60, 'ar-EG'))).toBe('٦ أيام ١٧ س');
    expect(nb(formatMinutes(11 * 1440, 'ar-EG'))).toBe('١١ يومًا');
    expect(nb(formatMinutes(100 * 1440, 'ar-EG'))).toBe('١٠٠ يوم');
    expect(nb(formatMinutes(109 * 1440, 'ar-EG'))).toBe('١٠٩ أيام');
  });
});

describe('counted rows', () => {
  it('agree with their number, in English and in Arabic', () => {
    const rows = (locale: string, n: number) => translate(locale, 'impImportedRows', { rows: String(n), n });
    expect([rows('en', 1), rows('en', 6)]).toEqual(['Imported 1 row.', 'Imported 6 rows.']);
    expect([rows('ar-EG', 6), rows('ar-EG', 12), rows('ar-EG', 100)]).toEqual([
      'استُوردت 6 صفوف.',
      'استُورد 12 صفًا.',
      'استُورد 100 صف.',
    ]);
  });
});

describe('formatBusinessMinutes', () => {
  it('counts whole working days of the calendar’s length, then hours and minutes', () => {
    // Kipu's 09:00–17:00 day: a 5-business-day target is 2 400 business minutes.
    expect(nb(formatBusinessMinutes(2400, 480, 'en'))).toBe('5 business days');
    expect(nb(formatBusinessMinutes(480, 480, 'en'))).toBe('1 business day');
    // Clarus's 9-hour day: 27 h of business time is three days, 13 h 20 min one day and 4 h 20 min.
    expect(nb(formatBusinessMinutes(1620, 540, 'en'))).toBe('3 business days');
    expect(nb(formatBusinessMinutes(800, 540, 'en'))).toBe('1 business day 4 h 20 min');
    expect(nb(formatBusinessMinutes(539, 540, 'en'))).toBe('8 h 59 min');
    expect(nb(formatBusinessMinutes(-600, 540, 'en'))).toBe('−1 business day 1 h');
    expect(nb(formatBusinessMinutes(0, 540, 'en'))).toBe('0 min');
    // A calendar with no working hours has no day to count in.
    expect(nb(formatBusinessMinutes(1500, 0, 'en'))).toBe('25 h');
  });
  it('uses Arabic plural forms and digits', () => {
    expect(nb(formatBusinessMinutes(480, 480, 'ar-EG'))).toBe('يوم عمل واحد');
    expect(nb(formatBusinessMinutes(960, 480, 'ar-EG'))).toBe('يوما عمل');
    expect(nb(formatBusinessMinutes(2400 + 90, 480, 'ar-EG'))).toBe('٥ أيام عمل ١ س ٣٠ د');
    expect(nb(formatBusinessMinutes(11 * 480, 480, 'ar-EG'))).toBe('١١ يوم عمل');
  });
});

describe('uptime and percentages', () => {
  it('shows two decimals unless that would seem to cross the target', () => {
    expect(nb(formatUptime(99.84027777777777, 99.9, 'en'))).toBe('99.84 %');
    expect(nb(formatUptime(99.8986, 99.9, 'en'))).toBe('99.899 %');
    expect(nb(formatUptime(99.89999, 99.9, 'en'))).toBe('99.89999 %');
    expect(nb(formatUptime(99.995, 99.99, 'en'))).toBe('99.995 %');
    expect(nb(formatUptime(100, 99.9, 'en'))).toBe('100 %');
    expect(nb(formatUptime(null, 99.9, 'en'))).toBe('—');
    expect(uptimeDecimals(99.5, 99.5, 2)).toBe(2);
    expect(nb(formatUptime(99.5, 99.5, 'en', 2))).toBe('99.50 %');
    expect(nb(formatUptime(99.9, 99.9, 'en'))).toBe('99.90 %');
  });
  it('formats percentages and numbers in the locale', () => {
    expect(nb(formatPercent(10, 'en'))).toBe('10 %');
    expect(nb(formatPercent(12.5, 'en', 1))).toBe('12.5 %');
    expect(formatNumber(23136, 'en')).toBe('23,136');
    expect(formatPercent(10, 'ar-EG')).toBe('١٠٪');
  });
});

describe('dates, instants and deadlines in the contract zone', () => {
  it('shows instants as local time', () => {
    expect(formatInstant(Date.parse('2026-06-17T01:37:00+03:00'), 'Africa/Cairo', 'en')).toBe(
      'Jun 17, 2026, 01:37',
    );
    // The same instant, read in another zone.
    expect(formatInstant(Date.parse('2026-06-17T01:37:00+03:00'), 'UTC', 'en')).toBe('Jun 16, 2026, 22:37');
  });
  it('reads a deadline at local midnight as the end of the day before', () => {
    expect(formatDeadline(Date.parse('2026-07-31T00:00:00+03:00'), 'Africa/Cairo', 'en')).toBe(
      'Jul 30, 2026',
    );
    expect(formatDeadline(Date.parse('2026-07-31T12:30:00+03:00'), 'Africa/Cairo', 'en')).toBe(
      'Jul 31, 2026, 12:30',
    );
  });
  it('formats plain dates without shifting them, and an instant as its day in the zone', () => {
    expect(formatDay('2026-11-21', 'en')).toBe('Nov 21, 2026');
    expect(formatLocalDay(Date.parse('2026-11-21T23:30:00Z'), 'Pacific/Kiritimati', 'en')).toBe(
      'Nov 22, 2026',
    );
  });
  it('names periods', () => {
    expect(formatPeriodLabel('2026-06', 'en')).toBe('June 2026');
    expect(formatPeriodLabel('2026-Q1', 'en')).toBe('Q1 2026');
    expect(formatPeriodLabel('2026', 'en')).toBe('2026');
    expect(formatPeriodLabel('2026-06', 'ar-EG')).toContain('٢٠٢٦');
    expect(formatPeriodLabel('2026-Q1', 'ar-EG')).toBe('الربع ١ من ٢٠٢٦');
  });
  it('names a billing cycle or fiscal period by its days', () => {
    // Spaces as Intl writes them (thin spaces around the dash), made plain to compare.
    const plain = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');
    expect(plain(formatPeriodLabel('2026-02-15', 'en', 'month'))).toBe('Feb 15 – Mar 14, 2026');
    expect(plain(formatPeriodLabel('2026-12-15', 'en', 'month'))).toBe('Dec 15, 2026 – Jan 14, 2027');
    expect(plain(formatPeriodLabel('2026-02-01', 'en', 'quarter'))).toBe('Feb 1 – Apr 30, 2026');
    expect(plain(formatPeriodLabel('2025-04-01', 'en', 'year'))).toBe('Apr 1, 2025 – Mar 31, 2026');
    expect(plain(formatPeriodLabel('2026-02-15', 'ar-EG', 'month'))).toBe('١٥ فبراير – ١٤ مارس ٢٠٢٦');
    // Without its kind only the first day is known.
    expect(plain(formatPeriodLabel('2026-02-15', 'en'))).toBe('from Feb 15, 2026');
    expect(plain(formatPeriodLabel('2026-02-15', 'ar-EG'))).toBe('من ١٥ فبراير ٢٠٢٦');
  });
});

describe('money and credits', () => {
  it('formats money with Intl in the locale', () => {
    expect(nb(formatMoney(1200, 'EGP', 'en'))).toBe('EGP 1,200.00');
    expect(formatMoney(1200, 'USD', 'en')).toBe('$1,200.00');
    expect(formatMoney(1200, 'EGP', 'ar-EG')).toContain('١٬٢٠٠');
  });
  it('keeps an amount whole and its symbol in order in a right-to-left line', () => {
    expect(formatMoney(1200, 'USD', 'ar')).toBe('\u2068\u200f1,200.00\u00a0US$\u200e\u2069');
    // As laid out: the symbol reads "US$" (never "$US"), left of the amount as the locale
    // places it, and the credit's share stays to the right of both.
    const line = document.createElement('p');
    line.dir = 'rtl';
    line.style.cssText = 'font: 16px monospace; white-space: nowrap; width: max-content';
    const amount = formatMoney(1200, 'USD', 'ar');
    line.textContent = `نطالب برصيد ١٠٪ · ${amount} عن الفترة`;
    document.body.append(line);
    const node = line.firstChild!;
    const left = (char: string) => {
      const at = node.textContent!.indexOf(char);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + char.length);
      return range.getBoundingClientRect().left;
    };
    try {
      expect(left('U')).toBeLessThan(left('S'));
      expect(left('S')).toBeLessThan(left('$'));
      expect(left('$')).toBeLessThan(left('1,200.00'));
      expect(left('1,200.00')).toBeLessThan(left('٪'));
    } finally {
      line.remove();
    }
  });
  it('writes a credit as percent, days or amount', () => {
    const base = { currency: 'EGP', eligible: true, conditions: [] };
    expect(nb(formatCredit({ ...base, percent: 10, days: null, amount: null }, 'en'))).toBe('10 %');
    expect(nb(formatCredit({ ...base, percent: 10, days: null, amount: 1200 }, 'en'))).toBe(
      '10 % · EGP 1,200.00',
    );
    expect(formatCredit({ ...base, percent: null, days: 3, amount: null }, 'en')).toBe('3 days of service');
    expect(formatCredit({ ...base, percent: null, days: 1, amount: null }, 'en')).toBe('1 day of service');
    expect(nb(formatCredit({ ...base, percent: 0, days: null, amount: 0 }, 'en'))).toBe('0 %');
  });
});

describe('message catalogues', () => {
  const placeholders = (m: unknown) => new Set(JSON.stringify(m).match(/\{\w+\}/g) ?? []);
  it('Arabic has every English message, non-empty, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const a = ar[key];
      expect(a, key).toBeTruthy();
      expect(placeholders(a), key).toEqual(placeholders(en[key]));
    }
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });
  it('fills placeholders and picks plural forms', () => {
    expect(translate('en', 'statusOpen', { n: 1 })).toBe('open, 1 day left');
    expect(translate('en', 'statusOpen', { n: 12 })).toBe('open, 12 days left');
    expect(translate('ar-EG', 'tileDaysLeft', { n: 12 })).toBe('بقي ١٢ يومًا');
  });
  it('knows the direction and falls back to English', () => {
    expect(dirOf('ar-EG')).toBe('rtl');
    expect(dirOf('en-GB')).toBe('ltr');
    expect(messagesFor('fr')).toBe(en);
  });
});

describe('a refused file in the interface language', () => {
  const failure = {
    type: 'input' as const,
    file: 'probes.csv',
    line: 3,
    reason: 'expected a time such as "2026-03-01T10:00:00Z"',
    message: '',
  };

  it('reads as the reader wrote it on a left-to-right page', async () => {
    await setLocale('en');
    expect(jobFailureText(failure)).toBe(
      'probes.csv, line 3: expected a time such as "2026-03-01T10:00:00Z"',
    );
  });

  it('isolates the file and the English reason inside the Arabic sentence', async () => {
    await setLocale('ar');
    expect(jobFailureText(failure)).toBe(
      '\u2068probes.csv\u2069، السطر 3: \u2068expected a time such as "2026-03-01T10:00:00Z"\u2069',
    );
    await setLocale('en');
  });

  // A holiday file's line is worded as an import's is: the number in the page's own digits
  // and grouping, as the refusal of a file cut on its 2,001st line says it.
  it("numbers a holiday file's line as the import numbers its lines", async () => {
    const wrong = new InputError('holidays.csv', 12345, 'expected a date YYYY-MM-DD');
    await setLocale('en');
    expect(fileErrorText(wrong)).toBe('holidays.csv, line 12,345: expected a date YYYY-MM-DD');
    await setLocale('ar');
    expect(fileErrorText(wrong)).toBe(
      '\u2068holidays.csv\u2069، السطر 12,345: \u2068expected a date YYYY-MM-DD\u2069',
    );
    await setLocale('en');
  });
});

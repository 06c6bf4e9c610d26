// The policy read back in sentences: every built-in preset, word for word, so the form's
// summary can be held against each contract's clauses; a blank policy; a policy entered
// through the form; and the same in Arabic.
import { describe, expect, it } from 'vitest';
import { policySentences } from '../src/app/policy/summary';
import { keyTermsOf } from '../src/app/share/policy-terms';
import { blankPolicy } from '../src/app/state/policies';
import type { Policy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { rackspaceHours, virtecheDays } from './support/public-terms';

describe('policySentences for each preset', () => {
  it('reads medos back', () => {
    expect(policySentences(PRESETS.medos!, 'en')).toEqual([
      'The vendor promises at least 99.5\u00a0% uptime every calendar month, counted in Asia/Kolkata (India Standard Time).',
      'Uptime is the share of all the minutes of the period that were not downtime.',
      'Every minute down counts as downtime.',
      'A minute is down when any check in it failed; with several monitors, the service is down when any of them is down.',
      'Minutes without monitoring data count as up.',
      'HTTP answers 500–599 count as down, and so do timeouts and failed connections.',
      'Not counted as downtime: planned maintenance when announced at least 24 hours ahead, outages caused by third parties, and force majeure.',
      'There is no regular maintenance window.',
      'Each 0.5 percentage points below the promise, or part of them, give 1 day of free service; at most 7 days.',
      'Credits are given automatically; no claim is needed.',
      'The policy gives no right to end the contract.',
      'Working hours: Monday, Tuesday, Wednesday, Thursday, and Friday 09:00–18:00.',
      'Support: P0 answered within 15 minutes around the clock and resolved within 4 hours around the clock; P1 answered within 30 minutes around the clock and resolved within 24 hours around the clock; P2 answered within 2 hours around the clock and resolved within 7 days around the clock; P3 answered by the end of the next business day.',
      'It also lists 3 other promises with deadlines.',
    ]);
  });

  it('reads clarus-lis back', () => {
    expect(policySentences(PRESETS['clarus-lis']!, 'en')).toEqual([
      'The vendor promises at least 99.9\u00a0% uptime every calendar month, counted in Africa/Cairo (Eastern European Time).',
      'Uptime is the share of all the minutes of the period that were not downtime.',
      'Every minute down counts as downtime.',
      'A minute is down when any check in it failed; with several monitors, the service is down when any of them is down.',
      'Minutes without monitoring data count as up.',
      'HTTP answers 500–599 count as down, and so do timeouts and failed connections.',
      'Not counted as downtime: planned maintenance when announced at least 72 hours ahead, emergency maintenance, outages caused by third parties, force majeure, and issues caused by the customer.',
      'There is no regular maintenance window.',
      'Monthly uptime below 99.9\u00a0% gives 10\u00a0%, below 99\u00a0% gives 25\u00a0%, and below 95\u00a0% gives 50\u00a0% of the monthly fee; the credit is at most 50\u00a0%.',
      'A credit must be claimed within 30 days after the end of the month.',
      'You may end the contract after 3 months in a row below the promise.',
      'Working hours: Sunday, Monday, Tuesday, Wednesday, and Thursday 09:00–18:00, except Egypt public holidays.',
      'Support: P1 answered within 1 hour around the clock; P2 answered within 4 hours of working hours; P3 answered within 1 business day; P4 answered within 2 business days.',
      'It also lists 3 other promises with deadlines.',
    ]);
  });

  it('reads elevatefinance back', () => {
    expect(policySentences(PRESETS.elevatefinance!, 'en')).toEqual([
      'The vendor promises at least 99.5\u00a0% uptime every calendar month, counted in Asia/Kolkata (India Standard Time).',
      'Uptime is rounded to 2 decimals before it is compared.',
      'Uptime is the share of all the minutes of the period that were not downtime.',
      'An outage counts as downtime only when it lasts at least 4 minutes.',
      'A minute is down when any check in it failed; with several monitors, the service is down when any of them is down.',
      'Minutes without monitoring data count as up.',
      'HTTP answers 500–599 count as down, and so do timeouts and failed connections.',
      'Not counted as downtime: planned maintenance when announced at least 168 hours ahead, emergency maintenance, outages caused by third parties, force majeure, and issues caused by the customer.',
      'There is no regular maintenance window.',
      'Each 0.5 percentage points below the promise, or part of them, give 5\u00a0% of the monthly share of the annual fee; the credit is at most 50\u00a0%.',
      'The plan STARTER gets no credit.',
      'A credit must be claimed within 30 days after the end of the month.',
      'The policy gives no right to end the contract.',
      'Working hours: Monday, Tuesday, Wednesday, Thursday, and Friday 09:00–18:00, except India public holidays.',
      'Support: P1 answered within 2 hours around the clock; P2 answered within 8 hours of working hours; P3 answered within 24 hours of working hours; P4 answered within 5 business days.',
      'It also lists 2 other promises with deadlines.',
    ]);
  });

  it('reads kipu back', () => {
    expect(policySentences(PRESETS.kipu!, 'en')).toEqual([
      'The vendor promises at least 99.99\u00a0% uptime every calendar year, counted in America/New_York (Eastern Time).',
      'Uptime is the share of the minutes of the period, excluded ones left out, that were not downtime.',
      'Every minute down counts as downtime.',
      'A minute is down when any check in it failed; with several monitors, the service is down when any of them is down.',
      'Minutes without monitoring data count as up.',
      'HTTP answers 500–599 count as down, and so do timeouts and failed connections.',
      'Not counted as downtime: planned maintenance when announced at least 24 hours ahead or at least 72 hours ahead when it lasts 60 minutes or more.',
      'There is no regular maintenance window.',
      'P0 incidents in a month (outages of at least 16 minutes and P0 tickets): more than 0.72 hours gives 25\u00a0%, 3 incidents or 3 hours gives 50\u00a0%, and 5 incidents or 6 hours gives 100\u00a0% of the monthly fee. Time covered by planned maintenance, outages caused by third parties, force majeure, and issues caused by the customer does not count towards these incidents.',
      'P1 incidents in a month (P1 tickets): 3 incidents or 4 hours gives 25\u00a0% and 5 incidents or 8 hours gives 50\u00a0% of the monthly fee.',
      'The highest of these credits applies, at most 100\u00a0%.',
      'Credits apply only to agreements made on or after 2016-05-01.',
      'Credits apply only when the fee is at least 500 USD.',
      'A credit must be claimed within 30 days of becoming eligible for it.',
      'You may end the contract after 3 or more P0 incidents a month, 2 months in a row. Tell the vendor within 5 days after the last of those months.',
      'Working hours: Monday, Tuesday, Wednesday, Thursday, and Friday 09:00–17:00.',
      'Support: P0 answered within 1 hour around the clock; P1 answered within 1 hour around the clock; P2 answered within 1 business day; P3 answered within 2 business days; P4 answered within 2 business days.',
    ]);
  });

  it('reads patientiq back', () => {
    expect(policySentences(PRESETS.patientiq!, 'en')).toEqual([
      'The vendor promises at least 99.1\u00a0% uptime every calendar month, counted in America/Chicago (Central Time).',
      'Uptime is the share of the minutes of the period, excluded ones left out, that were not downtime.',
      'Every minute down counts as downtime.',
      'A minute is down when any check in it failed; with several monitors, the service is down when any of them is down.',
      'Minutes without monitoring data count as up.',
      'HTTP answers 500–599 count as down, and so do timeouts and failed connections.',
      'Not counted as downtime: emergency maintenance, outages caused by third parties, force majeure, and issues caused by the customer.',
      'Maintenance windows, never counted as downtime: 23:00–03:00 every day.',
      'Monthly uptime below 99.1\u00a0% gives 10\u00a0% and below 98.5\u00a0% gives 30\u00a0% of the monthly fee; the credit is at most 100\u00a0%.',
      'Credits are owed only for breaches from 30 days after the agreement starts.',
      'Credits never exceed the next month’s fee.',
      'A credit must be claimed within 5 business days of the incident.',
      'You may end the contract after credit claims in each of 3 months in a row, or 3 claims within 30 days. Notice: 30 days.',
      'Working hours: Monday, Tuesday, Wednesday, Thursday, and Friday 09:00–17:00, except United States public holidays.',
    ]);
  });
});

describe('policySentences for a policy of ones own', () => {
  it('says what a blank policy leaves out', () => {
    expect(policySentences(blankPolicy(), 'en')).toEqual([
      'The vendor promises at least 99.9\u00a0% uptime every calendar month, counted in UTC (Coordinated Universal Time).',
      'Uptime is the share of all the minutes of the period that were not downtime.',
      'Every minute down counts as downtime.',
      'A minute is down when any check in it failed; with several monitors, the service is down when any of them is down.',
      'Minutes without monitoring data count as up.',
      'HTTP answers 500–599 count as down, and so do timeouts and failed connections.',
      'Every outage counts: the policy leaves no cause out.',
      'There is no regular maintenance window.',
      'A missed promise gives no credit.',
      'The contract sets no deadline to claim a credit.',
      'The policy gives no right to end the contract.',
      'No working hours are set, so no deadline counts working time.',
    ]);
  });

  it('names window days, inclusive bands, whole steps and a notice in business days', () => {
    const p = blankPolicy();
    p.timezone = 'America/New_York';
    p.period = 'quarter';
    p.nodata = 'exclude';
    p.timeoutIsDown = false;
    p.downCodes = [
      { from: 500, to: 599 },
      { from: 429, to: 429 },
    ];
    p.exclusions.kinds.planned = { excluded: true, notice: { kind: 'businessDays', days: 2 } };
    p.exclusions.windows = [{ start: '02:00', end: '04:00', weekdays: [7, 6], note: '' }];
    p.credit = {
      kind: 'bands',
      bands: [
        { below: 99, inclusive: true, percent: 25 },
        { below: 99.9, inclusive: false, percent: 10 },
      ],
      capPercent: 25,
    };
    p.claim = { kind: 'afterPeriodEnd', days: 1 };
    p.termination = [{ kind: 'consecutivePeriodsMissed', periods: 2 }];
    p.calendar.weekly = [{ weekday: 1, from: '09:00', to: '17:00' }];
    p.calendar.holidays = [{ date: '2026-12-25', name: 'Christmas' }];
    p.responseTargets = [
      { severity: 'P2', response: { kind: 'businessMinutes', minutes: 90 }, resolution: null },
    ];
    expect(policySentences(p, 'en')).toEqual([
      'The vendor promises at least 99.9\u00a0% uptime every calendar quarter, counted in America/New_York (Eastern Time).',
      'Uptime is the share of all the minutes of the period that were not downtime.',
      'Every minute down counts as downtime.',
      'A minute is down when any check in it failed; with several monitors, the service is down when any of them is down.',
      'Minutes without monitoring data are left out of the calculation.',
      'HTTP answers 500–599 and 429 count as down; timeouts and failed connections do not.',
      'Not counted as downtime: planned maintenance when announced at least 2 business days ahead.',
      'Maintenance windows, never counted as downtime: 02:00–04:00 on Saturday and Sunday.',
      'Quarterly uptime below 99.9\u00a0% gives 10\u00a0% and at or below 99\u00a0% gives 25\u00a0% of the fee for the quarter; the credit is at most 25\u00a0%.',
      'A credit must be claimed within 1 day after the end of the quarter.',
      'You may end the contract after 2 quarters in a row below the promise.',
      'Working hours: Monday 09:00–17:00, except 1 holiday of its own.',
      'Support: P2 answered within 90 minutes of working hours.',
    ]);
  });

  it('reads Clarus LIS back in Arabic', () => {
    const ar = policySentences(PRESETS['clarus-lis']!, 'ar');
    expect(ar[0]).toBe(
      'يعد المورّد بنسبة إتاحة لا تقل عن 99.9٪ في كل شهر ميلادي، محسوبة بتوقيت Africa/Cairo (توقيت شرق أوروبا).',
    );
    expect(ar[8]).toBe(
      'نسبة الإتاحة الشهرية أقل من 99.9٪ تمنح 10٪ وأقل من 99٪ تمنح 25٪ وأقل من 95٪ تمنح 50٪ من الرسوم الشهرية؛ والتعويض لا يتجاوز 50٪.',
    );
    expect(ar[9]).toBe('يجب المطالبة بالتعويض خلال 30 يومًا بعد نهاية الشهر.');
    // Ranges stay left to right inside the Arabic sentence.
    expect(ar[5]).toBe('ردود HTTP \u200f\u2066500–599\u2069 تُعدّ تعطلًا، وكذلك انتهاء المهلة وفشل الاتصال.');
    expect(ar[11]).toBe(
      'ساعات العمل: الأحد والاثنين والثلاثاء والأربعاء والخميس \u206609:00–18:00\u2069، باستثناء العطلات الرسمية في مصر.',
    );
    expect(ar).toHaveLength(policySentences(PRESETS['clarus-lis']!, 'en').length);
  });
});

describe('policySentences for the terms beyond the presets', () => {
  it('reads a cap per outage back, in English and Arabic', () => {
    const p = blankPolicy();
    p.fee = { amount: 60, currency: 'GBP', per: 'month' };
    p.credit = {
      kind: 'lostTime',
      multiple: 100,
      hourlyRate: null,
      whenMissed: false,
      capPercent: null,
      capPerOutagePercent: 100,
    };
    const lines = (locale: string) => policySentences(p, locale).filter((s) => s.includes('100'));
    expect(lines('en')).toEqual([
      'Every minute lost gives 100 × its price at the hourly share of the monthly fee, with no cap on the period.',
      'Each outage gives at most 100\u00a0% of the monthly fee.',
    ]);
    expect(keyTermsOf(p, 'en').find((t) => t.label === 'Service credit')?.value).toBe(
      '100 × the lost time at the fee per hour, each outage up to 100 % of the fee',
    );
    expect(keyTermsOf(p, 'ar').find((t) => t.value.includes('انقطاع'))?.value).toBe(
      '100 × الوقت الضائع بسعر الرسوم لكل ساعة، وكل انقطاع حتى 100 % من الرسوم',
    );
    expect(lines('ar')).toEqual([
      'كل دقيقة ضائعة تمنح 100 × ثمنها بسعر حصة الساعة من الرسوم الشهرية، بلا حد أقصى للفترة.',
      'كل انقطاع يمنح بحد أقصى 100٪ من الرسوم الشهرية.',
    ]);
  });

  it('reads a credit counted beyond the allowance back, in English and Arabic', () => {
    const p = blankPolicy();
    p.credit = virtecheDays('floor');
    const lines = (locale: string) => policySentences(p, locale).filter((s) => s.includes('lost'));
    expect(lines('en')).toEqual([
      'Each whole 15 minutes lost give 1 day of free service when the promise is missed; at most 31 days.',
      'Only the minutes lost beyond the downtime the promise allows count.',
    ]);
    expect(policySentences(p, 'ar')).toContain(
      'لا تُحتسب إلا الدقائق الضائعة الزائدة على التعطل الذي يسمح به الوعد.',
    );
    expect(keyTermsOf(p, 'en').find((t) => t.label === 'Service credit')?.value).toBe(
      'days of service: 1 per 15 minutes lost, up to 31, counting only the downtime beyond what the target allows',
    );
    expect(keyTermsOf(p, 'ar').find((t) => t.value.includes('يسمح'))?.value).toBe(
      'أيام خدمة: 1 لكل 15 دقيقةً ضائعةً، حتى 31، ولا يُحتسب إلا التعطل الزائد على ما يسمح به الهدف',
    );
    p.credit = { ...p.credit, beyondAllowance: false };
    expect(policySentences(p, 'en').filter((s) => s.includes('allows'))).toEqual([]);
    expect(keyTermsOf(p, 'en').find((t) => t.label === 'Service credit')?.value).toBe(
      'days of service: 1 per 15 minutes lost, up to 31',
    );
  });

  it("states MedOS's day of service per half percent in a shared link's terms without a plural for one day", () => {
    const medos = PRESETS.medos!;
    expect(keyTermsOf(medos, 'en').find((t) => t.label === 'Service credit')?.value).toBe(
      'days of service: 1 per 0.5 % below target, up to 7',
    );
    expect(keyTermsOf(medos, 'ar').find((t) => t.value.startsWith('أيام خدمة'))?.value).toBe(
      'أيام خدمة: 1 لكل 0.5 % دون الهدف، حتى 7',
    );
  });

  it('reads lost time priced in whole blocks back, in English and Arabic', () => {
    const p = blankPolicy();
    p.credit = rackspaceHours('ceil');
    const lines = (locale: string) => policySentences(p, locale).filter((s) => /lost|الضائعة/.test(s));
    expect(lines('en').slice(-2)).toEqual([
      'Only the minutes lost beyond the downtime the promise allows count.',
      'The minutes lost are priced in blocks of 60 minutes, a started block as a whole one.',
    ]);
    expect(policySentences(p, 'ar')).toContain(
      'تُسعَّر الدقائق الضائعة بمدد من 60 دقيقةً، والمدة التي بدأت تُحتسب كاملة.',
    );
    expect(keyTermsOf(p, 'en').find((t) => t.label === 'Service credit')?.value).toBe(
      '1 × the lost time at the fee per hour, with no cap, in started blocks of 60 minutes, counting only the downtime beyond what the target allows',
    );
    expect(keyTermsOf(p, 'ar').find((t) => t.value.includes('بدأت'))?.value).toBe(
      '1 × الوقت الضائع بسعر الرسوم لكل ساعة، بلا حد أقصى، بمدد بدأت من 60 دقيقةً، ولا يُحتسب إلا التعطل الزائد على ما يسمح به الهدف',
    );
    p.credit = { ...p.credit, rounding: 'floor', beyondAllowance: false };
    expect(policySentences(p, 'en').filter((s) => s.includes('blocks'))).toEqual([
      'The minutes lost are priced in whole blocks of 60 minutes; a part of a block gives nothing.',
    ]);
    expect(policySentences(p, 'ar')).toContain(
      'تُسعَّر الدقائق الضائعة بمدد كاملة من 60 دقيقةً؛ وجزء المدة لا يمنح شيئًا.',
    );
    const { perMinutes: _, rounding: __, ...exact } = p.credit;
    p.credit = exact;
    expect(policySentences(p, 'en').filter((s) => s.includes('blocks'))).toEqual([]);
    expect(keyTermsOf(p, 'en').find((t) => t.label === 'Service credit')?.value).toBe(
      '1 × the lost time at the fee per hour, with no cap',
    );
  });

  it('reads days of service by uptime band back, in English and Arabic', () => {
    const p = blankPolicy();
    p.credit = {
      kind: 'dayBands',
      dayBands: [
        { below: 99.9, inclusive: false, days: 3 },
        { below: 95, inclusive: false, days: 15 },
        { below: 99, inclusive: true, days: 7 },
      ],
      capDays: 15,
    };
    const credit = (locale: string) => policySentences(p, locale).find((s) => s.includes('95'))!;
    expect(policySentences(p, 'en')).toContain(
      'Monthly uptime below 99.9\u00a0% gives 3 days, at or below 99\u00a0% gives 7 days, and below 95\u00a0% gives 15 days of free service; the credit is at most 15 days.',
    );
    expect(credit('ar')).toBe(
      'نسبة الإتاحة الشهرية أقل من 99.9٪ تمنح 3 أيام وعند 99٪ أو أقل تمنح 7 أيام وأقل من 95٪ تمنح 15 يومًا من الخدمة المجانية؛ والتعويض لا يتجاوز 15 يومًا.',
    );
  });

  it('reads a right on a rolling average back, in English and Arabic', () => {
    const p = blankPolicy();
    p.termination = [
      { kind: 'averageBelow', periods: 3, belowPercent: 97, noticeDays: 30, noticeWithinDays: 60 },
    ];
    const rule = (locale: string) => policySentences(p, locale).find((s) => s.includes('97'));
    expect(rule('en')).toBe(
      'You may end the contract when the average uptime of any 3 months in a row is below 97\u00a0%. Tell the vendor within 60 days after the last of them. Notice: 30 days.',
    );
    expect(rule('ar')).toBe(
      'يمكنك إنهاء العقد حين يقل متوسط الإتاحة في أي 3 أشهر متتالية عن 97٪. أبلغ المورّد خلال 60 يومًا بعد آخرها. الإشعار: 30 يومًا.',
    );
    p.termination = [
      { kind: 'averageBelow', periods: 2, belowPercent: 99.5, noticeDays: null, noticeWithinDays: null },
    ];
    expect(policySentences(p, 'en').find((s) => s.includes('99.5'))).toBe(
      'You may end the contract when the average uptime of any 2 months in a row is below 99.5\u00a0%.',
    );
  });

  it('reads intervals, rates, k of n, billing cycles, caps, plans, conditions, remedies and scopes back', () => {
    const p = blankPolicy();
    Object.assign(p, {
      periodStart: { month: 1, day: 15 },
      measurement: {
        intervalMinutes: 5,
        rule: 'errorRate',
        errorRatePercent: 5,
        minChecks: 2000,
        monitorsDown: 2,
      },
      credit: { kind: 'lostTime', multiple: 10, hourlyRate: null, whenMissed: true, capPercent: 100 },
      claim: { kind: 'periodsAfterPeriod', periods: 2 },
      termination: [{ kind: 'missedWithinMonths', missed: 3, months: 12, noticeWithinDays: 30 }],
      plan: 'enterprise',
      plans: [
        { id: 'team', name: 'Team' },
        { id: 'enterprise', name: 'Enterprise', target: 99.95 },
      ],
      creditLimits: { minimumAmount: 1, perPeriodAmount: null, perYearAmount: 1000, perYearPercent: null },
      remedies: [{ id: 'rca', description: 'a root cause analysis' }],
      scopes: [{ id: 'eu', name: 'Europe', monitors: ['eu-*'] }],
    });
    p.exclusions.caps = [{ kinds: ['planned', 'windows'], hours: 10, per: 'year' }];
    p.eligibility.conditions = [{ id: 'paid', text: 'All invoices paid', answer: null }];
    expect(policySentences(p, 'en')).toEqual([
      'The vendor promises at least 99.95\u00a0% uptime every monthly billing cycle, counted in UTC (Coordinated Universal Time).',
      'Uptime is the share of all the minutes of the period that were not downtime.',
      'Every minute down counts as downtime.',
      'Time is measured in 5-minute intervals; an interval is down when more than 5 % of its checks or requests fail, out of at least 2,000.',
      'The service is down when at least 2 monitors are down.',
      'Each period starts on day 15 of the month.',
      'Minutes without monitoring data count as up.',
      'HTTP answers 500–599 count as down, and so do timeouts and failed connections.',
      'Every outage counts: the policy leaves no cause out.',
      'There is no regular maintenance window.',
      'When the promise is missed, every minute lost gives 10 × its price at the hourly share of the monthly fee; at most 100\u00a0% of the monthly fee.',
      'A credit must be claimed before the end of the 2 months after the one in which it is earned.',
      'You may end the contract after 3 months below the promise within any 12 months. Tell the vendor within 30 days after the last of them.',
      'No working hours are set, so no deadline counts working time.',
      'The contract is on the Enterprise plan (plans: Team and Enterprise); its terms are read here.',
      'Up to 10 hours a year of planned maintenance and maintenance windows are left out; beyond that they count.',
      'A credit below 1 USD is not owed.',
      'Credits in a contract year are at most 1,000 USD.',
      'Credits need: All invoices paid (not answered yet).',
      'When the promise is missed the vendor also owes: a root cause analysis.',
      'Europe (eu-*) is measured on its own against 99.95\u00a0%.',
    ]);
  });

  it('reads a percentage per block of lost time back, in English and Arabic', () => {
    const p: Policy = {
      ...blankPolicy(),
      credit: {
        kind: 'perBlock',
        percent: 5,
        perMinutes: 30,
        rounding: 'ceil',
        whenMissed: false,
        capPercent: 100,
      },
    };
    const credit = (policy: Policy, locale: 'en' | 'ar') => policySentences(policy, locale)[8];
    expect(credit(p, 'en')).toBe(
      'Each 30 minutes lost, or part of them, give 5\u00a0% of the monthly fee; at most 100\u00a0% of the monthly fee.',
    );
    expect(credit(p, 'ar')).toBe(
      'كل 30 دقيقةً من الوقت الضائع، أو جزء منها، تمنح 5٪ من الرسوم الشهرية؛ بحد أقصى 100٪ من الرسوم الشهرية.',
    );
    const whole: Policy = {
      ...p,
      credit: { ...p.credit, rounding: 'floor', whenMissed: true } as Policy['credit'],
    };
    expect(credit(whole, 'en')).toBe(
      'Each whole 30 minutes lost give 5\u00a0% of the monthly fee when the promise is missed; at most 100\u00a0% of the monthly fee.',
    );
    expect(credit(whole, 'ar')).toBe(
      'كل 30 دقيقةً من الوقت الضائع تمنح 5٪ من الرسوم الشهرية عند الإخلال بالوعد، ولا يمنح ما دونها شيئًا؛ بحد أقصى 100٪ من الرسوم الشهرية.',
    );
  });

  it('reads days of service per block of lost time back without a space before its semicolon', () => {
    const p: Policy = {
      ...blankPolicy(),
      credit: {
        kind: 'serviceDays',
        days: 1,
        perMinutes: 60,
        rounding: 'ceil',
        whenMissed: false,
        capDays: 30,
      },
    };
    expect(policySentences(p, 'en')[8]).toBe(
      'Each 60 minutes lost, or part of them, give 1 day of free service; at most 30 days.',
    );
    expect(policySentences(p, 'ar')[8]).toBe(
      'كل 60 دقيقةً من الوقت الضائع، أو جزء منها، تمنح يومًا واحدًا من الخدمة المجانية؛ بحد أقصى 30 يومًا.',
    );
    const whole: Policy = {
      ...p,
      credit: { ...p.credit, rounding: 'floor', whenMissed: true } as Policy['credit'],
    };
    expect(policySentences(whole, 'en')[8]).toBe(
      'Each whole 60 minutes lost give 1 day of free service when the promise is missed; at most 30 days.',
    );
    expect(policySentences(whole, 'ar')[8]).toBe(
      'كل 60 دقيقةً من الوقت الضائع تمنح يومًا واحدًا من الخدمة المجانية عند الإخلال بالوعد، ولا يمنح ما دونها شيئًا؛ بحد أقصى 30 يومًا.',
    );
  });
});

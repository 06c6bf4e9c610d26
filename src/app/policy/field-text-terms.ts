// The form's words for the terms of policy version 2: billing cycles, intervals and
// error rates, caps on exclusions, the new credit shapes and their limits, conditions,
// remedies, claim windows, rolling termination, plans and scopes. Each example is quoted
// from a published SLA the app's example policies cite, or one of the seed contracts.
// A list's item ("scopes[]") has a label with {n}, its number.
import type { FieldEntry } from './field-text';

export const TERM_TEXT: Record<string, FieldEntry> = {
  periodStart: {
    en: {
      label: 'When does each period start?',
      help: 'For billing cycles and fiscal years. Not added: on the 1st of each calendar month (1 January for quarters and years).',
    },
    ar: {
      label: 'متى تبدأ كل فترة؟',
      help: 'لدورات الفوترة والسنوات المالية. إن لم يُضف: في أول كل شهر ميلادي (1 يناير للأرباع والسنوات).',
    },
    example: '"a Slack fiscal quarter (i.e., February 1 through April …" (Slack’s earlier SLA)',
  },
  'periodStart.day': {
    en: { label: 'On day of the month (1–28)', help: 'A billing cycle from the 15th: 15.' },
    ar: { label: 'في اليوم من الشهر (1–28)', help: 'دورة فوترة تبدأ في اليوم 15: اكتب 15.' },
  },
  'periodStart.month': {
    en: {
      label: 'In the month',
      help: 'For quarters and years: the month the first quarter or the fiscal year starts.',
    },
    ar: { label: 'في الشهر', help: 'للأرباع والسنوات: الشهر الذي يبدأ فيه الربع الأول أو السنة المالية.' },
  },
  measurement: {
    en: {
      label: 'Is uptime measured in intervals, by an error rate, or over several monitors?',
      help: 'Replaces the two minute rules above when the contract measures intervals of several minutes, a share of failed requests, or “k of n” monitors.',
    },
    ar: {
      label: 'هل تُقاس الإتاحة بفترات، أو بنسبة أخطاء، أو على عدة مراقِبات؟',
      help: 'يحلّ محل قاعدتي الدقيقة أعلاه إذا قاس العقد فترات من عدة دقائق، أو نسبة الطلبات الفاشلة، أو «k من n» مراقِبات.',
    },
    example:
      '"the percentage of 5-minute intervals during the monthly billing cycle in which the service was unavailable" (DigitalOcean CPU Droplet SLA)',
  },
  'measurement.intervalMinutes': {
    en: {
      label: 'Length of an interval',
      help: 'Intervals start on the hour; an interval judged down makes all its minutes down.',
    },
    ar: { label: 'طول الفترة', help: 'تبدأ الفترات مع بداية الساعة؛ والفترة المعطّلة تجعل كل دقائقها معطّلة.' },
    example:
      '"the average of the Error Rates from each five-minute period in the monthly billing cycle" (Wasabi Hot Cloud Storage SLA)',
  },
  'measurement.rule': {
    en: { label: 'When is an interval down?', help: 'Judged on all the checks or requests inside it.' },
    ar: { label: 'متى تُعدّ الفترة معطّلة؟', help: 'يُحكم عليها بكل الفحوص أو الطلبات التي فيها.' },
    example: '"All the requests to a resource fail" (DigitalOcean CPU Droplet SLA)',
  },
  'measurement.errorRatePercent': {
    en: {
      label: 'Down when more than this share fails (%)',
      help: 'Exactly this share is not down; anything above it is.',
    },
    ar: { label: 'معطّلة إذا فشلت نسبة أكبر من (٪)', help: 'النسبة نفسها تمامًا ليست تعطلًا؛ وما فوقها تعطل.' },
    example: '"“Downtime” means more than a ten percent Error Rate." (Google Cloud Functions SLA)',
  },
  'measurement.minChecks': {
    en: {
      label: 'Only with at least this many checks or requests',
      help: 'An interval with fewer is never down. Not set: no minimum.',
    },
    ar: {
      label: 'فقط إذا بلغت الفحوص أو الطلبات هذا العدد على الأقل',
      help: 'الفترة التي فيها أقل من ذلك لا تُعدّ معطّلة أبدًا. إن لم يُحدَّد: لا حد أدنى.',
    },
    example:
      '"subject to a minimum of 100 attempted executions in the measurement period" (Google Cloud Functions SLA)',
  },
  'measurement.monitorsDown': {
    en: {
      label: 'The service is down when at least this many monitors are down',
      help: '“k of n”: replaces the several-monitors rule above. Not set: that rule applies.',
    },
    ar: {
      label: 'تُعدّ الخدمة معطّلة إذا تعطل هذا العدد من المراقِبات على الأقل',
      help: '«k من n»: يحلّ محل قاعدة المراقِبات المتعددة أعلاه. إن لم يُحدَّد: تنطبق تلك القاعدة.',
    },
    example:
      '"“Region Unavailable” … means that more than one Availability Zone in which you are running an instance, within the same Region, is “Unavailable” to you" (Amazon EC2 SLA) → 2',
  },
  'exclusions.caps': {
    en: {
      label: 'Limits on excluded time',
      help: 'Beyond a limit, excluded time counts again; the earliest time keeps its exclusion.',
    },
    ar: { label: 'حدود للوقت المستثنى', help: 'ما زاد على الحد يُحتسب من جديد؛ ويبقى الأقدم مستثنى.' },
    example: '"In a year, scheduled downtime won’t exceed 10 hours." (Slack SLA, effective 14 June 2024)',
  },
  'exclusions.caps[]': { en: { label: 'Limit {n}' }, ar: { label: 'الحد {n}' } },
  'exclusions.caps[].kinds': {
    en: { label: 'Applies to', help: 'The causes limited together.' },
    ar: { label: 'ينطبق على', help: 'الأسباب التي تُحدّ معًا.' },
  },
  'exclusions.caps[].hours': {
    en: { label: 'At most this many hours' },
    ar: { label: 'بحد أقصى هذا العدد من الساعات' },
  },
  'exclusions.caps[].per': { en: { label: 'Counted' }, ar: { label: 'يُحسب' } },
  'credit.multiple': {
    en: {
      label: 'Times the price of the lost time',
      help: '1 is the lost time at its price; 10 is ten times it.',
    },
    ar: { label: 'مضاعفات ثمن الوقت الضائع', help: '1 هو الوقت الضائع بثمنه؛ و10 عشرة أضعافه.' },
    example:
      '"a credit … equal to 10 times the amount that the workspace … paid during the period Slack was down" (Slack SLA, effective 14 June 2024)',
  },
  'credit.hourlyRate': {
    en: { label: 'Price of an hour down', help: 'Not set: the period’s fee spread over its minutes.' },
    ar: { label: 'ثمن ساعة التعطل', help: 'إن لم يُحدَّد: رسوم الفترة موزّعة على دقائقها.' },
    example: '"100% of lost time at the hourly rate incurred" (DigitalOcean CPU Droplet SLA)',
  },
  'credit.whenMissed': {
    en: {
      label: 'Only when the period missed its promise',
      help: 'Not ticked: every lost minute earns a credit, promise met or not.',
    },
    ar: {
      label: 'فقط إذا لم تفِ الفترة بالوعد',
      help: 'إن لم يُحدَّد: كل دقيقة ضائعة تستحق تعويضًا، وُفي بالوعد أم لا.',
    },
  },
  'credit.capPercent@lostTime': {
    en: { label: 'Never more than (% of the fee)', help: 'Not set: the contract names no cap.' },
    ar: { label: 'بحد أقصى (٪ من الرسوم)', help: 'إن لم يُحدَّد: لا يذكر العقد حدًّا أقصى.' },
  },
  'credit.capPerOutagePercent': {
    en: {
      label: 'Each outage never more than (% of the fee)',
      help: 'Each outage’s credit is capped on its own before they add up. Not set: no such cap.',
    },
    ar: {
      label: 'كل انقطاع بحد أقصى (٪ من الرسوم)',
      help: 'يُحدّ تعويض كل انقطاع وحده قبل جمعها. إن لم يُحدَّد: لا حد كهذا.',
    },
    example: '"The maximum amount of compensation for an individual interruption is 100%" (UpCloud)',
  },
  'credit.beyondAllowance': {
    en: {
      label: 'Only the downtime beyond what the promise allows',
      help: 'Ticked: only the minutes lost beyond the period’s allowance (its measured minutes × (100 − the promise) %) count. Needs “Only when the period missed its promise”.',
    },
    ar: {
      label: 'فقط التعطل الزائد على ما يسمح به الوعد',
      help: 'إن حُدِّد: لا تُحتسب إلا الدقائق الضائعة الزائدة على ما تسمح به الفترة (دقائقها المقيسة × (100 − الوعد) ٪). يتطلب «فقط إذا لم تفِ الفترة بالوعد».',
    },
    example: '"one day of service for every 15 minutes of downtime beyond the 0.1% threshold" (Virteche SLA)',
  },
  'credit.unit': { en: { label: 'Each outage gives' }, ar: { label: 'كل انقطاع يمنح' } },
  'credit.value': {
    en: { label: 'How much for each outage', help: 'In the unit chosen above.' },
    ar: { label: 'كم عن كل انقطاع', help: 'بالوحدة المختارة أعلاه.' },
  },
  'credit.cap': {
    en: { label: 'Never more than, in a period (same unit)', help: 'Not set: no cap.' },
    ar: { label: 'بحد أقصى في الفترة (بالوحدة نفسها)', help: 'إن لم يُحدَّد: لا حد أقصى.' },
  },
  'credit.days': { en: { label: 'Days of free service' }, ar: { label: 'أيام الخدمة المجانية' } },
  'credit.perMinutes': {
    en: { label: 'For each block of lost minutes', help: '“For each hour of downtime”: 60.' },
    ar: { label: 'عن كل مدة من الدقائق الضائعة', help: '«عن كل ساعة تعطل»: 60.' },
  },
  'credit.perMinutes@lostTime': {
    en: {
      label: 'Priced in blocks of (minutes)',
      help: 'The minutes lost are rounded to whole blocks before they are priced, on the period’s minutes together. Needs “A part of a block counts as”; not with a cap on each outage.',
    },
    ar: {
      label: 'يُسعَّر بمدد من (دقائق)',
      help: 'تُقرَّب الدقائق الضائعة إلى مدد كاملة قبل تسعيرها، على دقائق الفترة كلها معًا. يتطلب «جزء المدة يُحتسب»؛ ولا يجتمع مع حد أقصى لكل انقطاع.',
    },
    example: '"prorated monthly Fees for each full or partial hour of downtime" (Rackspace)',
  },
  'credit.rounding@lostTime': {
    en: { label: 'A part of a block counts as' },
    ar: { label: 'جزء المدة يُحتسب' },
  },
  'credit.rounding@serviceDays': {
    en: { label: 'A part of a block counts as' },
    ar: { label: 'جزء المدة يُحتسب' },
  },
  'credit.rounding@perBlock': {
    en: { label: 'A part of a block counts as' },
    ar: { label: 'جزء المدة يُحتسب' },
  },
  'credit.percent': {
    en: { label: 'Percent of the fee for each block', help: '“5% of the fees … for every half hour”: 5.' },
    ar: { label: 'نسبة الرسوم عن كل مدة', help: '«5% من الرسوم … عن كل نصف ساعة»: 5.' },
  },
  'credit.levels[].excludedKinds': {
    en: {
      label: 'Causes that never count towards these incidents',
      help: 'Whatever notice was given.',
    },
    ar: { label: 'أسباب لا تُحتسب أبدًا ضمن هذه الحوادث', help: 'أيًّا كان الإشعار المقدَّم.' },
    example: '"but excluding … any Force Majeure event … and (iv) Planned Downtime" (Kipu, Level 0)',
  },
  creditLimits: {
    en: { label: 'Limits on the money a credit comes to', help: 'Whatever the kind of credit.' },
    ar: { label: 'حدود لمبلغ التعويض', help: 'أيًّا كان نوع التعويض.' },
  },
  'creditLimits.minimumAmount': {
    en: { label: 'A credit below this amount is not owed', help: 'Not set: any amount is owed.' },
    ar: { label: 'لا يُستحق تعويض يقل عن هذا المبلغ', help: 'إن لم يُحدَّد: يُستحق أي مبلغ.' },
    example:
      '"issued only if the credit amount for the applicable monthly billing cycle is greater than one dollar ($1 USD)" (Wasabi Hot Cloud Storage SLA) → 1.01',
  },
  'creditLimits.perPeriodAmount': {
    en: { label: 'At most this amount in a period', help: 'Not set: no limit.' },
    ar: { label: 'بحد أقصى هذا المبلغ في الفترة', help: 'إن لم يُحدَّد: بلا حد.' },
  },
  'creditLimits.perYearAmount': {
    en: {
      label: 'At most this amount in a contract year',
      help: 'Earlier periods’ credits stand; a later one gets what is left. Not set: no limit.',
    },
    ar: {
      label: 'بحد أقصى هذا المبلغ في سنة العقد',
      help: 'تبقى تعويضات الفترات الأسبق؛ وتنال اللاحقة ما تبقّى. إن لم يُحدَّد: بلا حد.',
    },
  },
  'creditLimits.perYearPercent': {
    en: { label: 'At most this share of the year’s fee (%)', help: 'Not set: no limit.' },
    ar: { label: 'بحد أقصى هذه النسبة من رسوم السنة (٪)', help: 'إن لم يُحدَّد: بلا حد.' },
  },
  remedies: {
    en: {
      label: 'What else the vendor owes when the promise is missed',
      help: 'Besides money: a report, a review, a plan. Listed for each missed period.',
    },
    ar: {
      label: 'ما يلتزم به المورّد أيضًا عند الإخلال بالوعد',
      help: 'إلى جانب المال: تقرير أو مراجعة أو خطة. تُذكر لكل فترة لم يُوفَ فيها بالوعد.',
    },
  },
  'remedies[]': { en: { label: 'Remedy {n}' }, ar: { label: 'الالتزام {n}' } },
  'remedies[].id': { en: { label: 'Short name' }, ar: { label: 'اسم قصير' } },
  'remedies[].description': {
    en: { label: 'The remedy, as the contract words it' },
    ar: { label: 'الالتزام كما يصوغه العقد' },
  },
  'eligibility.conditions': {
    en: {
      label: 'Conditions you must meet for a credit',
      help: 'Answer each one. An unanswered condition is shown, not assumed; “No” means no credit.',
    },
    ar: {
      label: 'شروط يجب أن تستوفيها لتحصل على التعويض',
      help: 'أجب عن كل شرط. الشرط الذي لم تُجب عنه يُعرض ولا يُفترض؛ و«لا» تعني لا تعويض.',
    },
    example:
      '"if Customer meets its obligations under this SLA, Customer will be eligible to receive the Financial Credits" (Google Cloud Functions SLA)',
  },
  'eligibility.conditions[]': { en: { label: 'Condition {n}' }, ar: { label: 'الشرط {n}' } },
  'eligibility.conditions[].id': { en: { label: 'Short name' }, ar: { label: 'اسم قصير' } },
  'eligibility.conditions[].text': {
    en: { label: 'The condition, as the contract words it' },
    ar: { label: 'الشرط كما يصوغه العقد' },
  },
  'eligibility.conditions[].answer': { en: { label: 'Do you meet it?' }, ar: { label: 'هل تستوفيه؟' } },
  'claim.days@daysAfterIncident': {
    en: { label: 'Days after the incident' },
    ar: { label: 'أيام بعد الحادث' },
  },
  'claim.months': {
    en: { label: 'Months after the period ends' },
    ar: { label: 'أشهر بعد نهاية الفترة' },
    example:
      '"within three (3) months of the end of the billing cycle when the issue occurred" (DigitalOcean CPU Droplet SLA)',
  },
  'claim.periods': {
    en: {
      label: 'By the end of which period after it',
      help: '2: by the end of the second period (billing cycle) after the one with the credit.',
    },
    ar: {
      label: 'قبل نهاية أي فترة بعدها',
      help: '2: قبل نهاية الفترة (دورة الفوترة) الثانية بعد الفترة المستحق عنها التعويض.',
    },
    example:
      '"by the end of the second billing cycle after which the incident occurred" (Amazon EC2 SLA; Wasabi Hot Cloud Storage SLA)',
  },
  'termination[].missed': {
    en: { label: 'Periods below the promise' },
    ar: { label: 'فترات دون الوعد' },
  },
  'termination[].months': {
    en: { label: 'Within any span of this many months' },
    ar: { label: 'خلال أي مدة من هذا العدد من الأشهر' },
  },
  'termination[].noticeWithinDays@missedWithinMonths': {
    en: { label: 'Tell the vendor within days after the last of them' },
    ar: { label: 'أبلغ المورّد خلال أيام بعد آخرها' },
  },
  'termination[].periods@averageBelow': {
    en: { label: 'Periods in a row whose uptime is averaged' },
    ar: { label: 'فترات متتالية يؤخذ متوسط إتاحتها' },
    example:
      '"If the Uptime SLA Percentage falls below 97% on a rolling three (3) months average" (Espressive SLA) → 3',
  },
  'termination[].belowPercent': {
    en: {
      label: 'Average uptime below (%)',
      help: 'The plain mean of the periods’ uptime; an average of exactly this much gives no right.',
    },
    ar: {
      label: 'متوسط إتاحة أقل من (٪)',
      help: 'المتوسط البسيط لإتاحة الفترات؛ والمتوسط المساوي لهذا الحد تمامًا لا يمنح حقًا.',
    },
  },
  'termination[].noticeWithinDays@averageBelow': {
    en: { label: 'Tell the vendor within days after the last of them' },
    ar: { label: 'أبلغ المورّد خلال أيام بعد آخرها' },
    example:
      '"provided that such notice is given within sixty (60) days of the Service Level Termination Event" → 60',
  },
  'responseTargets[].calendar': {
    en: {
      label: 'This severity’s own hours',
      help: 'Replaces the working hours above for this severity, e.g. around the clock.',
    },
    ar: {
      label: 'ساعات خاصة بدرجة الخطورة هذه',
      help: 'تحلّ محل ساعات العمل أعلاه لهذه الدرجة، مثل: على مدار الساعة.',
    },
    example: 'P1 "Target first response: 1 hour, 24×7"; P2 "4 Business Hours" (Clarus LIS §6)',
  },
  plan: {
    en: {
      label: 'Which plan is this contract on?',
      help: 'Its row of the plan table replaces the terms it names. None: the policy’s own terms.',
    },
    ar: {
      label: 'على أي خطة هذا العقد؟',
      help: 'يحلّ سطرها في جدول الخطط محل الشروط التي يذكرها. لا شيء: شروط السياسة نفسها.',
    },
  },
  plans: {
    en: {
      label: 'Plans and their terms',
      help: 'Where the contract has a column per plan: each plan’s uptime, credit, claim, hours and response times.',
    },
    ar: {
      label: 'الخطط وشروطها',
      help: 'إذا كان للعقد عمود لكل خطة: نسبة الإتاحة والتعويض والمطالبة والساعات وأوقات الاستجابة لكل خطة.',
    },
    example:
      '"Slack provides a 99.99% Uptime commitment for customers on the Business+ plan and above" (Slack SLA, effective 15 August 2019)',
  },
  'plans[]': { en: { label: 'Plan {n}' }, ar: { label: 'الخطة {n}' } },
  'plans[].id': { en: { label: 'Short name' }, ar: { label: 'اسم قصير' } },
  'plans[].name': {
    en: { label: 'Name, as the contract writes it' },
    ar: { label: 'الاسم كما يكتبه العقد' },
  },
  'plans[].target': {
    en: { label: 'Promised uptime on this plan (%)' },
    ar: { label: 'نسبة الإتاحة الموعودة في هذه الخطة (٪)' },
  },
  'plans[].credit': { en: { label: 'Credit on this plan' }, ar: { label: 'التعويض في هذه الخطة' } },
  'plans[].claim': {
    en: { label: 'How to claim on this plan' },
    ar: { label: 'كيفية المطالبة في هذه الخطة' },
  },
  'plans[].calendar': {
    en: { label: 'Working hours on this plan' },
    ar: { label: 'ساعات العمل في هذه الخطة' },
  },
  'plans[].responseTargets': {
    en: { label: 'Support response times on this plan' },
    ar: { label: 'أوقات استجابة الدعم في هذه الخطة' },
  },
  scopes: {
    en: {
      label: 'Parts of the service measured on their own',
      help: 'A region, feature or product with its own uptime and credit, on its own fee. The whole service is still measured as well.',
    },
    ar: {
      label: 'أجزاء من الخدمة تُقاس كلٌّ على حدة',
      help: 'منطقة أو ميزة أو منتج له نسبة إتاحة وتعويض خاصان، على رسومه الخاصة. وتبقى الخدمة كلها مقيسة أيضًا.',
    },
    example:
      '"“Covered Service” means an individual Cloud Function within a project and in the “active” state." (Google Cloud Functions SLA)',
  },
  'scopes[]': { en: { label: 'Part {n}' }, ar: { label: 'الجزء {n}' } },
  'scopes[].id': { en: { label: 'Short name' }, ar: { label: 'اسم قصير' } },
  'scopes[].name': {
    en: { label: 'Name, as the contract writes it' },
    ar: { label: 'الاسم كما يكتبه العقد' },
  },
  'scopes[].monitors': {
    en: {
      label: 'Its monitors',
      help: 'Monitor names, separated by commas; a name ending in * takes every monitor starting so (eu-*).',
    },
    ar: {
      label: 'مراقِباته',
      help: 'أسماء المراقِبات مفصولة بفواصل؛ والاسم المنتهي بـ * يشمل كل مراقِب يبدأ به (eu-*).',
    },
  },
  'scopes[].target': {
    en: { label: 'Its own promised uptime (%)' },
    ar: { label: 'نسبة الإتاحة الموعودة الخاصة به (٪)' },
  },
  'scopes[].period': { en: { label: 'Its own period' }, ar: { label: 'فترته الخاصة' } },
  'scopes[].credit': { en: { label: 'Its own credit' }, ar: { label: 'تعويضه الخاص' } },
  'scopes[].fee': {
    en: { label: 'Its own fee' },
    ar: { label: 'رسومه الخاصة' },
    example:
      '"the charges paid by you for the CPU Droplet(s) that did not meet the Monthly Uptime Percentage commitment" (DigitalOcean CPU Droplet SLA)',
  },
};

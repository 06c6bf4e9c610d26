// The `sla` command's arguments (SPEC §7).
import { isRole, ROLE_NAMES } from '../ingest/columns';
import { namesOf, OBLIGATION_COLUMNS, RECORD_COLUMNS, TICKET_COLUMNS } from '../ingest/record-columns';

/** A tickets file's and an obligation log's columns, which `--map` names too. */
const RECORD_ROLES = new Set([...namesOf(TICKET_COLUMNS), ...namesOf(OBLIGATION_COLUMNS)]);

/**
 * The `--map` pairs a kind of file reads: one `--map` list serves every file given, each
 * taking the roles it has (a file of checks `time`, a tickets file `opened_at`).
 */
export function mapFor(
  map: Readonly<Record<string, string>>,
  kind: 'checks' | 'tickets' | 'obligations',
): Record<string, string> {
  const roles = kind === 'checks' ? null : namesOf(RECORD_COLUMNS[kind]);
  const reads = (role: string) => (roles === null ? isRole(role) : roles.includes(role));
  return Object.fromEntries(Object.entries(map).filter(([role]) => reads(role)));
}

export interface CliArgs {
  policy: string;
  /** `auto`: a plain file argument, its kind and layout detected from its first bytes. */
  files: {
    kind: 'auto' | 'probes' | 'states' | 'events' | 'exclusions' | 'tickets' | 'obligations';
    path: string;
  }[];
  holidays: string | null;
  tz: string | null;
  sourceTz: string | null;
  fee: number | null;
  currency: string | null;
  tier: string | null;
  effective: string | null;
  asOf: string | null;
  format: 'json' | 'csv' | 'text' | 'ics';
  map: Record<string, string>;
  where: { column: string; values: string[] }[];
  whereNot: { column: string; values: string[] }[];
  help: boolean;
  /** `--version` or `-V`: print the package's name and version, and nothing else. */
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `usage: sla --policy <preset-id|policy.json> [FILE ...] [--probes a.csv ...]
           [--states s.csv] [--events e.csv] [--exclusions x.csv] [--tickets t.csv]
           [--obligations o.csv] [--holidays h.csv|h.ics] [--tz Zone] [--fee N --currency C]
           [--tier NAME] [--effective YYYY-MM-DD] [--as-of YYYY-MM-DD] [--format json|csv|text|ics]
           [--map role=column ...] [--where column=v1,v2] [--where-not column=v1,v2] [--source-tz Zone]
       sla --version | --help
presets: medos, clarus-lis, elevatefinance, kipu, patientiq
A plain FILE (CSV or JSON) is recognised from its first bytes; --probes, --states and
--events give the kind instead.`;

const FILE_FLAGS = ['probes', 'states', 'events', 'exclusions', 'tickets', 'obligations'] as const;

function pair(flag: string, value: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0 || eq === value.length - 1) throw new UsageError(`${flag} ${value}: expected name=value`);
  return [value.slice(0, eq).trim(), value.slice(eq + 1).trim()];
}

const SINGLE_VALUED = new Set([
  'policy',
  'holidays',
  'tz',
  'source-tz',
  'fee',
  'currency',
  'tier',
  'effective',
  'as-of',
  'format',
]);

export function parseArgs(argv: readonly string[]): CliArgs {
  const a: CliArgs = {
    policy: '',
    files: [],
    holidays: null,
    tz: null,
    sourceTz: null,
    fee: null,
    currency: null,
    tier: null,
    effective: null,
    asOf: null,
    format: 'json',
    map: {},
    where: [],
    whereNot: [],
    help: false,
    version: false,
  };
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === '-h' || raw === '--help') {
      a.help = true;
      continue;
    }
    if (raw === '-V' || raw === '--version') {
      a.version = true;
      continue;
    }
    if (!raw.startsWith('--')) {
      if (raw.startsWith('-') && raw !== '-') throw new UsageError(`unknown option ${raw}`);
      a.files.push({ kind: 'auto', path: raw });
      continue;
    }
    let flag = raw.slice(2);
    let value: string | undefined;
    const eq = flag.indexOf('=');
    if (eq > 0 && !['map', 'where', 'where-not'].includes(flag.slice(0, eq))) {
      value = flag.slice(eq + 1);
      flag = flag.slice(0, eq);
    }
    const next = () => {
      if (value !== undefined) return value;
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`--${flag} needs a value`);
      return v;
    };
    if ((FILE_FLAGS as readonly string[]).includes(flag)) {
      a.files.push({ kind: flag as CliArgs['files'][number]['kind'], path: next() });
      continue;
    }
    // An option of one value given twice would have the first silently overridden (two
    // holiday lists, two report dates): it is a usage error instead.
    if (SINGLE_VALUED.has(flag)) {
      if (given.has(flag)) throw new UsageError(`--${flag} is given twice; it takes one value`);
      given.add(flag);
    }
    switch (flag) {
      case 'policy':
        a.policy = next();
        break;
      case 'holidays':
        a.holidays = next();
        break;
      case 'tz':
        a.tz = next();
        break;
      case 'source-tz':
        a.sourceTz = next();
        break;
      case 'fee': {
        const v = next();
        // Decimal only: Number() also reads "0x10" as 16 and "1e3" as 1000.
        const n = /^\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
        if (!Number.isFinite(n))
          throw new UsageError(`--fee ${v}: expected a number from 0, such as 1200 or 99.50`);
        a.fee = n;
        break;
      }
      case 'currency':
        a.currency = next().toUpperCase();
        break;
      case 'tier':
        a.tier = next();
        break;
      case 'effective':
        a.effective = next();
        break;
      case 'as-of':
        a.asOf = next();
        break;
      case 'format': {
        const v = next();
        if (v !== 'json' && v !== 'csv' && v !== 'text' && v !== 'ics')
          throw new UsageError(`--format ${v}: expected json, csv, text or ics`);
        a.format = v;
        break;
      }
      case 'map': {
        const [role, column] = pair('--map', next());
        // A role is known before any file is read: a wrong one is a usage error, not the file's.
        if (!isRole(role) && !RECORD_ROLES.has(role))
          throw new UsageError(
            `--map ${role}=${column}: unknown role "${role}" (roles: ${ROLE_NAMES}; a tickets file's: ${namesOf(TICKET_COLUMNS).join(', ')}; an obligation log's: ${namesOf(OBLIGATION_COLUMNS).join(', ')})`,
          );
        a.map[role] = column;
        break;
      }
      case 'where':
      case 'where-not': {
        const [column, values] = pair(`--${flag}`, next());
        (flag === 'where' ? a.where : a.whereNot).push({ column, values: values.split(',') });
        break;
      }
      default:
        throw new UsageError(`unknown option --${flag}`);
    }
  }
  if (!a.help && !a.version) {
    if (!a.policy) throw new UsageError('--policy is required');
    if (a.files.length === 0)
      throw new UsageError(
        'give at least one input file (a plain FILE, or --probes, --states, --events, --tickets, --obligations)',
      );
  }
  return a;
}

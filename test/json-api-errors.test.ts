// What `curl` saves when an API call fails: the API's error body, given in place of an
// export. It is refused as the failed call it is, by the first look (the app's and the
// command line's), naming the API and the error's kind only where that is a fixed word,
// never the message, which may repeat the key that was sent.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { sniffFile } from '../src/ingest/sniff';
import { scratchFiles } from './support/scratch';

const { file } = scratchFiles('sla-api-errors-');
const run = (argv: string[]) =>
  runSla(parseArgs(['--policy', 'clarus-lis', '--as-of', '2026-11-21', ...argv]), new Date());
const SECRET = 'u1234567-9f8e7d6c5b4a3f2e1d0c';

const UPTIMEROBOT =
  'an error response from the UptimeRobot API (stat fail, error type invalid_parameter), not monitor logs: ' +
  'the call failed and nothing was imported; its message is in the file (it may repeat the API key: do not ' +
  'share it); correct the call and save getMonitors again';
const generic = (keys: string) =>
  `an error response from an API (${keys}), not records: the call failed and nothing was imported; its ` +
  'message is in the file; correct the call (its address, token or time range) and save the answer again';

const CASES: [string, string, string][] = [
  [
    // POST /v2/getMonitors with a wrong api_key: passed_value repeats it.
    'uptimerobot.json',
    `{"stat":"fail","error":{"type":"invalid_parameter","parameter_name":"api_key","passed_value":"${SECRET}","message":"api_key is invalid."}}`,
    UPTIMEROBOT,
  ],
  [
    'uptimerobot-other.json',
    `{"stat":"fail","error":{"type":"${SECRET}","message":"${SECRET}"}}`,
    UPTIMEROBOT.replace(', error type invalid_parameter', ''),
  ],
  ['datadog.json', `{"errors":["Forbidden: ${SECRET}"]}`, generic('`errors`')],
  ['betterstack.json', `{"errors":"Invalid Team API Token ${SECRET}"}`, generic('`errors`')],
  [
    'checkly.json',
    `{"statusCode":401,"error":"Unauthorized","message":"${SECRET}"}`,
    generic('`statusCode`, `error`, `message`, HTTP 401'),
  ],
  [
    'pingdom.json',
    `{"error":{"statuscode":403,"statusdesc":"Forbidden","errormessage":"${SECRET}"}}`,
    generic('`error`, HTTP 403'),
  ],
  ['statuspage.json', `{"error":"${SECRET}"}`, generic('`error`')],
  [
    'issues.json',
    `{"message":"Bad credentials ${SECRET}","documentation_url":"https://docs.github.com/rest","status":"401"}`,
    'an error response from the GitHub API (`message`, `documentation_url`, HTTP 401), not issues: the call ' +
      "failed and nothing was imported; its message is in the file; check the repository's name and " +
      '`gh auth status`, and save gh issue list again',
  ],
];

describe('an API error body saved in place of an export', () => {
  it.each(CASES)(
    '%s is refused as a failed call, by the app and the command line',
    async (name, text, problem) => {
      const sniff = await sniffFile(new File([text], name));
      expect([sniff.problem, sniff.problemText]).toEqual(['json-unknown', problem]);
      const path = file(name, text);
      await expect(run([path])).rejects.toThrow(`${path}: ${problem}`);
      expect(problem).not.toContain(SECRET);
    },
  );

  it('is told apart behind a byte order mark, UTF-8 or UTF-16', async () => {
    const text = CASES[0]![1];
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    for (const bytes of [new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), utf16]) {
      const sniff = await sniffFile(new File([bytes], 'uptimerobot.json'));
      expect(sniff.problemText).toBe(UPTIMEROBOT);
    }
  });

  it('a document with keys besides an envelope’s is not called an error', async () => {
    const sniff = await sniffFile(new File([`{"error":null,"items":[{"v":"${SECRET}"}]}`], 'x.json'));
    expect(sniff.problemText).toMatch(/^JSON with top-level keys `error`, `items`: not a layout/);
    const ok = await sniffFile(new File(['{"status":"ok","message":"hello"}'], 'y.json'));
    expect(ok.problemText).toMatch(/^JSON with top-level keys `status`, `message`: not a layout/);
  });
});

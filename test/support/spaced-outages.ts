// A check log with as many outages as a list test needs: one monitor checked every minute
// from 1 June 2026 00:00 UTC, failing at half past each hour, so each hour holds one
// outage of one minute.
export function spacedProbesCsv(outages: number): string {
  const start = Date.UTC(2026, 5, 1);
  const lines = ['time,monitor,status'];
  for (let m = 0; m < outages * 60; m++)
    lines.push(`${new Date(start + m * 60_000).toISOString()},api,${m % 60 === 30 ? 503 : 200}`);
  return `${lines.join('\n')}\n`;
}

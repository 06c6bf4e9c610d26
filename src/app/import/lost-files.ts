// Files waiting in the import queue live only in this page: a reload drops them. Their
// names are kept in the tab's session storage while they wait, so that after a reload
// the contract can say which files were not imported instead of silently forgetting them;
// what was lost is then kept in local storage until the user dismisses the note or imports
// the file, so a second reload or a new tab does not forget it either.
import { createEffect, createRoot, createSignal } from 'solid-js';
import { jobs } from './queue';

const KEY = 'sla-witness:waiting-files';
const LOST_KEY = 'sla-witness:lost-files';
/** Statuses of a file that was added but is not stored yet. */
const WAITING = new Set(['sniffing', 'review', 'queued', 'running', 'duplicate']);

interface LostFiles {
  contractId: number;
  names: string[];
}

function storage(kind: 'sessionStorage' | 'localStorage' = 'sessionStorage'): Storage | null {
  try {
    return globalThis[kind] ?? null;
  } catch {
    return null;
  }
}

type LostFile = { contractId: number; name: string };

function readFiles(store: Storage | null, key: string): LostFile[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(key) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((item): item is LostFile => {
      const { contractId, name } = (item ?? {}) as { contractId?: unknown; name?: unknown };
      return typeof contractId === 'number' && typeof name === 'string';
    });
  } catch {
    return [];
  }
}

function grouped(files: readonly LostFile[]): LostFiles[] {
  const byContract = new Map<number, string[]>();
  for (const { contractId, name } of files) {
    const names = byContract.get(contractId) ?? [];
    if (!names.includes(name)) byContract.set(contractId, [...names, name]);
  }
  return [...byContract].map(([contractId, names]) => ({ contractId, names }));
}

function keepLost(list: readonly LostFiles[]): void {
  const files = list.flatMap((l) => l.names.map((name) => ({ contractId: l.contractId, name })));
  try {
    if (files.length) storage('localStorage')?.setItem(LOST_KEY, JSON.stringify(files));
    else storage('localStorage')?.removeItem(LOST_KEY);
  } catch {
    // Without local storage the note lasts this page only.
  }
}

// Read before the queue below (empty after a reload) writes over it.
const [lost, setLostSignal] = createSignal<LostFiles[]>(
  grouped([...readFiles(storage('localStorage'), LOST_KEY), ...readFiles(storage(), KEY)]),
);
const setLost = (change: (list: LostFiles[]) => LostFiles[]) => keepLost(setLostSignal(change));
keepLost(lost());

createRoot(() => {
  // A lost file imported again is no longer lost.
  createEffect(() => {
    const stored = jobs.filter((j) => j.status === 'imported');
    if (!stored.length) return;
    setLost((list) =>
      list
        .map((l) => ({
          ...l,
          names: l.names.filter(
            (n) => !stored.some((j) => j.contractId === l.contractId && j.file.name === n),
          ),
        }))
        .filter((l) => l.names.length > 0),
    );
  });
  createEffect(() => {
    const waiting = jobs
      .filter((j) => WAITING.has(j.status))
      .map((j) => ({ contractId: j.contractId, name: j.file.name }));
    try {
      if (waiting.length > 0) storage()?.setItem(KEY, JSON.stringify(waiting));
      else storage()?.removeItem(KEY);
    } catch {
      // Without session storage a reload cannot be noticed; the import itself is unaffected.
    }
  });
});

/** The files of a contract that a reload dropped before they were stored. */
export const lostFilesOf = (contractId: number): string[] =>
  lost().find((l) => l.contractId === contractId)?.names ?? [];

export function forgetLostFiles(contractId: number): void {
  setLost((list) => list.filter((l) => l.contractId !== contractId));
}

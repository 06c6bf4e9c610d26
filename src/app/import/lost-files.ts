// Files waiting in the import queue live only in this page: a reload drops them. Their
// names are kept in the tab's session storage while they wait, so that after a reload
// the contract can say which files were not imported instead of silently forgetting them.
import { createEffect, createRoot, createSignal } from 'solid-js';
import { jobs } from './queue';

const KEY = 'sla-witness:waiting-files';
/** Statuses of a file that was added but is not stored yet. */
const WAITING = new Set(['sniffing', 'review', 'queued', 'running', 'duplicate']);

interface LostFiles {
  contractId: number;
  names: string[];
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function readLost(): LostFiles[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    const byContract = new Map<number, string[]>();
    for (const item of parsed) {
      const { contractId, name } = (item ?? {}) as { contractId?: unknown; name?: unknown };
      if (typeof contractId !== 'number' || typeof name !== 'string') continue;
      byContract.set(contractId, [...(byContract.get(contractId) ?? []), name]);
    }
    return [...byContract].map(([contractId, names]) => ({ contractId, names }));
  } catch {
    return [];
  }
}

// Read before the queue below (empty after a reload) writes over it.
const [lost, setLost] = createSignal<LostFiles[]>(readLost());

createRoot(() => {
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

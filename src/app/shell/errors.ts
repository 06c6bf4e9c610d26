// Errors outside any form (a failed delete, a storage failure) as a notice, with the
// storage module's plain message where there is one.
import { StorageError } from '../../storage';
import { showToast } from './toasts';

export function errorText(e: unknown): string {
  if (e instanceof StorageError) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

export function showError(e: unknown): void {
  showToast({ text: errorText(e) }, 15_000);
}

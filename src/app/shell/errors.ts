// Errors outside any form (a failed delete, a storage failure) as a notice, in the
// reader's language where the error says what went wrong as data.
import { StorageError } from '../../storage';
import { storageText } from './storage-text';
import { showToast } from './toasts';

export function errorText(e: unknown): string {
  if (e instanceof StorageError) return storageText(e.fault);
  if (e instanceof Error) return e.message;
  return String(e);
}

export function showError(e: unknown): void {
  showToast({ text: errorText(e) }, 15_000);
}

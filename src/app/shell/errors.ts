// Errors outside any form (a failed delete, a storage failure) as a notice, in the
// reader's language where the error says what went wrong as data.

import { PolicyError } from '../../engine/policy';
import { StorageError } from '../../storage';
import type { Params } from '../i18n';
import { policyProblemsLine } from '../policy/problems-line';
import { locale, t } from '../state/locale';
import { own } from './own';
import { storageText } from './storage-text';
import { showToast } from './toasts';
import { wordsOf } from './worded';

const ownParams = (params: Params = {}): Params =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? own(v) : v]));

export function errorText(e: unknown): string {
  if (e instanceof StorageError) return storageText(e.fault);
  if (e instanceof PolicyError) return policyProblemsLine(e.problems, locale());
  const words = wordsOf(e);
  if (words) return t(words.key, ownParams(words.params));
  if (e instanceof Error) return e.message;
  return String(e);
}

export function showError(e: unknown): void {
  showToast({ text: errorText(e) }, 15_000);
}

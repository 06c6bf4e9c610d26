// A failed job as one clear line: the file, the line and the reason for bad input; the
// storage module's message (e.g. "Storage is full") for storage failures.

import { t } from '../state/locale';
import type { JobFailure } from '../worker-bridge';

export function jobFailureText(f: JobFailure | { type: 'unexpected'; message: string }): string {
  switch (f.type) {
    case 'input':
      return f.line === null
        ? t('impErrInputFile', { file: f.file, reason: f.reason })
        : t('impErrInputLine', { file: f.file, line: f.line, reason: f.reason });
    case 'storage':
      return f.problem === 'quota' ? t('impErrQuota', { message: f.message }) : f.message;
    case 'policy':
      return t('impErrPolicy', { problems: f.problems.join('; ') });
    default:
      return f.message;
  }
}

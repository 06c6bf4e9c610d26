// A failed job as one clear line: the file, the line and the reason for bad input; the
// storage module's message (e.g. "Storage is full") for storage failures.

import type { EvalFailure } from '../state/evaluator';
import { t } from '../state/locale';

export function jobFailureText(f: EvalFailure): string {
  switch (f.type) {
    case 'tooLong':
      return t('evalTooLong', { seconds: f.seconds });
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

// A failed job as one clear line: the file, the line and the reason for bad input; the
// storage failure in the reader's language (e.g. "Storage is full").

import { policyProblemsLine } from '../policy/problems-line';
import { errorText } from '../shell/errors';
import { own, readerReason } from '../shell/own';
import { storageText } from '../shell/storage-text';
import type { EvalFailure } from '../state/evaluator';
import { locale, t } from '../state/locale';

export function jobFailureText(f: EvalFailure): string {
  switch (f.type) {
    case 'tooLong':
      return t('evalTooLong', { seconds: f.seconds });
    case 'input': {
      const [file, reason] = [own(f.file), readerReason(f.reason)];
      return f.line === null
        ? t('impErrInputFile', { file, reason })
        : t('impErrInputLine', { file, line: f.line, reason });
    }
    case 'storage':
      return storageText(f.fault);
    case 'policy':
      return t('impErrPolicy', { problems: policyProblemsLine(f.problems, locale()) });
    case 'unexpected':
      return errorText(f.error);
    default:
      return f.message;
  }
}

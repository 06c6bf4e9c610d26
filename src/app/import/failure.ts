// A failed job as one clear line: the file, the line and the reason for bad input; the
// storage failure in the reader's language (e.g. "Storage is full").

import { isolate } from '../format';
import { policyProblemsLine } from '../policy/problems-line';
import { errorText } from '../shell/errors';
import { storageText } from '../shell/storage-text';
import type { EvalFailure } from '../state/evaluator';
import { dir, locale, t } from '../state/locale';

export function jobFailureText(f: EvalFailure): string {
  switch (f.type) {
    case 'tooLong':
      return t('evalTooLong', { seconds: f.seconds });
    case 'input': {
      // The reader words its reasons in English: on a right-to-left page each is isolated,
      // so its punctuation and quoted names keep their order inside the Arabic sentence.
      const own = (text: string) => (dir() === 'rtl' ? isolate(text) : text);
      const [file, reason] = [own(f.file), own(f.reason)];
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

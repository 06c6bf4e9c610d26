// A failed job as one clear line: the file, the line and the reason for bad input; the
// storage module's message (e.g. "Storage is full") for storage failures.

import { isolate } from '../format';
import type { EvalFailure } from '../state/evaluator';
import { dir, t } from '../state/locale';

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
      return f.problem === 'quota' ? t('impErrQuota', { message: f.message }) : f.message;
    case 'policy':
      return t('impErrPolicy', { problems: f.problems.join('; ') });
    default:
      return f.message;
  }
}

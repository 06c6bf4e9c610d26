// A policy problem's reason as the page shows it: in the interface language, or as the
// schema wrote it, marked as English, where the language has no words for it here.
import { locale } from '../state/locale';
import { problemText } from './problem-text';

export function reasonOf(reason: string) {
  const r = problemText(reason, locale());
  return r.english ? (
    <span lang="en" dir="ltr">
      {r.text}
    </span>
  ) : (
    <span>{r.text}</span>
  );
}

// parsePolicy's problems as one line in the page's language, for the places outside the
// policy editor that show them (a broken policy link, a failed evaluation). The Arabic
// words (problem-text.ts) load only when a page in another language first shows such a
// line, and the line re-words itself once they are in.
import { createSignal } from 'solid-js';
import { languageOf } from '../i18n';

type Words = (problems: readonly string[], locale: string) => string;

const [words, setWords] = createSignal<Words | null>(null);
let loading = false;

export function policyProblemsLine(problems: readonly string[], locale: string): string {
  const loaded = words();
  if (loaded) return loaded(problems, locale);
  if (languageOf(locale) !== 'en' && !loading) {
    loading = true;
    void import('./problem-text').then((m) => setWords(() => m.problemsText));
  }
  return problems.join('; ');
}

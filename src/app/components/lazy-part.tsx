// A part of a tab whose code loads when it is first shown, waiting in a Suspense of its
// own: left to the tab's, its first load would swap the whole tab for its loading line,
// taking the reader's place on the page and the focus with it.
import { type Component, lazy, Suspense } from 'solid-js';

// biome-ignore lint/suspicious/noExplicitAny: a component of any props, as Solid's own lazy takes
export function lazyPart<T extends Component<any>>(load: () => Promise<T>): T {
  const Part = lazy(() => load().then((part) => ({ default: part })));
  return ((props) => (
    <Suspense>
      <Part {...props} />
    </Suspense>
  )) as T;
}

// A list drawn with Solid's For keeps a row while its item is the same object. Each new
// evaluation makes every item anew, so a row with a form in it (a time being typed) would
// be drawn afresh and lose it when a file's SHA-256 is recorded, though nothing it shows
// changed: an item equal to one of the last list is given back as that one.
import { type Accessor, createMemo } from 'solid-js';

export function sameItems<T>(list: Accessor<readonly T[]>): Accessor<readonly T[]> {
  let last = new Map<string, T>();
  return createMemo(() => {
    const kept = new Map<string, T>();
    const items = list().map((item) => {
      const text = JSON.stringify(item);
      const same = last.get(text) ?? kept.get(text) ?? item;
      kept.set(text, same);
      return same;
    });
    last = kept;
    return items;
  });
}

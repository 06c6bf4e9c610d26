// Drag-and-drop anywhere on a contract: files dropped on the page join its import queue.
import { createSignal, type JSX, Show } from 'solid-js';
import { t } from '../state/locale';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

export function DropZone(props: { onFiles: (files: File[]) => void; children: JSX.Element }) {
  const [over, setOver] = createSignal(false);
  let depth = 0;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for dragged files; the file picker is the keyboard path
    <div
      class="drop-zone"
      classList={{ over: over() }}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth++;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth = Math.max(0, depth - 1);
        if (depth === 0) setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth = 0;
        setOver(false);
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length) props.onFiles(files);
      }}
    >
      {props.children}
      <Show when={over()}>
        <div class="drop-overlay" aria-hidden="true">
          <p>{t('impDropHere')}</p>
        </div>
      </Show>
    </div>
  );
}

// Handing a bundle or a policy link to another app through the Web Share API where the
// device has it, else a download or the clipboard: nothing passes through any server.
import { downloadBlob } from '../components/download';

export type ShareOutcome = 'shared' | 'downloaded' | 'copied' | 'cancelled' | 'manual';

/** The parts of `navigator` this module uses, so tests can hand in their own. */
export interface ShareTarget {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: { writeText(text: string): Promise<void> };
}

const defaultTarget = (): ShareTarget => (globalThis.navigator ?? {}) as ShareTarget;

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/**
 * Shares a file with the system share sheet when the browser accepts that file type
 * (Chromium shares only some types; gzip is not among them), else downloads it.
 * 'cancelled' when the user closed the share sheet.
 */
export async function shareFile(
  blob: Blob,
  fileName: string,
  title: string,
  target: ShareTarget = defaultTarget(),
): Promise<ShareOutcome> {
  const file = new File([blob], fileName, { type: blob.type });
  const data: ShareData = { files: [file], title };
  if (target.share && target.canShare?.(data)) {
    try {
      await target.share(data);
      return 'shared';
    } catch (e) {
      if (isAbort(e)) return 'cancelled';
      // NotAllowedError (no user gesture) and the like: fall through to a download.
    }
  }
  downloadBlob(blob, fileName);
  return 'downloaded';
}

/**
 * Shares a link with the share sheet, else copies it to the clipboard; 'manual' when
 * neither works, and the caller shows the link for the user to copy.
 */
export async function shareLink(
  url: string,
  title: string,
  target: ShareTarget = defaultTarget(),
): Promise<ShareOutcome> {
  const data: ShareData = { url, title };
  if (target.share && (target.canShare?.(data) ?? true)) {
    try {
      await target.share(data);
      return 'shared';
    } catch (e) {
      if (isAbort(e)) return 'cancelled';
    }
  }
  if (target.clipboard) {
    try {
      await target.clipboard.writeText(url);
      return 'copied';
    } catch {
      // Clipboard refused (no focus or permission): the link is shown instead.
    }
  }
  return 'manual';
}

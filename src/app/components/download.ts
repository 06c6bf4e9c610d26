// Saves text made on this device as a file download (a Blob URL; nothing leaves the device).
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Saves a Blob as a download via a short-lived object URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe stem for a report's exports: preset and asOf date. */
export function exportStem(preset: string, asOf: string): string {
  return `sla-${preset.replace(/[^a-z0-9-]+/gi, '-')}-${asOf}`;
}

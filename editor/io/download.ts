// Downloads made in the browser: a card as JSON, a chart as SVG or PNG.

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

// Shared with the publishing code, which names release files the same way.
export { fileSlug } from '../../schema/file-slug';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

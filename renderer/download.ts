import type { z } from 'zod';
import type { exportedDocumentSchema } from '../core/document';

/**
 * Hands a file to the practitioner to save: a download in the browser, and
 * in the desktop app the save dialog main shows for a download.
 */
export function saveFile(fileName: string, contents: Blob) {
  const url = URL.createObjectURL(contents);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A document main built, as a Word file. */
export function saveDocument({ fileName, contentBase64 }: z.infer<typeof exportedDocumentSchema>) {
  const bytes = Uint8Array.from(atob(contentBase64), (char) => char.charCodeAt(0));
  saveFile(
    fileName,
    new Blob([bytes], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }),
  );
}

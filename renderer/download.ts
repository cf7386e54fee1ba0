import type { z } from 'zod';
import type { exportedDocumentSchema } from '../core/document';

/**
 * Hands a document main built to the practitioner to save: a download in the
 * browser, and in the desktop app the save dialog main shows for a download.
 */
export function saveDocument({ fileName, contentBase64 }: z.infer<typeof exportedDocumentSchema>) {
  const bytes = Uint8Array.from(atob(contentBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(
    new Blob([bytes], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

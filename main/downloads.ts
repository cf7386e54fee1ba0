import type { SaveDialogOptions } from 'electron';

const kinds: Record<string, { name: string; extensions: string[] }> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
};

/** The save dialog for a file the app hands over: a plan or notes as Word, a report table as CSV. */
export function saveDialogOptions(fileName: string): SaveDialogOptions {
  const kind = kinds[fileName.split('.').pop()!.toLowerCase()];
  return {
    title: kind?.extensions[0] === 'csv' ? 'Save the table' : 'Save the document',
    defaultPath: fileName,
    filters: kind ? [kind] : [],
  };
}

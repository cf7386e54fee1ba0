import { describe, expect, it } from 'vitest';
import { saveDialogOptions } from '../../../main/downloads';

describe('the save dialog for a file the app hands over', () => {
  it('offers a Word document as Word and a report table as CSV', () => {
    expect(saveDialogOptions('Plan - Sharon Pearce - v2.docx')).toEqual({
      title: 'Save the document',
      defaultPath: 'Plan - Sharon Pearce - v2.docx',
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    expect(saveDialogOptions('Workability MI - Hull JCP - attendance.csv')).toMatchObject({
      title: 'Save the table',
      filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }],
    });
  });
});

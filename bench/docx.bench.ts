import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { openStore } from '../db/store';
import { exportService } from '../main/services/export';
import { appOver } from '../tests/support/app';
import { largePlan } from '../tests/support/large-plan';
import { median, type Figures } from './figures';

const runs = 20;

/** A document of the plan's size built straight with docx: its paragraphs and its tables. */
async function sameSizeDirectly(paragraphs: number, tables: number, rowsEach: number) {
  const table = () =>
    new Table({
      rows: Array.from(
        { length: rowsEach },
        () =>
          new TableRow({
            children: Array.from(
              { length: 4 },
              () => new TableCell({ children: [new Paragraph('A step to take, by a date')] }),
            ),
          }),
      ),
    });
  const document = new Document({
    sections: [
      {
        children: [
          ...Array.from(
            { length: paragraphs },
            () => new Paragraph({ children: [new TextRun('What you can do now, in a sentence.')] }),
          ),
          ...Array.from({ length: tables }, table),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * Exporting a large plan (20 obstacles, 40 steps, 4 appointments of notes):
 * from the issued version in the store to the .docx bytes, as main does it,
 * against a document of the same size built directly by the docx library.
 */
export async function run(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'workability-bench-docx-'));
  const store = await openStore(dir, { key: Buffer.alloc(32, 7) });
  try {
    const app = appOver(store);
    const officeId = (await app.call('offices.list', {}))[0]!.id;
    await app.call('practitioner.save', { name: 'Bench EHP', role: 'ehp', officeId });
    const { caseId } = await largePlan(app, officeId);
    const { findings, document } = await app.call('plan.preview', { caseId });
    await app.call('plan.issue', {
      caseId,
      openChecksConfirmed: findings.map((finding) => finding.check),
    });
    const exports = exportService(store.db);
    const tables = document.blocks.filter((block) => block.kind === 'table').length;
    const others = document.blocks.length - tables;
    const ours: number[] = [];
    const notes: number[] = [];
    const direct: number[] = [];
    let bytes = 0;
    for (let index = -2; index < runs; index++) {
      let started = performance.now();
      bytes = (await exports.planDocx({ caseId, version: 1 })).contentBase64.length;
      if (index >= 0) ours.push(performance.now() - started);
      started = performance.now();
      await exports.notesDocx(caseId);
      if (index >= 0) notes.push(performance.now() - started);
      started = performance.now();
      await sameSizeDirectly(others, tables, 3);
      if (index >= 0) direct.push(performance.now() - started);
    }
    return {
      blocks: { value: document.blocks.length, unit: 'blocks' },
      tables: { value: tables, unit: 'tables' },
      documentSize: { value: Math.round((bytes * 3) / 4 / 1024), unit: 'KiB' },
      exportMedian: { value: Number(median(ours).toFixed(1)), unit: 'ms' },
      notesExportMedian: { value: Number(median(notes).toFixed(1)), unit: 'ms' },
      directDocxMedian: { value: Number(median(direct).toFixed(1)), unit: 'ms' },
      ratio: { value: Number((median(ours) / median(direct)).toFixed(2)), unit: 'x' },
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workAbilityQuestion } from '../../core/discussion';
import { endQuestions } from '../../core/plan';
import type { Store } from '../../db/store';
import { appOver } from '../support/app';
import { apostropheNote, largePlan, welshName } from '../support/large-plan';
import { tempDir, tempStore } from '../support/temp-store';

let store: Store;
let app: ReturnType<typeof appOver>;
let caseId: string;
let steps: string[];
let plan: Buffer;
let notes: Buffer;
const folder = tempDir();

/** The words of a part of the .docx, tags taken out and entities read. */
async function partText(docx: Buffer, part: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file(part)!.async('string');
  return xml
    .replaceAll(/<w:p[ >]/g, '\n$&')
    .replaceAll(/<[^>]+>/g, '')
    .replaceAll('&apos;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
const part = async (docx: Buffer, name: string) =>
  (await JSZip.loadAsync(docx)).file(name)!.async('string');

beforeAll(async () => {
  store = await tempStore();
  app = appOver(store);
  const officeId = (await app.call('offices.list', {})).find((o) => o.nation === 'Wales')!.id;
  await app.call('practitioner.save', { name: 'Siân Roberts', role: 'ehp', officeId });
  ({ caseId, steps } = await largePlan(app, officeId));
  const { findings } = await app.call('plan.preview', { caseId });
  await app.call('plan.issue', {
    caseId,
    openChecksConfirmed: [...new Set(findings.map((finding) => finding.check))],
  });
  const exported = await app.call('export.planDocx', { caseId, version: 1 });
  const exportedNotes = await app.call('export.notesDocx', { caseId });
  expect(exported.fileName).toBe(
    'Workability-Action-Plan-Gwenllïan-Ŵyn-ap-Rhys-Llŷr-Davies-Pritchard-o-Gwm-Cynon-v1.docx',
  );
  plan = Buffer.from(exported.contentBase64, 'base64');
  notes = Buffer.from(exportedNotes.contentBase64, 'base64');
  writeFileSync(join(folder, 'plan.docx'), plan);
  writeFileSync(join(folder, 'notes.docx'), notes);
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the plan document', () => {
  it('has every section, every obstacle and every step, written to the customer', async () => {
    const text = await partText(plan, 'word/document.xml');
    for (const section of [
      'Your Workability Action Plan',
      'About this plan',
      'does not affect your Universal Credit',
      'Your goals',
      'What you can do now',
      'You can cook for your family most days.',
      'What is getting in the way, and your steps',
      'Your scores',
      workAbilityQuestion,
      endQuestions.confidence,
      'What happens next',
      welshName,
      'Siân Roberts',
    ]) {
      expect(text, section).toContain(section);
    }
    for (const heading of ['health', 'personal', 'social', 'work']) {
      for (let n = 1; n <= 5; n++) {
        expect(text).toContain(`${heading} obstacle ${n}: you find mornings hard when it's cold`);
      }
    }
    expect(steps).toHaveLength(40);
    for (const step of steps) expect(text).toContain(step);
  });

  it('uses real heading styles, marked table header rows, en-GB, 12pt, title, author and page numbers', async () => {
    const document = await part(plan, 'word/document.xml');
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
      expect(document).toContain(`<w:pStyle w:val="${style}"/>`);
    }
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(21);
    const styles = await part(plan, 'word/styles.xml');
    expect(styles).toMatch(/<w:lang w:val="en-GB"\/>/);
    expect(styles).toMatch(/<w:docDefaults>.*<w:sz w:val="24"\/>/s);
    const properties = await part(plan, 'docProps/core.xml');
    expect(properties).toContain('<dc:title>Your Workability Action Plan</dc:title>');
    expect(properties).toContain('<dc:creator>Siân Roberts</dc:creator>');
    const zip = await JSZip.loadAsync(plan);
    const footer = await zip.file(/word\/footer\d*\.xml/)[0]!.async('string');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
  });
});

describe('the meeting notes document', () => {
  it('renders each appointment’s Markdown as Word headings, lists and emphasis, no Markdown left', async () => {
    const document = await part(notes, 'word/document.xml');
    const text = await partText(notes, 'word/document.xml');
    for (let n = 1; n <= 4; n++) {
      expect(text).toContain(`Appointment ${n}: `);
      expect(text).toContain(`What we talked about at appointment ${n}`);
    }
    expect(text).toContain('Work ability score: 6 out of 10.');
    expect(text).toContain('Attendance: Attended.');
    expect(text).toContain(apostropheNote);
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toMatch(/<w:b\/>.*Main worry:/s);
    expect(document).toMatch(/<w:i\/>.*Feels/s);
    expect(document).toContain('<w:numPr>');
    for (const markdown of ['**', '##', '\n- ', '\n1. ', '*Feels*']) {
      expect(text, `Markdown "${markdown}" left in the notes`).not.toContain(markdown);
    }
  });
});

describe('opened by a real word processor', () => {
  it('converts both documents to PDF with LibreOffice, with the plan’s content in the text', () => {
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    expect(
      soffice.status,
      'LibreOffice is needed: apt-get install -y libreoffice-writer-nogui poppler-utils',
    ).toBe(0);
    const converted = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(folder, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        join(folder, 'plan.docx'),
        join(folder, 'notes.docx'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(converted.status, converted.stderr).toBe(0);
    const pdfText = (name: string) => {
      const run = spawnSync('pdftotext', ['-layout', join(folder, name), '-'], {
        encoding: 'utf8',
      });
      expect(run.status, 'pdftotext is needed: apt-get install -y poppler-utils').toBe(0);
      return run.stdout.replaceAll(/\s+/g, ' ');
    };
    const planText = pdfText('plan.pdf');
    for (const words of [
      'Your Workability Action Plan',
      'Gwenllïan Ŵyn ap Rhys-Llŷr',
      'work obstacle 5',
      'Your scores',
      'Page 1 of',
    ]) {
      expect(planText, words).toContain(words);
    }
    const notesText = pdfText('notes.pdf');
    expect(notesText).toContain('What we talked about at appointment 4');
    expect(notesText).toContain("she'd rather start at ten o'clock");
    expect(readFileSync(join(folder, 'plan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 150_000);
});

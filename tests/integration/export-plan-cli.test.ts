import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../db/unlock';
import { appOver } from '../support/app';
import { planOver } from '../support/plans';
import { tempDir } from '../support/temp-store';

const dataDir = tempDir();
const passphrase = 'copper kettle river lamp';
let caseId: string;

beforeAll(async () => {
  const store = await createStore(dataDir, passphrase);
  const app = appOver(store);
  const officeId = (await app.call('offices.list', {}))[0]!.id;
  await app.call('practitioner.save', { name: 'Aisha Khan', role: 'ehp', officeId });
  caseId = await planOver(app, officeId, 'Bethan Lloyd');
  const { findings } = await app.call('plan.preview', { caseId });
  await app.call('plan.issue', {
    caseId,
    openChecksConfirmed: findings.map((finding) => finding.check),
  });
  await store.close();
}, 30_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The command as support staff type it. */
function exportPlan(args: string[], secret = passphrase) {
  return spawnSync('npm', ['run', '--silent', 'export-plan', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, WORKABILITY_DATA_DIR: dataDir, WORKABILITY_PASSPHRASE: secret },
  });
}

const documentText = async (file: string) =>
  (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');

describe('npm run export-plan', () => {
  it('writes the latest issued plan, or the meeting notes, from the store', async () => {
    const out = join(dataDir, 'plan.docx');
    const run = exportPlan(['--case', caseId, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Workability-Action-Plan-Bethan-Lloyd-v1.docx');
    expect(await documentText(out)).toContain('Bethan Lloyd');

    const notes = join(dataDir, 'notes.docx');
    expect(exportPlan(['--case', caseId, '--out', notes, '--notes']).status).toBe(0);
    expect(await documentText(notes)).toContain('Meeting notes for the Work Coach');
  }, 60_000);

  it('says what is wrong: a version not issued, a wrong passphrase, a missing argument', () => {
    const out = join(dataDir, 'other.docx');
    const notIssued = exportPlan(['--case', caseId, '--out', out, '--version', '2']);
    expect(notIssued.status).toBe(1);
    expect(notIssued.stderr).toContain('Version 2 of this plan has not been issued.');
    const wrong = exportPlan(['--case', caseId, '--out', out], 'not the passphrase');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('The passphrase does not open this store.');
    const missing = exportPlan(['--out', out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Usage:');
  }, 60_000);
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../db/store';
import { appOver, contents } from '../support/app';
import { finishPlanOver, planOver } from '../support/plans';
import { tempStore } from '../support/temp-store';

let store: Store;
let app: ReturnType<typeof appOver>;
let caseId: string;

beforeEach(async () => {
  store = await tempStore();
  app = appOver(store);
  const officeId = (await app.call('offices.list', {}))[0]!.id;
  await app.call('practitioner.save', { name: 'Aisha Khan', role: 'ehp', officeId });
  caseId = await planOver(app, officeId);
});

/** What the checklist still asks of planOver's plan: the scores and what the customer can do. */
const finishPlan = () => finishPlanOver(app, caseId);

describe('issuing the plan', () => {
  it('issues a plan with nothing to fix as version 1, by the EHP, audited', async () => {
    await finishPlan();
    expect(await app.call('plan.versions', { caseId })).toEqual({
      versions: [],
      changedSinceIssued: true,
    });
    const issued = await app.call('plan.issue', { caseId });
    expect(issued.changedSinceIssued).toBe(false);
    expect(issued.versions).toEqual([
      {
        version: 1,
        issuedAt: expect.any(String),
        issuedBy: 'Aisha Khan',
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        openFindings: [],
      },
    ]);
    const { events } = await app.call('audit.list', { page: 1 });
    expect(events[0]).toMatchObject({
      action: 'plan.issued',
      recordId: caseId,
      detail: 'version 1',
    });
  });

  it('refuses a plan with open findings unless each check was confirmed, and records those confirmed', async () => {
    const before = contents(store);
    const refused = app.call('plan.issue', { caseId, openChecksConfirmed: ['missing-score'] });
    await expect(refused).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('confirm issuing the plan with them open'),
      fields: [{ field: 'canDo', message: 'Write what the customer can do now' }],
    });
    expect(contents(store)).toBe(before);

    const issued = await app.call('plan.issue', {
      caseId,
      openChecksConfirmed: ['missing-score', 'can-do-missing'],
    });
    expect(issued.versions[0]!.openFindings.map((finding) => finding.check)).toEqual([
      'can-do-missing',
      'missing-score',
      'missing-score',
      'missing-score',
      'missing-score',
    ]);
    const { events } = await app.call('audit.list', { page: 1 });
    expect(events[0]!.detail).toBe(
      'version 1, issued with open findings confirmed: can-do-missing, missing-score',
    );
    expect(JSON.stringify(events)).not.toContain('Back pain');
  });

  it('makes later edits the draft of the next version, and refuses to issue an unchanged plan', async () => {
    await finishPlan();
    await app.call('plan.issue', { caseId });
    await expect(app.call('plan.issue', { caseId })).rejects.toMatchObject({
      message: 'Nothing has changed since version 1 was issued.',
    });

    await app.call('plan.saveGoal', {
      caseId,
      lens: 'past',
      kind: 'lifestyle',
      text: 'Get back to the allotment',
    });
    expect((await app.call('plan.versions', { caseId })).changedSinceIssued).toBe(true);
    const second = await app.call('plan.issue', { caseId });
    expect(second.versions.map((version) => version.version)).toEqual([1, 2]);
    expect(second.versions[0]!.contentHash).not.toBe(second.versions[1]!.contentHash);
    expect(second.changedSinceIssued).toBe(false);
  });

  it('keeps an issued version as it was: the store refuses to change it', async () => {
    await finishPlan();
    await app.call('plan.issue', { caseId });
    expect(() => store.sqlite.prepare("update plan_versions set content = '{}'").run()).toThrow(
      'An issued plan cannot be changed',
    );
  });
});

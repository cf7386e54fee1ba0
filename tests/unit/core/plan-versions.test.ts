import { describe, expect, it } from 'vitest';
import { issuePlanSchema, unconfirmedFindings } from '../../../core/plan-versions';

const findings = [
  { check: 'can-do-missing', message: 'Write what the customer can do now', target: 'canDo' },
  {
    check: 'missing-score',
    message: "Record the customer's confidence score",
    target: 'confidence',
  },
  {
    check: 'missing-score',
    message: "Record the customer's importance score",
    target: 'importance',
  },
];

describe('issuing with open findings', () => {
  it('lets a plan go when every open check was confirmed', () => {
    expect(unconfirmedFindings(findings, ['missing-score', 'can-do-missing'])).toEqual([]);
    expect(unconfirmedFindings([], [])).toEqual([]);
  });

  it('names each finding whose check was not confirmed', () => {
    expect(unconfirmedFindings(findings, ['can-do-missing'])).toEqual(findings.slice(1));
    expect(unconfirmedFindings(findings, [])).toEqual(findings);
  });

  it('confirms nothing unless told', () => {
    const caseId = '019ac0de-0000-7000-8000-000000000001';
    expect(issuePlanSchema.parse({ caseId }).openChecksConfirmed).toEqual([]);
  });
});

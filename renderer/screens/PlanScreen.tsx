import { useEffect, useState } from 'react';
import type { CallOutput } from '../../core/api';
import type { DocumentModel } from '../../core/document';
import { workability } from '../api';
import { PageHeading } from '../components/PageHeading';
import { Select } from '../components/Select';
import { formErrors } from '../forms';
import { formatDateTime } from '../format';
import { usePlan } from '../stores/plan';
import { DocumentView } from './plan/DocumentView';
import { IssuePlan } from './plan/IssuePlan';

type Preview = CallOutput<'plan.preview'>;
const draft = 'draft';

/**
 * The plan as the customer and the Work Coach will read it, beside what the
 * checklist still asks, with issuing and export; earlier versions can be
 * shown as they were issued.
 */
export function PlanScreen({ caseId }: { caseId: string }) {
  const { discussion, load } = usePlan();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [shown, setShown] = useState<string>(draft);
  const [issued, setIssued] = useState<{ version: string; document: DocumentModel } | null>(null);
  const [versions, setVersions] = useState<CallOutput<'plan.versions'>['versions']>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void load(caseId);
  }, [caseId, load]);
  useEffect(() => {
    if (discussion?.caseId !== caseId) return;
    let current = true;
    Promise.all([
      workability.call('plan.preview', { caseId }),
      workability.call('plan.versions', { caseId }),
    ])
      .then(([latest, list]) => {
        if (!current) return;
        setPreview(latest);
        setVersions(list.versions);
      })
      .catch((error: unknown) => current && setProblem(formErrors(error)[0]!.message));
    return () => {
      current = false;
    };
  }, [caseId, discussion]);
  useEffect(() => {
    if (shown === draft) return;
    let current = true;
    workability
      .call('plan.document', { caseId, version: Number(shown) })
      .then((document) => current && setIssued({ version: shown, document }))
      .catch((error: unknown) => current && setProblem(formErrors(error)[0]!.message));
    return () => {
      current = false;
    };
  }, [caseId, shown]);

  const back = (
    <a href={`#/cases/${caseId}`} className="govuk-back-link">
      Back to the case
    </a>
  );
  if (problem && !preview) {
    return (
      <>
        {back}
        <PageHeading title="Plan not found">Plan not found</PageHeading>
        <p className="govuk-body">{problem}</p>
      </>
    );
  }
  if (!preview || discussion?.caseId !== caseId) {
    return <p className="govuk-body">Opening the plan…</p>;
  }
  const next = (versions.at(-1)?.version ?? 0) + 1;
  const document =
    shown !== draft && issued?.version === shown ? issued.document : preview.document;

  return (
    <>
      {back}
      <PageHeading title="Workability Action Plan">Workability Action Plan</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {versions.length > 0 && (
            <Select
              id="plan-shown"
              label="Show"
              value={shown}
              options={[
                { value: draft, label: `The plan now (would be version ${next})` },
                ...versions.map((version) => ({
                  value: String(version.version),
                  label: `Version ${version.version}, issued ${formatDateTime(version.issuedAt)}`,
                })),
              ]}
              onChange={setShown}
            />
          )}
          <DocumentView model={document} />
        </div>
        <div className="govuk-grid-column-one-third">
          <aside className="app-checklist" aria-labelledby="checklist-heading">
            <h2 className="govuk-heading-s" id="checklist-heading">
              Plan checklist
            </h2>
            {preview.findings.length === 0 ? (
              <p className="govuk-body-s">Nothing to fix in the plan.</p>
            ) : (
              <ul className="govuk-list govuk-list--bullet govuk-body-s">
                {preview.findings.map((finding, index) => (
                  <li key={`${finding.check}-${index}`}>{finding.message}</li>
                ))}
              </ul>
            )}
            <IssuePlan findings={preview.findings} />
          </aside>
        </div>
      </div>
    </>
  );
}

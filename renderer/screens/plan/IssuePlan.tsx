import { useEffect, useRef, useState } from 'react';
import type { PlanFinding } from '../../../core/plan-checks';
import type { PlanVersions } from '../../../core/plan-versions';
import type { CallOutput } from '../../../core/api';
import { workability } from '../../api';
import { ActionMessage, type ActionOutcome } from '../../components/ActionMessage';
import { formErrors } from '../../forms';
import { saveDocument } from '../../download';
import { formatDateTime } from '../../format';
import { useAppointment } from '../../stores/appointment';
import { usePlan } from '../../stores/plan';

type Exported = CallOutput<'export.planDocx'>;

/**
 * Issues the plan as a numbered version. With findings still open on the
 * checklist the EHP is asked first, and what they confirmed is recorded.
 */
export function IssuePlan({ findings }: { findings: readonly PlanFinding[] }) {
  const discussion = usePlan((state) => state.discussion)!;
  const score = useAppointment((state) => state.session?.record.workAbilityScore);
  const [versions, setVersions] = useState<PlanVersions | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<ActionOutcome | null>(null);
  const confirmation = useRef<HTMLHeadingElement>(null);
  const issueButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Every saved change to the plan may make it differ from the version issued.
  useEffect(() => {
    let current = true;
    void workability
      .call('plan.versions', { caseId: discussion.caseId })
      .then((latest) => current && setVersions(latest));
    return () => {
      current = false;
    };
  }, [discussion, score]);

  const goBack = () => {
    setConfirming(false);
    // The button is back once the question has gone.
    requestAnimationFrame(() => issueButton.current?.focus());
  };
  useEffect(() => {
    if (confirming) confirmation.current?.focus();
  }, [confirming]);

  if (!versions) return null;
  const latest = versions.versions.at(-1);
  const next = (latest?.version ?? 0) + 1;
  const openChecks = [...new Set(findings.map((finding) => finding.check))];

  async function exportDocument(call: () => Promise<Exported>, what: string) {
    try {
      saveDocument(await call());
      setMessage({ text: `${what} exported.`, error: false });
    } catch (failure) {
      setMessage({ text: formErrors(failure)[0]!.message, error: true });
    }
  }

  async function issue() {
    setConfirming(false);
    try {
      const issued = await workability.call('plan.issue', {
        caseId: discussion.caseId,
        openChecksConfirmed: openChecks,
      });
      setVersions(issued);
      setMessage({ text: `Version ${issued.versions.at(-1)!.version} issued.`, error: false });
      heading.current?.focus();
    } catch (failure) {
      setMessage({ text: formErrors(failure)[0]!.message, error: true });
    }
  }

  return (
    <section aria-labelledby="issue-heading" className="govuk-!-margin-top-6">
      <h3 className="govuk-heading-s" id="issue-heading" tabIndex={-1} ref={heading}>
        Issue the plan
      </h3>
      <p className="govuk-body-s">
        {latest
          ? `Version ${latest.version} issued ${formatDateTime(latest.issuedAt)}${latest.issuedBy ? ` by ${latest.issuedBy}` : ''}.`
          : 'Not issued yet.'}
        {latest && versions.changedSinceIssued && ` Changes since then will be version ${next}.`}
      </p>
      {confirming ? (
        <div role="group" aria-labelledby="issue-confirm-heading">
          <h4
            className="govuk-heading-s"
            id="issue-confirm-heading"
            tabIndex={-1}
            ref={confirmation}
          >
            Issue with {findings.length === 1 ? '1 thing' : `${findings.length} things`} still to
            look at?
          </h4>
          <p className="govuk-body-s">
            The customer and their Work Coach will get the plan as it is. Your decision is recorded.
          </p>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              onClick={() => void issue()}
            >
              Issue version {next} anyway
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={goBack}>
              Go back to the plan
            </button>
          </div>
        </div>
      ) : (
        versions.changedSinceIssued && (
          <button
            type="button"
            ref={issueButton}
            className="govuk-button"
            onClick={() => (findings.length > 0 ? setConfirming(true) : void issue())}
          >
            Issue version {next}
          </button>
        )
      )}
      {versions.versions.length > 0 && (
        <>
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Issued versions</h4>
          <ul className="govuk-list govuk-body-s">
            {versions.versions.map((version) => (
              <li key={version.version}>
                Version {version.version}, {formatDateTime(version.issuedAt)}{' '}
                <button
                  type="button"
                  className="govuk-link app-link-button"
                  onClick={() =>
                    void exportDocument(
                      () =>
                        workability.call('export.planDocx', {
                          caseId: discussion.caseId,
                          version: version.version,
                        }),
                      `Version ${version.version}`,
                    )
                  }
                >
                  Export<span className="govuk-visually-hidden"> version {version.version}</span>{' '}
                  (.docx)
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() =>
          void exportDocument(
            () => workability.call('export.notesDocx', { caseId: discussion.caseId }),
            'The meeting notes',
          )
        }
      >
        Export meeting notes (.docx)
      </button>
      <ActionMessage outcome={message} />
    </section>
  );
}

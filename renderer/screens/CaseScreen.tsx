import { useEffect, useState } from 'react';
import { channels, referrerRoles, wcaStatuses } from '../../core/domain';
import { eligibilityWarnings } from '../../core/eligibility';
import { PageHeading } from '../components/PageHeading';
import { StatusTag } from '../components/StatusTag';
import { SummaryList } from '../components/SummaryList';
import { WarningText } from '../components/WarningText';
import { formatDate } from '../format';
import { useCase } from '../stores/case';
import { AppointmentsTable } from './case/AppointmentsTable';
import { AttendanceForm } from './case/AttendanceForm';
import { CaseOutcome } from './case/CaseOutcome';
import { CloseCaseForm } from './case/CloseCaseForm';
import { ScheduleAppointmentForm } from './case/ScheduleAppointmentForm';

/** One customer's case: the referral, its status, and the appointments of the discussion. */
export function CaseScreen({ caseId }: { caseId: string }) {
  const { detail, loadError, open } = useCase();
  const [recordingId, setRecordingId] = useState<string | null>(null);
  useEffect(() => {
    void open(caseId);
  }, [caseId, open]);

  if (loadError) {
    return (
      <>
        <PageHeading title="Case not found">Case not found</PageHeading>
        <p className="govuk-body">{loadError}</p>
        <a className="govuk-link" href="#/caseload">
          Back to caseload
        </a>
      </>
    );
  }
  if (!detail || detail.id !== caseId) return <p className="govuk-body">Opening the case…</p>;

  const warnings = eligibilityWarnings(detail.eligibility, detail.referralDate);
  const recording = detail.appointments.find((appointment) => appointment.id === recordingId);

  return (
    <>
      <a href="#/caseload" className="govuk-back-link">
        Back to caseload
      </a>
      <PageHeading title={detail.customerName} caption={detail.customerReference}>
        {detail.customerName} <StatusTag status={detail.status} />
      </PageHeading>
      <p className="govuk-body">
        <a href={`#/cases/${detail.id}/plan`} className="govuk-link">
          Preview, issue and export the plan
        </a>
      </p>
      <h2 className="govuk-heading-m">Appointments</h2>
      <AppointmentsTable appointments={detail.appointments} onRecord={setRecordingId} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {recording ? (
            <AttendanceForm appointment={recording} onDone={() => setRecordingId(null)} />
          ) : (
            !detail.outcome && <ScheduleAppointmentForm detail={detail} />
          )}
          {detail.outcome ? (
            <CaseOutcome caseId={detail.id} outcome={detail.outcome} />
          ) : (
            <CloseCaseForm detail={detail} />
          )}
        </div>
      </div>
      <h2 className="govuk-heading-m">Referral</h2>
      {warnings.length > 0 && (
        <WarningText>
          This referral may not meet the eligibility criteria.
          <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </WarningText>
      )}
      <SummaryList
        rows={[
          ['Referral date', formatDate(detail.referralDate)],
          ['Referred by', `${detail.referrerName}, ${referrerRoles.labels[detail.referrerRole]}`],
          ['JCP office', detail.office.name],
          ['On the UC Health Journey', detail.eligibility.onHealthJourney ? 'Yes' : 'No'],
          [
            'Fit note valid until',
            detail.eligibility.fitNoteValidUntil
              ? formatDate(detail.eligibility.fitNoteValidUntil)
              : 'No valid fit note',
          ],
          ['WCA', wcaStatuses.labels[detail.eligibility.wcaStatus]],
          ['Unemployed', detail.eligibility.unemployed ? 'Yes' : 'No'],
          ['Preferred channel', channels.labels[detail.preferredChannel]],
          ['Referral notes', detail.referralNotes || 'None'],
        ]}
      />
    </>
  );
}

import { useEffect } from 'react';
import { channels, type Channel } from '../../core/domain';
import { PageHeading } from '../components/PageHeading';
import { formatDateTime } from '../format';
import { useAppointment } from '../stores/appointment';
import { usePlan } from '../stores/plan';
import { Goals } from './appointment/Goals';
import { Obstacles } from './appointment/Obstacles';
import { ElapsedClock } from './appointment/ElapsedClock';
import { EndOfDiscussion } from './appointment/EndOfDiscussion';
import { Expectations } from './appointment/Expectations';
import { InterimReview } from './appointment/InterimReview';
import { MeetingNotes } from './appointment/MeetingNotes';
import { PlanChecklist } from './appointment/PlanChecklist';
import { ShortcutsHelp } from './appointment/ShortcutsHelp';
import { WorkAbilityScore } from './appointment/WorkAbilityScore';

/** The screen an EHP keeps open through the hour of an appointment; everything saves as it changes. */
export function AppointmentScreen({
  caseId,
  appointmentId,
}: {
  caseId: string;
  appointmentId: string;
}) {
  const { session, loadError, open } = useAppointment();
  const { discussion, load } = usePlan();
  useEffect(() => {
    void open(appointmentId);
    void load(caseId);
  }, [appointmentId, caseId, open, load]);

  if (loadError) {
    return (
      <>
        <PageHeading title="Appointment not found">Appointment not found</PageHeading>
        <p className="govuk-body">{loadError}</p>
        <a className="govuk-link" href={`#/cases/${caseId}`}>
          Back to the case
        </a>
      </>
    );
  }
  if (!session || session.appointmentId !== appointmentId) {
    return <p className="govuk-body">Opening the appointment…</p>;
  }
  const name = session.number ? `Appointment ${session.number}` : 'Appointment';

  return (
    <>
      <a href={`#/cases/${caseId}`} className="govuk-back-link">
        Back to {session.customerName}
      </a>
      <PageHeading title={`${name} – ${session.customerName}`} caption={session.customerName}>
        {name}
      </PageHeading>
      <p className="govuk-body">
        {formatDateTime(session.startsAt)},{' '}
        {channels.labels[session.channel as Channel] ?? session.channel}
      </p>
      <ElapsedClock bookedMinutes={session.durationMinutes} />
      <ShortcutsHelp />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {session.number !== null && session.number > 1 && discussion?.caseId === caseId && (
            <InterimReview caseId={caseId} />
          )}
          <Expectations key={`${appointmentId}-expectations`} />
          <WorkAbilityScore key={`${appointmentId}-score`} />
          {discussion?.caseId === caseId && (
            <>
              <Goals caseId={caseId} />
              <Obstacles caseId={caseId} />
              <EndOfDiscussion caseId={caseId} />
            </>
          )}
          <MeetingNotes key={`${appointmentId}-notes`} />
        </div>
        <div className="govuk-grid-column-one-third">
          {discussion?.caseId === caseId && <PlanChecklist />}
        </div>
      </div>
    </>
  );
}

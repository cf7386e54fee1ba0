import { useState } from 'react';
import { workAbilityQuestion } from '../../../core/discussion';
import { useAutosave } from '../../autosave';
import { Radios } from '../../components/Radios';
import { useAppointment } from '../../stores/appointment';
import { formatDateTime } from '../../format';
import { SaveStatus } from './SaveStatus';

const scores = Array.from({ length: 11 }, (_, score) => ({
  value: String(score),
  label: String(score),
}));

/** The work ability question, asked at every appointment, with the customer's earlier answers. */
export function WorkAbilityScore() {
  const { session, save } = useAppointment();
  const [score, setScore] = useState(session!.record.workAbilityScore);
  const status = useAutosave(score, (workAbilityScore) => save({ workAbilityScore }));

  return (
    <>
      <h2 className="govuk-heading-m">Work ability</h2>
      <Radios
        id="workAbilityScore"
        label={workAbilityQuestion}
        inline
        value={score === null ? '' : String(score)}
        options={scores}
        onChange={(value) => setScore(Number(value))}
      />
      <SaveStatus status={status} />
      <p className="govuk-body">
        {session!.earlierScores.length === 0
          ? 'This is the first score for this customer.'
          : `Earlier: ${session!.earlierScores
              .map(
                (earlier) =>
                  `${earlier.score} at appointment ${earlier.number} (${formatDateTime(earlier.startsAt)})`,
              )
              .join('; ')}.`}
      </p>
    </>
  );
}

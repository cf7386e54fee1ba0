import { useState } from 'react';
import { workAbilityQuestion } from '../../../core/discussion';
import { useAutosave } from '../../autosave';
import { useAppointment } from '../../stores/appointment';
import { formatDateTime } from '../../format';
import { SaveStatus } from './SaveStatus';
import { ScoreQuestion } from './ScoreQuestion';

/** The work ability question, asked at every appointment, with the customer's earlier answers. */
export function WorkAbilityScore() {
  const { session, save } = useAppointment();
  const [score, setScore] = useState(session!.record.workAbilityScore);
  const status = useAutosave(score, (workAbilityScore) => save({ workAbilityScore }));

  return (
    <>
      <h2 className="govuk-heading-m">Work ability</h2>
      <ScoreQuestion
        id="workAbilityScore"
        question={workAbilityQuestion}
        score={score}
        onChange={setScore}
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

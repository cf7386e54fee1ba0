import { useState } from 'react';
import { stepsTaken, type StepsTaken } from '../../../core/outcomes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { useFormSubmit } from '../../forms';
import { useCase } from '../../stores/case';
import { ScoreQuestion } from '../appointment/ScoreQuestion';
import { workAbilityQuestion } from '../../../core/discussion';

/** Six weeks after completion: which steps were taken, and the work ability score now. */
export function FollowUpForm({ caseId }: { caseId: string }) {
  const change = useCase((state) => state.change);
  const [taken, setTaken] = useState('');
  const [score, setScore] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const { errors, byField, submit } = useFormSubmit('followUp.');
  const record = submit(() =>
    change('cases.recordFollowUp', {
      caseId,
      stepsTaken: taken as StepsTaken,
      workAbilityScore: score as number,
      note,
    }),
  );

  return (
    <form onSubmit={record} noValidate aria-labelledby="follow-up-heading">
      <h3 className="govuk-heading-s" id="follow-up-heading">
        Record the follow-up
      </h3>
      <ErrorSummary errors={errors} />
      <Radios
        id="followUp.stepsTaken"
        label="Did the customer take the steps in their plan?"
        value={taken}
        options={Object.entries(stepsTaken).map(([value, label]) => ({ value, label }))}
        onChange={setTaken}
        error={byField['followUp.stepsTaken'] ?? byField.form}
      />
      <ScoreQuestion
        id="followUp.workAbilityScore"
        question={workAbilityQuestion}
        score={score}
        onChange={setScore}
        error={byField['followUp.workAbilityScore']}
      />
      <Textarea
        id="followUp.note"
        label="Note (optional)"
        rows={3}
        value={note}
        onChange={setNote}
        error={byField['followUp.note']}
      />
      <button type="submit" className="govuk-button">
        Record follow-up
      </button>
    </form>
  );
}

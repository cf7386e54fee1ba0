import { useState } from 'react';
import type { CaseDetail } from '../../../core/caseload';
import { caseStatuses } from '../../../core/domain';
import { outcomes, unsuitableReasons, type Outcome } from '../../../core/outcomes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { useFormSubmit } from '../../forms';
import { useCase } from '../../stores/case';

const outcomeHints: Record<Outcome, string> = {
  completed: 'The plan is produced and goes to the Work Coach',
  unsuitable: 'Too unwell, too far from the labour market, or another reason',
  'returned-to-jcp': 'The customer did not engage or stopped',
  'claim-closed': 'The Universal Credit claim has closed',
};

/** Ends the discussion with its outcome; the rules of core/outcomes.ts say what may close. */
export function CloseCaseForm({ detail }: { detail: CaseDetail }) {
  const change = useCase((state) => state.change);
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const { errors, byField, submit } = useFormSubmit('close.');
  const close = submit(() =>
    change('cases.close', {
      caseId: detail.id,
      outcome: outcome as Outcome,
      unsuitableReason: outcome === 'unsuitable' ? (reason as never) : null,
      note,
    }),
  );

  return (
    <form onSubmit={close} noValidate aria-labelledby="close-heading">
      <h2 className="govuk-heading-m" id="close-heading">
        Close the case
      </h2>
      <ErrorSummary errors={errors} />
      <Radios
        id="close.outcome"
        label="Outcome"
        value={outcome}
        options={outcomes.map((value) => ({
          value,
          label: `${caseStatuses.labels[value]} — ${outcomeHints[value]}`,
        }))}
        onChange={setOutcome}
        error={byField['close.outcome'] ?? byField.form}
      />
      {outcome === 'unsuitable' && (
        <Radios
          id="close.unsuitableReason"
          label="Why is the customer unsuitable?"
          value={reason}
          options={Object.entries(unsuitableReasons).map(([value, label]) => ({ value, label }))}
          onChange={setReason}
          error={byField['close.unsuitableReason']}
        />
      )}
      <Textarea
        id="close.note"
        label={outcome === 'unsuitable' ? 'Reason, for the Work Coach' : 'Note (optional)'}
        rows={3}
        value={note}
        onChange={setNote}
        error={byField['close.note']}
      />
      <button type="submit" className="govuk-button govuk-button--warning">
        Close case
      </button>
    </form>
  );
}

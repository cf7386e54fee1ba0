import { useState } from 'react';
import type { CaseDetail } from '../../../core/caseload';
import { caseStatuses, type CaseStatus } from '../../../core/domain';
import { Select, optionsOf } from '../../components/Select';
import { useFormSubmit } from '../../forms';
import { useCase } from '../../stores/case';

export function StatusForm({ detail }: { detail: CaseDetail }) {
  const change = useCase((state) => state.change);
  // Follows the case (recording attendance can change it) until the EHP picks another.
  const [choice, setChoice] = useState<CaseStatus | null>(null);
  const [changedTo, setChangedTo] = useState<CaseStatus | null>(null);
  const { errors, byField, submit } = useFormSubmit();
  const status = choice ?? detail.status;

  const save = submit(async () => {
    await change('cases.setStatus', { caseId: detail.id, status });
    setChoice(null);
    setChangedTo(status);
  });

  return (
    <form onSubmit={save} noValidate>
      <h2 className="govuk-heading-m">Case status</h2>
      <Select
        id="status"
        label="Status"
        value={status}
        options={optionsOf(caseStatuses)}
        onChange={(value) => setChoice(value as CaseStatus)}
        error={byField.status ?? byField.form}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Change status
      </button>
      <p className="govuk-body" role="status">
        {changedTo && errors.length === 0
          ? `Status changed to ${caseStatuses.labels[changedTo]}.`
          : ''}
      </p>
    </form>
  );
}

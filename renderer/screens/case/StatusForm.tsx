import { useState, type FormEvent } from 'react';
import type { CaseDetail } from '../../../core/caseload';
import { caseStatuses, type CaseStatus } from '../../../core/domain';
import { Select, optionsOf } from '../../components/Select';
import { formErrors } from '../../forms';
import { useCase } from '../../stores/case';

export function StatusForm({ detail }: { detail: CaseDetail }) {
  const change = useCase((state) => state.change);
  // Follows the case (recording attendance can change it) until the EHP picks another.
  const [choice, setChoice] = useState<CaseStatus | null>(null);
  const status = choice ?? detail.status;
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await change('cases.setStatus', { caseId: detail.id, status });
      setChoice(null);
      setMessage({ text: `Status changed to ${caseStatuses.labels[status]}.`, failed: false });
    } catch (error) {
      setMessage({ text: formErrors(error)[0]!.message, failed: true });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Case status</h2>
      <Select
        id="status"
        label="Status"
        value={status}
        options={optionsOf(caseStatuses)}
        onChange={(value) => setChoice(value as CaseStatus)}
        error={message?.failed ? message.text : undefined}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Change status
      </button>
      <p className="govuk-body" role="status">
        {message && !message.failed ? message.text : ''}
      </p>
    </form>
  );
}

import { useEffect, useState } from 'react';
import { WorkabilityError } from '../../../core/errors';
import type { Conflict } from '../../../core/sync-client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { useFormSubmit } from '../../forms';
import { useSync } from '../../stores/sync';

type Choice = 'first' | 'later' | 'merged';

/** Fields changed on two devices: both versions side by side, and the EHP's choice. */
export function ConflictsScreen() {
  const { conflicts, status, loadConflicts } = useSync();
  useEffect(() => {
    void loadConflicts();
  }, [loadConflicts]);
  return (
    <>
      <PageHeading title="Conflicts to resolve">Conflicts to resolve</PageHeading>
      <p className="govuk-body">
        These were changed on two devices before they synced. Both versions are kept until you
        choose; your choice reaches every device.
      </p>
      {conflicts === null ? (
        <p className="govuk-body">Loading…</p>
      ) : conflicts.length === 0 ? (
        <p className="govuk-body">There are no conflicts to resolve.</p>
      ) : (
        conflicts.map((conflict) => <ConflictForm key={conflict.id} conflict={conflict} />)
      )}
      {status && status.refused.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Changes the server refused</h2>
          <p className="govuk-body">
            These stay on this device. Ask your manager or the service desk about them.
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {status.refused.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href="#/settings">
          Back to settings
        </a>
      </p>
    </>
  );
}

function ConflictForm({ conflict }: { conflict: Conflict }) {
  const resolve = useSync((state) => state.resolve);
  const [choice, setChoice] = useState<Choice | ''>('');
  const [merged, setMerged] = useState(`${conflict.serverValue}\n${conflict.clientValue}`);
  const { errors, byField, submit } = useFormSubmit(`${conflict.id}-`);
  const id = `conflict-${conflict.id}`;
  const resolveNow = submit(async () => {
    if (!choice) {
      const message = 'Choose which version to keep';
      throw new WorkabilityError('invalid-input', message, [{ field: 'choice', message }]);
    }
    const value =
      choice === 'first'
        ? conflict.serverValue
        : choice === 'later'
          ? conflict.clientValue
          : merged;
    await resolve(conflict.id, value);
  });
  const title = `${conflict.what}: ${conflict.field}`;
  return (
    <form onSubmit={resolveNow} noValidate aria-labelledby={`${id}-title`}>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id={`${id}-title`}>
        {title}
        {conflict.customerName && (
          <span className="govuk-caption-m">
            {conflict.caseId ? (
              <a className="govuk-link" href={`#/cases/${conflict.caseId}`}>
                {conflict.customerName}
              </a>
            ) : (
              conflict.customerName
            )}
          </span>
        )}
      </h2>
      <div className="app-conflict-values">
        <div>
          <h3 className="govuk-heading-s">Saved first (in the plan now)</h3>
          <p className="app-conflict-value">{conflict.serverValue || '(empty)'}</p>
        </div>
        <div>
          <h3 className="govuk-heading-s">Saved later on another device</h3>
          <p className="app-conflict-value">{conflict.clientValue || '(empty)'}</p>
        </div>
      </div>
      <Radios
        id={`${conflict.id}-choice`}
        label="Which version should the plan keep?"
        value={choice}
        onChange={(value) => setChoice(value as Choice)}
        error={byField[`${conflict.id}-choice`]}
        options={[
          { value: 'first', label: 'Keep what was saved first' },
          { value: 'later', label: 'Keep what was saved later' },
          ...(conflict.mergeable
            ? [{ value: 'merged', label: 'Write a version that keeps what matters from both' }]
            : []),
        ]}
      />
      {choice === 'merged' && (
        <Textarea
          id={`${conflict.id}-value`}
          label="The version to keep"
          value={merged}
          onChange={setMerged}
          error={byField[`${conflict.id}-value`]}
        />
      )}
      <button type="submit" className="govuk-button">
        Resolve<span className="govuk-visually-hidden"> {title}</span>
      </button>
    </form>
  );
}

import { useState } from 'react';
import {
  beliefApproaches,
  headingCoverage,
  headings,
  obstaclePrompts,
  type Heading,
} from '../../../core/plan';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { useFormSubmit } from '../../forms';
import { usePlan } from '../../stores/plan';
import { CoverageBar, headingLabels } from './CoverageBar';
import { StepForm } from './StepForm';

/** Obstacles under the four headings; personal, social and work get directed prompts. */
export function Obstacles({ caseId }: { caseId: string }) {
  const discussion = usePlan((state) => state.discussion)!;
  const coverage = headingCoverage(discussion);
  return (
    <section aria-labelledby="obstacles-heading">
      <h2 className="govuk-heading-m" id="obstacles-heading">
        Obstacles and steps
      </h2>
      <CoverageBar coverage={coverage} />
      {headings.map((heading) => (
        <HeadingSection key={heading} caseId={caseId} heading={heading} />
      ))}
      <StepForm caseId={caseId} />
    </section>
  );
}

function HeadingSection({ caseId, heading }: { caseId: string; heading: Heading }) {
  const { discussion, change } = usePlan();
  const obstacles = discussion!.obstacles.filter((obstacle) => obstacle.heading === heading);
  const none = discussion!.noneIdentified.find((entry) => entry.heading === heading);
  const [text, setText] = useState('');
  const [belief, setBelief] = useState('');
  const [approach, setApproach] = useState('');
  const [reason, setReason] = useState('');
  const prefix = `obstacle-${heading}.`;
  const obstacleForm = useFormSubmit(prefix);
  const noneForm = useFormSubmit(`none-${heading}.`);
  const add = obstacleForm.submit(async () => {
    await change('plan.saveObstacle', {
      caseId,
      heading,
      text,
      limitingBelief: belief || null,
      beliefApproach: belief && approach ? approach : null,
    });
    setText('');
    setBelief('');
    setApproach('');
  });
  const markNone = noneForm.submit(() =>
    change('plan.markHeading', { caseId, heading, noneReason: reason }),
  );

  return (
    <div className="app-obstacle-heading">
      <h3 className="govuk-heading-s">{headingLabels[heading]}</h3>
      <p className="govuk-hint">{obstaclePrompts[heading].join(' ')}</p>
      {none && <p className="govuk-body">None identified: {none.reason}</p>}
      <ul className="govuk-list">
        {obstacles.map((obstacle) => (
          <li key={obstacle.id}>
            <strong>{obstacle.text}</strong>
            {obstacle.limitingBelief && (
              <span className="govuk-!-display-block govuk-body-s">
                Limiting belief: “{obstacle.limitingBelief}”
                {obstacle.beliefApproach &&
                  ` — ${beliefApproaches.find((a) => a.id === obstacle.beliefApproach)?.text ?? obstacle.beliefApproach}`}
              </span>
            )}
            <ul className="govuk-list govuk-list--bullet govuk-!-margin-left-4">
              {obstacle.steps.map((step) => (
                <li key={step.id}>
                  {step.text} ({step.who}
                  {step.byWhen ? `, by ${step.byWhen}` : ''})
                  {step.interim ? ' — for next time' : ''}
                </li>
              ))}
              {obstacle.steps.length === 0 && <li className="govuk-hint">No step yet</li>}
            </ul>
          </li>
        ))}
      </ul>
      <form onSubmit={add} noValidate>
        <ErrorSummary errors={obstacleForm.errors} />
        <TextInput
          id={`${prefix}text`}
          label={`New ${heading} obstacle`}
          value={text}
          onChange={setText}
          error={obstacleForm.byField[`${prefix}text`]}
        />
        {heading === 'personal' && (
          <>
            <TextInput
              id={`${prefix}limitingBelief`}
              label="Limiting belief (optional)"
              hint="In the customer's words, for example “my fit note means I can't work at all”"
              value={belief}
              onChange={setBelief}
              error={obstacleForm.byField[`${prefix}limitingBelief`]}
            />
            <Select
              id={`${prefix}beliefApproach`}
              label="Approach used"
              value={approach}
              options={[
                { value: '', label: 'Choose an approach' },
                ...beliefApproaches.map((a) => ({ value: a.id, label: a.text })),
              ]}
              onChange={setApproach}
              error={obstacleForm.byField[`${prefix}beliefApproach`]}
            />
          </>
        )}
        <button type="submit" className="govuk-button govuk-button--secondary">
          Add {heading} obstacle
        </button>
      </form>
      {obstacles.length === 0 && !none && (
        <form onSubmit={markNone} noValidate>
          <ErrorSummary errors={noneForm.errors} />
          <TextInput
            id={`none-${heading}.noneReason`}
            label={`Why no ${heading} obstacle?`}
            hint="Say briefly, for the plan"
            value={reason}
            onChange={setReason}
            error={noneForm.byField[`none-${heading}.noneReason`]}
          />
          <button type="submit" className="govuk-button govuk-button--secondary">
            Mark {heading} none identified
          </button>
        </form>
      )}
    </div>
  );
}

import {
  beliefApproaches,
  headingCoverage,
  headings,
  obstaclePrompts,
  type Discussion,
  type Heading,
} from '../../../core/plan';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { useDraftForm } from '../../drafts';
import { useFormSubmit } from '../../forms';
import { formatDate } from '../../format';
import { usePlan } from '../../stores/plan';
import { CoverageBar, headingLabels } from './CoverageBar';
import { ObstacleForm } from './ObstacleForm';
import { PlanItem } from './PlanItem';
import { SaveStatus } from './SaveStatus';
import { StepForm, stepTypeLabels } from './StepForm';
import { SuggestedSolutions } from './SuggestedSolutions';

type Obstacle = Discussion['obstacles'][number];

/** Obstacles under the four headings; personal, social and work get directed prompts. */
export function Obstacles({ caseId }: { caseId: string }) {
  const discussion = usePlan((state) => state.discussion)!;
  const coverage = headingCoverage(discussion);
  return (
    <section aria-labelledby="obstacles-heading" id="obstacles">
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
  const draft = useDraftForm(caseId, `none-${heading}`, { reason: '' });
  const noneForm = useFormSubmit(`none-${heading}.`);
  const markNone = noneForm.submit(async () => {
    await change('plan.markHeading', { caseId, heading, noneReason: draft.fields.reason });
    draft.clear();
  });

  return (
    <div className="app-obstacle-heading">
      <h3 className="govuk-heading-s">{headingLabels[heading]}</h3>
      <p className="govuk-hint">{obstaclePrompts[heading].join(' ')}</p>
      {none && (
        <p className="govuk-body">
          None identified: {none.reason}{' '}
          <button
            type="button"
            className="govuk-link app-link-button"
            onClick={() => void change('plan.markHeading', { caseId, heading, noneReason: null })}
          >
            Take away<span className="govuk-visually-hidden"> none identified for {heading}</span>
          </button>
        </p>
      )}
      <ul className="govuk-list">
        {obstacles.map((obstacle) => (
          <li key={obstacle.id}>
            <ObstacleItem caseId={caseId} obstacle={obstacle} />
          </li>
        ))}
      </ul>
      <ObstacleForm caseId={caseId} heading={heading} />
      {obstacles.length === 0 && !none && (
        <form onSubmit={markNone} noValidate>
          <ErrorSummary errors={noneForm.errors} />
          <TextInput
            id={`none-${heading}.noneReason`}
            label={`Why no ${heading} obstacle?`}
            hint="Say briefly, for the plan"
            value={draft.fields.reason}
            onChange={(reason) => draft.update({ reason })}
            error={noneForm.byField[`none-${heading}.noneReason`]}
          />
          <SaveStatus status={draft.status} saved="Draft kept" />
          <button type="submit" className="govuk-button govuk-button--secondary">
            Mark {heading} none identified
          </button>
        </form>
      )}
    </div>
  );
}

function ObstacleItem({ caseId, obstacle }: { caseId: string; obstacle: Obstacle }) {
  const change = usePlan((state) => state.change);
  const approach = beliefApproaches.find((a) => a.id === obstacle.beliefApproach);
  return (
    <>
      <PlanItem
        name={`obstacle ${obstacle.text}`}
        draft={`obstacle-${obstacle.id}`}
        editor={(done) => (
          <ObstacleForm
            caseId={caseId}
            heading={obstacle.heading}
            obstacle={obstacle}
            onDone={done}
          />
        )}
        onRemove={() => change('plan.removeObstacle', { id: obstacle.id })}
      >
        <strong>{obstacle.text}</strong>
        {obstacle.limitingBelief && (
          <span className="govuk-!-display-block govuk-body-s">
            Limiting belief: “{obstacle.limitingBelief}”{approach && ` — ${approach.text}`}
          </span>
        )}
      </PlanItem>
      <ul className="govuk-list govuk-list--bullet govuk-!-margin-left-4">
        {obstacle.steps.map((step) => (
          <li key={step.id}>
            <PlanItem
              name={`step ${step.text}`}
              draft={`step-${step.id}`}
              editor={(done) => <StepForm caseId={caseId} step={step} onDone={done} />}
              onRemove={() => change('plan.removeStep', { id: step.id })}
            >
              {step.text} ({stepTypeLabels[step.type].toLowerCase()}; {step.who}
              {step.byWhen ? `, by ${formatDate(step.byWhen)}` : ''})
              {step.interim ? ' — to review next time' : ''}
              {step.contact && (
                <span className="govuk-!-display-block govuk-body-s app-pre-line">
                  {step.contact}
                </span>
              )}
            </PlanItem>
          </li>
        ))}
        {obstacle.steps.length === 0 && <li className="govuk-hint">No step yet</li>}
      </ul>
      <SuggestedSolutions obstacle={obstacle} />
    </>
  );
}

import { stepReviews } from '../../../core/plan';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { useDraftForm } from '../../drafts';
import { useFormSubmit } from '../../forms';
import { usePlan } from '../../stores/plan';
import { SaveStatus } from './SaveStatus';

const reviewLabels = { done: 'Done', partly: 'Partly', 'not-done': 'Not done' } as const;

/** Small steps set last time, reviewed at the start of this appointment. */
export function InterimReview({ caseId }: { caseId: string }) {
  const discussion = usePlan((state) => state.discussion)!;
  const steps = discussion.obstacles
    .flatMap((obstacle) => obstacle.steps)
    .filter((step) => step.interim);
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="interim-heading" id="interim">
      <h2 className="govuk-heading-m" id="interim-heading">
        Steps set last time
      </h2>
      {steps.map((step) => (
        <StepReview
          key={step.id}
          caseId={caseId}
          stepId={step.id}
          text={step.text}
          review={step.review}
          note={step.reviewNote}
        />
      ))}
    </section>
  );
}

function StepReview({
  caseId,
  stepId,
  text,
  review,
  note,
}: {
  caseId: string;
  stepId: string;
  text: string;
  review: string | null;
  note: string;
}) {
  const change = usePlan((state) => state.change);
  const draft = useDraftForm(caseId, `review-${stepId}`, { choice: review ?? '', comment: note });
  const { choice, comment } = draft.fields;
  const prefix = `review-${stepId}.`;
  const { errors, byField, submit } = useFormSubmit(prefix);
  const save = submit(async () => {
    await change('plan.reviewStep', { id: stepId, review: choice as never, note: comment });
    draft.clear({ choice, comment });
  });

  return (
    <form onSubmit={save} noValidate className="app-obstacle-heading">
      <ErrorSummary errors={errors} />
      <Radios
        id={`${prefix}review`}
        label={`How did it go: ${text}`}
        inline
        value={choice}
        options={stepReviews.map((value) => ({ value, label: reviewLabels[value] }))}
        onChange={(value) => draft.update({ choice: value })}
        error={byField[`${prefix}review`]}
      />
      <TextInput
        id={`${prefix}note`}
        label="Note (optional)"
        value={comment}
        onChange={(value) => draft.update({ comment: value })}
        error={byField[`${prefix}note`]}
      />
      <SaveStatus status={draft.status} saved="Draft kept" />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Save review<span className="govuk-visually-hidden"> of {text}</span>
      </button>
      {review && (
        <p className="govuk-body-s" role="status">
          Reviewed: {reviewLabels[review as keyof typeof reviewLabels]}
        </p>
      )}
    </form>
  );
}

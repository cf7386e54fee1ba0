import { useState } from 'react';
import { endQuestions, type PlanEnd } from '../../../core/plan';
import { useAutosave } from '../../autosave';
import { Textarea } from '../../components/Textarea';
import { usePlan } from '../../stores/plan';
import { SaveStatus } from './SaveStatus';
import { ScopeCheck } from './ScopeCheck';
import { ScoreQuestion } from './ScoreQuestion';

/** Confidence, importance, potential work ability and what the customer can do now. */
export function EndOfDiscussion({ caseId }: { caseId: string }) {
  const saved = usePlan((state) => state.discussion!.end);
  const saveEnd = usePlan((state) => state.saveEnd);
  const [end, setEnd] = useState<PlanEnd>(saved);
  const status = useAutosave(end, (values) => saveEnd(caseId, values));
  const update = (change: Partial<PlanEnd>) => setEnd({ ...end, ...change });

  return (
    <section aria-labelledby="end-heading">
      <h2 className="govuk-heading-m" id="end-heading">
        End of the discussion
      </h2>
      <ScoreQuestion
        id="confidence"
        question={endQuestions.confidence}
        score={end.confidence}
        onChange={(confidence) => update({ confidence })}
      />
      <ScoreQuestion
        id="importance"
        question={endQuestions.importance}
        score={end.importance}
        onChange={(importance) => update({ importance })}
      />
      <ScoreQuestion
        id="potentialWorkAbility"
        question={endQuestions.potentialWorkAbility}
        score={end.potentialWorkAbility}
        onChange={(potentialWorkAbility) => update({ potentialWorkAbility })}
      />
      <Textarea
        id="canDo"
        label="What you can do now"
        hint="Written to the customer, about what they can do: “You can walk to the shops”, not what they cannot."
        rows={4}
        value={end.canDo}
        onChange={(canDo) => update({ canDo })}
      />
      <ScopeCheck caseId={caseId} field="canDo" text={end.canDo} />
      <SaveStatus status={status} />
    </section>
  );
}

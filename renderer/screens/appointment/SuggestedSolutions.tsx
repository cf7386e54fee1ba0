import { useEffect, useRef, useState } from 'react';
import { libraryTypes, type Suggestion } from '../../../core/library';
import type { Discussion } from '../../../core/plan';
import { workability } from '../../api';
import { ActionMessage, type ActionOutcome } from '../../components/ActionMessage';
import { formErrors } from '../../forms';
import { usePlan } from '../../stores/plan';

type Obstacle = Discussion['obstacles'][number];
const shown = 3;

/**
 * The library items best matched to an obstacle; one key press on one adds it
 * as a step for the obstacle, with its contact details.
 */
export function SuggestedSolutions({ obstacle }: { obstacle: Obstacle }) {
  const change = usePlan((state) => state.change);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [message, setMessage] = useState<ActionOutcome | null>(null);
  const group = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    workability
      .call('library.suggest', { obstacleId: obstacle.id })
      .then((found) => current && setSuggestions(found))
      // Suggestions are a help, not the plan: without them the EHP carries on.
      .catch(() => current && setSuggestions([]));
    return () => {
      current = false;
    };
  }, [obstacle.id, obstacle.text]);

  const taken = new Set(obstacle.steps.map((step) => step.libraryItemId));
  const offered = suggestions.filter((suggestion) => !taken.has(suggestion.id)).slice(0, shown);

  async function add(suggestion: Suggestion, index: number) {
    try {
      await change('plan.addSuggestedStep', {
        obstacleId: obstacle.id,
        libraryItemId: suggestion.id,
      });
      setMessage({ text: `Added “${suggestion.title}” as a step.`, error: false });
      // The next suggestion takes the place of the one added, and the focus.
      requestAnimationFrame(() => {
        const buttons = group.current?.querySelectorAll<HTMLButtonElement>('button');
        (buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)] ?? group.current)?.focus();
      });
    } catch (failure) {
      setMessage({ text: formErrors(failure)[0]!.message, error: true });
    }
  }

  if (offered.length === 0 && !message) return null;
  return (
    <div
      className="app-suggestions"
      role="group"
      aria-label={`Suggested solutions for ${obstacle.text}`}
      ref={group}
      tabIndex={-1}
    >
      {offered.length > 0 && (
        <>
          <p className="govuk-body-s govuk-!-margin-bottom-1">Suggested from the library:</p>
          <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-1">
            {offered.map((suggestion, index) => (
              <li key={suggestion.id}>
                <button
                  type="button"
                  className="govuk-link app-link-button"
                  aria-label={`Add ${suggestion.title} as a step`}
                  onClick={() => void add(suggestion, index)}
                >
                  Add
                </button>{' '}
                <strong>{suggestion.title}</strong>{' '}
                <span className="app-secondary-text">
                  ({libraryTypes.labels[suggestion.type].toLowerCase()}
                  {suggestion.phone ? `, ${suggestion.phone}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ActionMessage outcome={message} />
    </div>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { formErrors } from '../../forms';
import { usePlan } from '../../stores/plan';

/** “returned” is the view after a form closes: focus goes back to Change. */
type Mode = 'view' | 'edit' | 'remove' | 'returned';

/**
 * A goal, obstacle or step as listed, with Change and Remove. Changing opens
 * the item's own form in place; removing asks first. Focus goes to the form,
 * and back to Change when the EHP is done, so the keyboard never gets lost.
 */
export function PlanItem({
  name,
  draft,
  children,
  editor,
  onRemove,
}: {
  /** Says which item, in the buttons' accessible names: “goal Drive a van”. */
  name: string;
  /** The form's draft: if the EHP was changing this item when the app closed, it opens changing. */
  draft: string;
  children: ReactNode;
  editor: (done: () => void) => ReactNode;
  onRemove: () => Promise<void>;
}) {
  const changing = usePlan((state) => draft in state.drafts);
  const [mode, setMode] = useState<Mode>(changing ? 'edit' : 'view');
  // Focus follows the EHP's own moves, never a form reopened from a draft.
  const [moved, setMoved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const opened = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!moved) return;
    if (mode === 'returned') changeButton.current?.focus();
    else if (mode !== 'view') {
      opened.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
  }, [mode, moved]);

  const move = (next: Mode) => {
    setMoved(true);
    setMode(next);
  };
  const done = () => {
    setError(null);
    move('returned');
  };
  const remove = async () => {
    // The item goes with its buttons: focus moves to its section's heading.
    const heading = opened.current?.closest('section')?.querySelector('h2');
    try {
      await onRemove();
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    } catch (failure) {
      done();
      setError(formErrors(failure)[0]!.message);
    }
  };

  if (mode === 'edit') return <div ref={opened}>{editor(done)}</div>;
  return (
    <>
      {children}
      {mode === 'remove' ? (
        <div ref={opened} className="app-item-actions" role="group" aria-label={`Remove ${name}?`}>
          <span className="govuk-body-s govuk-!-margin-0">Remove this?</span>
          <button
            type="button"
            className="govuk-link app-link-button"
            aria-label={`Yes, remove ${name}`}
            onClick={() => void remove()}
          >
            Yes, remove
          </button>
          <button
            type="button"
            className="govuk-link app-link-button"
            aria-label={`Keep ${name}`}
            onClick={done}
          >
            Keep it
          </button>
        </div>
      ) : (
        <div className="app-item-actions">
          <button
            type="button"
            ref={changeButton}
            id={`${draft}-change`}
            className="govuk-link app-link-button"
            aria-label={`Change ${name}`}
            onClick={() => move('edit')}
          >
            Change
          </button>
          <button
            type="button"
            className="govuk-link app-link-button"
            aria-label={`Remove ${name}`}
            onClick={() => move('remove')}
          >
            Remove
          </button>
        </div>
      )}
      {error && (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

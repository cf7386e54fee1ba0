/** What came of an action: said politely when it worked, at once when it failed. */
export interface ActionOutcome {
  text: string;
  error: boolean;
}

/**
 * The status region is always there, so a screen reader hears what is put in
 * it; a failure is an alert.
 */
export function ActionMessage({ outcome }: { outcome: ActionOutcome | null }) {
  return (
    <>
      <p className="govuk-body-s govuk-!-margin-bottom-1" role="status">
        {outcome && !outcome.error && outcome.text}
      </p>
      {outcome?.error && (
        <p className="govuk-error-message" role="alert">
          {outcome.text}
        </p>
      )}
    </>
  );
}

/** A form's submit button, and Cancel when the form was opened in place to change something. */
export function FormButtons({ submit, onCancel }: { submit: string; onCancel?: () => void }) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button govuk-button--secondary">
        {submit}
      </button>
      {onCancel && (
        <button type="button" className="govuk-link app-link-button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

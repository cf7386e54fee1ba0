import { format, parseISO } from 'date-fns';
import type { SaveState } from '../../autosave';

/** Says whether what was typed is safely saved; a failure is announced. */
export function SaveStatus({ status, saved = 'Saved' }: { status: SaveState; saved?: string }) {
  if (status.state === 'failed') {
    return (
      <p className="govuk-error-message" role="alert">
        Not saved: {status.message} What you typed is still here.
      </p>
    );
  }
  return (
    <p className="govuk-body-s govuk-!-margin-bottom-2" role="status">
      {status.state === 'saving'
        ? 'Saving…'
        : status.state === 'saved'
          ? `${saved} at ${format(parseISO(status.at), 'HH:mm:ss')}`
          : ''}
    </p>
  );
}

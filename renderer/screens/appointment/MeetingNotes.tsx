import { useState } from 'react';
import Markdown from 'react-markdown';
import { useAutosave } from '../../autosave';
import { Textarea } from '../../components/Textarea';
import { useAppointment } from '../../stores/appointment';
import { SaveStatus } from './SaveStatus';
import { ScopeCheck } from './ScopeCheck';

/** Notes for the Work Coach, in Markdown, with the preview they will read. Raw HTML is never rendered. */
export function MeetingNotes() {
  const { session, save } = useAppointment();
  const [notes, setNotes] = useState(session!.record.notes);
  const status = useAutosave(notes, (text) => save({ notes: text }));

  return (
    <>
      <h2 className="govuk-heading-m">Meeting notes</h2>
      <Textarea
        id="notes"
        label="Notes for the Work Coach"
        hint="Markdown: **bold**, *italic*, lists with - or 1. Written so someone who was not there can follow them."
        rows={10}
        value={notes}
        onChange={setNotes}
      />
      <ScopeCheck caseId={session!.caseId} field={`notes-${session!.appointmentId}`} text={notes} />
      <SaveStatus status={status} />
      <h3 className="govuk-heading-s">How the Work Coach will see them</h3>
      <div className="app-notes-preview" aria-label="Preview of the notes">
        {notes.trim() ? (
          <Markdown skipHtml>{notes}</Markdown>
        ) : (
          <p className="govuk-body govuk-hint">Nothing written yet.</p>
        )}
      </div>
    </>
  );
}

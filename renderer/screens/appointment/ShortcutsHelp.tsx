import { useCallback, useRef } from 'react';
import { usePlan } from '../../stores/plan';
import { scoreKeysHelp } from '../../score-keys';
import { helpShortcut, shortcuts, useAppointmentShortcuts } from './shortcuts';

/** A button and a dialog listing the appointment screen's keyboard shortcuts; Escape closes it. */
export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const discussion = usePlan((state) => state.discussion);
  const show = useCallback(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  useAppointmentShortcuts(discussion, show);

  return (
    <>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={show}>
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} className="app-dialog" aria-labelledby="shortcuts-heading">
        <h2 className="govuk-heading-m" id="shortcuts-heading">
          Keyboard shortcuts
        </h2>
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Keyboard shortcuts</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Keys
              </th>
              <th scope="col" className="govuk-table__header">
                What they do
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {[...shortcuts, helpShortcut].map(({ keys, does }) => (
              <tr className="govuk-table__row" key={keys}>
                <td className="govuk-table__cell app-nowrap">
                  <kbd>{keys}</kbd>
                </td>
                <td className="govuk-table__cell">{does}</td>
              </tr>
            ))}
            <tr className="govuk-table__row">
              <td className="govuk-table__cell app-nowrap">
                <kbd>0</kbd> to <kbd>10</kbd>
              </td>
              <td className="govuk-table__cell">{scoreKeysHelp}</td>
            </tr>
            <tr className="govuk-table__row">
              <td className="govuk-table__cell app-nowrap">
                <kbd>Ctrl+Shift+L</kbd>
              </td>
              <td className="govuk-table__cell">Lock Workability</td>
            </tr>
          </tbody>
        </table>
        <button type="button" className="govuk-button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </dialog>
    </>
  );
}

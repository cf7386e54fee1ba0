import { saveFile } from '../../download';

/** Saves a table as CSV; the byte order mark tells Excel it is UTF-8 (Welsh office names). */
export function CsvButton({
  fileName,
  what,
  csv,
}: {
  fileName: string;
  what: string;
  csv: () => string;
}) {
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      onClick={() =>
        saveFile(fileName, new Blob(['\uFEFF', csv()], { type: 'text/csv;charset=utf-8' }))
      }
    >
      Download CSV<span className="govuk-visually-hidden"> of {what.toLowerCase()}</span>
    </button>
  );
}

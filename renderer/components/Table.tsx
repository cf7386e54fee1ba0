import type { ReactNode } from 'react';

/** A GOV.UK table with its caption (its accessible name) and a header row. */
export function Table({
  caption,
  captionHidden = true,
  columns,
  children,
}: {
  caption: string;
  captionHidden?: boolean;
  /** Column headings; an empty one is read out as the given hidden text. */
  columns: readonly (string | { hidden: string })[];
  children: ReactNode;
}) {
  return (
    <table className="govuk-table">
      <caption
        className={`govuk-table__caption ${captionHidden ? 'govuk-visually-hidden' : 'govuk-table__caption--s'}`}
      >
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th
              scope="col"
              className="govuk-table__header"
              key={typeof column === 'string' ? column : column.hidden}
            >
              {typeof column === 'string' ? (
                column
              ) : (
                <span className="govuk-visually-hidden">{column.hidden}</span>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}

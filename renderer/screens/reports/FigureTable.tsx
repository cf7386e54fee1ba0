import { roundingNote } from '../../../core/mi';
import { miTableCsv, type MiTable } from '../../../core/mi-tables';
import { Table } from '../../components/Table';
import { FigureChart } from './FigureChart';
import { CsvButton } from './CsvButton';

/** One MI figure: its chart, and beside it the table of counts and percentages. */
export function FigureTable({ figure, fileName }: { figure: MiTable; fileName: string }) {
  const headingId = `figure-${figure.id}`;
  return (
    <section aria-labelledby={headingId} className="app-figure">
      <h2 className="govuk-heading-m" id={headingId}>
        {figure.title}
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          {figure.total === 0 ? (
            <p className="govuk-body">None in this period.</p>
          ) : (
            <FigureChart
              title={figure.title}
              rows={figure.rows}
              series={[{ key: 'percent', name: 'Percentage' }]}
              unit="%"
              domainMax={100}
            />
          )}
        </div>
        <div className="govuk-grid-column-one-half">
          <Table caption={figure.title} columns={[figure.rowHeading, 'Number', 'Percentage']}>
            {figure.rows.map((row) => (
              <tr className="govuk-table__row" key={row.label}>
                <th scope="row" className="govuk-table__header">
                  {row.label}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {row.count.toLocaleString('en-GB')}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.percent}%</td>
              </tr>
            ))}
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                Total
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {figure.total.toLocaleString('en-GB')}
              </td>
              <td className="govuk-table__cell" />
            </tr>
          </Table>
          <p className="govuk-body-s">
            Base: {figure.base}, {figure.total.toLocaleString('en-GB')}.
          </p>
          {!figure.sumsTo100 && <p className="govuk-body-s">Note: {roundingNote}</p>}
          <CsvButton
            fileName={`${fileName} - ${figure.id}.csv`}
            what={figure.title}
            csv={() => miTableCsv(figure)}
          />
        </div>
      </div>
    </section>
  );
}

import type { MiReport } from '../../../core/mi';
import { officeTable, toCsv } from '../../../core/mi-tables';
import { Table } from '../../components/Table';
import { CsvButton } from './CsvButton';
import { FigureChart } from './FigureChart';

/** Eligible referrals and completed cases for each office, as the report's Table 3.1. */
export function OfficeFigure({
  offices,
  fileName,
}: {
  offices: MiReport['offices'];
  fileName: string;
}) {
  const title = 'Referrals and completed cases per office';
  const { headings, rows } = officeTable(offices);
  return (
    <section aria-labelledby="figure-offices" className="app-figure">
      <h2 className="govuk-heading-m" id="figure-offices">
        {title}
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <FigureChart
            title={title}
            rows={offices.map((o) => ({
              label: o.name,
              referrals: o.referrals,
              completed: o.completed,
            }))}
            series={[
              { key: 'referrals', name: 'Eligible referrals' },
              { key: 'completed', name: 'Completed cases' },
            ]}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Table caption={title} columns={headings}>
            {rows.map(([name, referrals, completed]) => (
              <tr className="govuk-table__row" key={name}>
                <th scope="row" className="govuk-table__header">
                  {name}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {referrals.toLocaleString('en-GB')}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {completed.toLocaleString('en-GB')}
                </td>
              </tr>
            ))}
          </Table>
          <CsvButton
            fileName={`${fileName} - offices.csv`}
            what={title}
            csv={() => toCsv([headings, ...rows])}
          />
        </div>
      </div>
    </section>
  );
}

import { format, parseISO } from 'date-fns';
import { useEffect, useState } from 'react';
import { miTables } from '../../core/mi-tables';
import type { MiReport } from '../../core/mi';
import { DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { Radios } from '../components/Radios';
import { useFormSubmit } from '../forms';
import { usePractitioner } from '../stores/practitioner';
import { useReports, type Whose } from '../stores/reports';
import { useSync } from '../stores/sync';
import { FigureTable } from './reports/FigureTable';
import { OfficeFigure } from './reports/OfficeFigure';

const longDate = (isoDate: string) => format(parseISO(isoDate), 'd MMMM yyyy');

/**
 * The MI the evaluation assembled by hand, from live data: an EHP's own
 * caseload from this device, a manager's office from the central server.
 */
export function ReportsScreen() {
  const isManager = usePractitioner((state) => state.practitioner?.role === 'manager');
  const signedIn = useSync((state) => Boolean(state.status?.signedInAs));
  const reports = useReports();
  const [from, setFrom] = useState(reports.from);
  const [to, setTo] = useState(reports.to);
  const [whose, setWhose] = useState<Whose>(
    reports.whose ?? (isManager && signedIn ? 'office' : 'caseload'),
  );
  const { errors, byField, submit } = useFormSubmit();
  const show = submit(() => reports.show({ from, to, whose }));
  useEffect(() => {
    // The figures for the period last shown, straight away.
    void show();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <PageHeading title="Reports">Reports</PageHeading>
      <p className="govuk-body">
        Counted from the cases referred in the period: their outcomes, appointments, scores and
        follow-ups, whenever those happened.
      </p>
      <form onSubmit={show} noValidate aria-label="Period and figures">
        <ErrorSummary errors={errors} />
        {isManager && (
          <Radios
            id="whose"
            label="Whose figures"
            hint={
              signedIn
                ? undefined
                : 'Your office’s figures come from the central server: sign in under Settings first.'
            }
            value={whose}
            onChange={(value) => setWhose(value as Whose)}
            options={[
              { value: 'office', label: 'Your office, from the central server' },
              { value: 'caseload', label: 'Your own caseload on this device' },
            ]}
          />
        )}
        <div className="app-period">
          <DateInput
            id="from"
            legend="From"
            hint="The first referral date counted"
            value={from}
            onChange={setFrom}
            error={byField.from}
          />
          <DateInput
            id="to"
            legend="To"
            hint="The last referral date counted"
            value={to}
            onChange={setTo}
            error={byField.to}
          />
        </div>
        <button type="submit" className="govuk-button">
          Show figures
        </button>
      </form>
      {reports.report && <Figures report={reports.report} />}
    </>
  );
}

function Figures({ report }: { report: MiReport }) {
  const { figures } = report;
  const who =
    report.scope === 'office' ? (report.offices[0]?.name ?? 'Your office') : 'Your caseload';
  const fileName = `Workability MI - ${who} - ${figures.from} to ${figures.to}`;
  return (
    <>
      <h2 className="govuk-heading-l" id="figures-heading">
        {who}: {longDate(figures.from)} to {longDate(figures.to)}
      </h2>
      <p className="govuk-body-l" role="status">
        {figures.referrals.toLocaleString('en-GB')}{' '}
        {figures.referrals === 1 ? 'referral' : 'referrals'} in the period.
      </p>
      {figures.referrals === 0 ? (
        <p className="govuk-body">Choose another period to see figures.</p>
      ) : (
        <>
          <OfficeFigure offices={report.offices} fileName={fileName} />
          {miTables(figures).map((figure) => (
            <FigureTable key={figure.id} figure={figure} fileName={fileName} />
          ))}
        </>
      )}
    </>
  );
}

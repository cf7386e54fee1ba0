import { useEffect } from 'react';
import { caseStatuses, type CaseStatus } from '../../core/domain';
import { PageHeading } from '../components/PageHeading';
import { Pagination } from '../components/Pagination';
import { Select, optionsOf } from '../components/Select';
import { StatusTag } from '../components/StatusTag';
import { TextInput } from '../components/TextInput';
import { formatDate, formatDateTime } from '../format';
import { useCaseload } from '../stores/caseload';
import { Table } from '../components/Table';
import { FollowUpsDue } from './caseload/FollowUpsDue';

/** The EHP's cases, soonest appointment first, a page at a time so 5,000 stay quick. */
export function CaseloadScreen() {
  const { status, search, page, result, error, setStatus, setSearch, setPage, load } =
    useCaseload();
  const loadFollowUps = useCaseload((state) => state.loadFollowUps);
  useEffect(() => {
    void load();
    void loadFollowUps();
  }, [load, loadFollowUps]);

  const pageCount = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const first = result && result.total > 0 ? (result.page - 1) * result.pageSize + 1 : 0;
  const last = result ? first + result.cases.length - Math.min(1, result.cases.length) : 0;

  return (
    <>
      <PageHeading title="Caseload">Caseload</PageHeading>
      <a href="#/cases/new" role="button" draggable="false" className="govuk-button">
        Create a case from a referral
      </a>
      <FollowUpsDue />
      <div className="app-filters">
        <Select
          id="status-filter"
          label="Status"
          value={status ?? ''}
          options={[{ value: '', label: 'All statuses' }, ...optionsOf(caseStatuses)]}
          onChange={(value) => void setStatus(value === '' ? null : (value as CaseStatus))}
        />
        <TextInput
          id="search"
          type="search"
          label="Search by customer name or reference"
          width="20"
          value={search}
          onChange={(value) => void setSearch(value)}
        />
      </div>
      {error && (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      )}
      <p className="govuk-body" role="status">
        {!result
          ? 'Loading cases…'
          : result.total === 0
            ? 'No cases match.'
            : `Showing ${first} to ${last} of ${result.total} ${result.total === 1 ? 'case' : 'cases'}`}
      </p>
      {result && result.cases.length > 0 && (
        <Table
          caption="Cases"
          columns={['Customer', 'Reference', 'Status', 'Next appointment', 'Referred']}
        >
          {result.cases.map((summary) => (
            <tr className="govuk-table__row" key={summary.id}>
              <th scope="row" className="govuk-table__header">
                <a className="govuk-link" href={`#/cases/${summary.id}`}>
                  {summary.customerName}
                </a>
              </th>
              <td className="govuk-table__cell app-nowrap">{summary.customerReference}</td>
              <td className="govuk-table__cell">
                <StatusTag status={summary.status} />
              </td>
              <td className="govuk-table__cell">
                {summary.nextAppointment ? formatDateTime(summary.nextAppointment) : 'None booked'}
              </td>
              <td className="govuk-table__cell">{formatDate(summary.referralDate)}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination page={page} pageCount={pageCount} onPage={(next) => void setPage(next)} />
    </>
  );
}

import { caseStatuses, type CaseStatus } from '../../core/domain';

const colours: Record<CaseStatus, string> = {
  referred: 'govuk-tag--light-blue',
  active: 'govuk-tag--green',
  completed: 'govuk-tag--grey',
  unsuitable: 'govuk-tag--orange',
  'returned-to-jcp': 'govuk-tag--yellow',
  'claim-closed': 'govuk-tag--red',
};

export function StatusTag({ status }: { status: CaseStatus }) {
  return <strong className={`govuk-tag ${colours[status]}`}>{caseStatuses.labels[status]}</strong>;
}

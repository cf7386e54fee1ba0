/** GOV.UK pagination: previous and next, with where you are. */
export function Pagination({
  page,
  pageCount,
  onPage,
  label = 'Pages of cases',
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <button
            type="button"
            className="govuk-link govuk-pagination__link app-link-button"
            onClick={() => onPage(page - 1)}
          >
            <span className="govuk-pagination__link-title">Previous page</span>
          </button>
        </div>
      )}
      <p className="govuk-body govuk-!-margin-bottom-0 govuk-!-margin-top-2">
        Page {page} of {pageCount}
      </p>
      {page < pageCount && (
        <div className="govuk-pagination__next">
          <button
            type="button"
            className="govuk-link govuk-pagination__link app-link-button"
            onClick={() => onPage(page + 1)}
          >
            <span className="govuk-pagination__link-title">Next page</span>
          </button>
        </div>
      )}
    </nav>
  );
}

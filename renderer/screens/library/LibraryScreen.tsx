import { useEffect, useRef, type KeyboardEvent } from 'react';
import { libraryTypes, type LibraryType } from '../../../core/library';
import { headings, type Heading } from '../../../core/plan';
import { PageHeading } from '../../components/PageHeading';
import { Select, optionsOf } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { useLibrary } from '../../stores/library';
import { usePractitioner } from '../../stores/practitioner';
import { headingLabels } from '../appointment/CoverageBar';
import { areaLabel } from './labels';

const any = { value: '', label: 'Any' };
const searchDelayMs = 120;

/**
 * The solutions library: search as you type, filter by heading and type, and
 * look in another office's area when covering it. Arrow keys move from the
 * search box through the results.
 */
export function LibraryScreen() {
  const { practitioner, offices } = usePractitioner();
  const { filters, results, searching, searchError, search } = useLibrary();
  const list = useRef<HTMLOListElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!filters && practitioner) void search({ officeId: practitioner.officeId });
  }, [filters, practitioner, search]);
  useEffect(() => () => clearTimeout(timer.current), []);
  if (!filters) return <p className="govuk-body">Opening the library…</p>;

  const office = offices.find((candidate) => candidate.id === filters.officeId);
  const typeSearch = (query: string) => {
    useLibrary.setState({ filters: { ...filters, query }, searching: true });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void search({ query }), searchDelayMs);
  };
  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  const moveThroughResults = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    // Only from the search box and the results: the filters' own arrow keys choose options.
    if (at < 0 && document.activeElement?.id !== 'library-query') return;
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) document.getElementById('library-query')?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };

  return (
    <>
      <PageHeading title="Solutions library">Solutions library</PageHeading>
      <p className="govuk-body">
        Services to signpost, online resources and practical steps, for{' '}
        {office ? `${office.name}, ${office.nation} and the UK` : 'the UK'}.{' '}
        <a href="#/library/new" className="govuk-link">
          Add a local service
        </a>
      </p>
      <div className="govuk-grid-row" onKeyDown={moveThroughResults}>
        <div className="govuk-grid-column-one-third">
          <Select
            id="library-office"
            label="Area"
            hint="Switch to the office you are covering to see its local services"
            value={filters.officeId}
            options={offices.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.name} (${candidate.nation})`,
            }))}
            onChange={(officeId) => void search({ officeId })}
          />
          <Select
            id="library-heading"
            label="Obstacle heading"
            value={filters.heading ?? ''}
            options={[any, ...headings.map((value) => ({ value, label: headingLabels[value] }))]}
            onChange={(heading) => void search({ heading: (heading || null) as Heading | null })}
          />
          <Select
            id="library-type"
            label="Type"
            value={filters.type ?? ''}
            options={[any, ...optionsOf(libraryTypes)]}
            onChange={(type) => void search({ type: (type || null) as LibraryType | null })}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <TextInput
            id="library-query"
            label="Search the library"
            hint="For example: debt, back pain, confidence, carers"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={filters.query}
            onChange={typeSearch}
          />
          {searchError ? (
            <p className="govuk-error-message" role="alert">
              {searchError}
            </p>
          ) : (
            <p className="govuk-body-s" role="status">
              {searching
                ? 'Searching…'
                : results.length === 0
                  ? 'Nothing found. Try fewer or shorter words, or another area.'
                  : `${results.length === 50 ? 'The first 50' : results.length} ${results.length === 1 ? 'item' : 'items'}${filters.query ? ', best match first' : ''}`}
            </p>
          )}
          <ol
            className="govuk-list app-library-results"
            ref={list}
            aria-label="Results"
            aria-busy={searching}
          >
            {results.map((item) => (
              <li key={item.id} className="app-library-result">
                <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                  <a href={`#/library/${item.id}`} className="govuk-link">
                    {item.title}
                  </a>
                </h2>
                <p className="govuk-body-s govuk-!-margin-bottom-1 app-secondary-text">
                  {libraryTypes.labels[item.type]} · {areaLabel(item.area, offices)}
                  {item.source === 'local' && !item.verified && ' · not yet verified'}
                </p>
                <p className="govuk-body-s">{item.summary}</p>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </>
  );
}

import { useEffect, useState, type ReactNode } from 'react';
import { libraryTypes, type LibraryItem } from '../../../core/library';
import { PageHeading } from '../../components/PageHeading';
import { SummaryList } from '../../components/SummaryList';
import { workability } from '../../api';
import { formErrors } from '../../forms';
import { formatDate } from '../../format';
import { usePractitioner } from '../../stores/practitioner';
import { headingLabels } from '../appointment/CoverageBar';
import { areaLabel, topicLabel } from './labels';

/** One item of the library in full; a manager of its office verifies a local service here. */
export function LibraryItemScreen({ itemId }: { itemId: string }) {
  const { practitioner, offices } = usePractitioner();
  const [item, setItem] = useState<LibraryItem | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    workability
      .call('library.get', { id: itemId })
      .then((found) => current && setItem(found))
      .catch((error: unknown) => current && setProblem(formErrors(error)[0]!.message));
    return () => {
      current = false;
    };
  }, [itemId]);

  const back = (
    <a href="#/library" className="govuk-back-link">
      Back to the library
    </a>
  );
  if (problem && !item) {
    return (
      <>
        {back}
        <PageHeading title="Item not found">Item not found</PageHeading>
        <p className="govuk-body">{problem}</p>
      </>
    );
  }
  if (!item) return <p className="govuk-body">Opening the item…</p>;

  const verify = async () => {
    try {
      setItem(await workability.call('library.verify', { id: item.id }));
      setProblem(null);
    } catch (error) {
      setProblem(formErrors(error)[0]!.message);
    }
  };
  const canVerify =
    item.source === 'local' &&
    !item.verified &&
    practitioner?.role === 'manager' &&
    item.area === `office:${practitioner.officeId}`;

  return (
    <>
      {back}
      <PageHeading title={item.title} caption={libraryTypes.labels[item.type]}>
        {item.title}
      </PageHeading>
      {item.source === 'local' && !item.verified && (
        <div className="govuk-inset-text">
          Added locally and not yet verified by a manager: check the details before you give them to
          a customer.
        </div>
      )}
      <p className="govuk-body-l">{item.summary}</p>
      <SummaryList
        rows={[
          ['How to get it', item.howToGet || 'Not given'],
          [
            'Website',
            item.url ? (
              <a href={item.url} className="govuk-link" target="_blank" rel="noreferrer">
                {item.url}
              </a>
            ) : (
              'None'
            ),
          ],
          ['Phone', item.phone ?? 'None'],
          [
            'Can the customer contact it themselves?',
            item.selfReferral ? 'Yes' : 'No, it needs a referral',
          ],
          ['Cost', item.cost || 'Not given'],
          ['Helps with', item.headings.map((heading) => headingLabels[heading]).join(', ')],
          ['Topics', item.tags.map(topicLabel).join(', ') || 'None'],
          ['Where it applies', areaLabel(item.area, offices)],
          [
            'Source',
            item.source === 'central'
              ? `Central library${item.lastChecked ? `, details checked ${formatDate(item.lastChecked)}` : ''}`
              : `Added locally${item.verified && item.lastChecked ? `, verified ${formatDate(item.lastChecked)}` : ''}`,
          ],
          ...(item.sourceUrl
            ? ([
                [
                  'Details published at',
                  <a href={item.sourceUrl} className="govuk-link" target="_blank" rel="noreferrer">
                    {item.sourceUrl}
                  </a>,
                ],
              ] as [string, ReactNode][])
            : []),
        ]}
      />
      {canVerify && (
        <button type="button" className="govuk-button" onClick={() => void verify()}>
          Verify this service
        </button>
      )}
      {problem && (
        <p className="govuk-error-message" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

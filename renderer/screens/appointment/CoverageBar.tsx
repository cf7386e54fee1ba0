import { headings, type Heading } from '../../../core/plan';

export const headingLabels: Record<Heading, string> = {
  health: 'Health',
  personal: 'Personal',
  social: 'Social',
  work: 'Work',
};

const states = {
  obstacles: { label: 'explored', tag: 'govuk-tag--green' },
  'none-identified': { label: 'none identified', tag: 'govuk-tag--blue' },
  'not-explored': { label: 'not explored yet', tag: 'govuk-tag--grey' },
} as const;

/** Which of the four headings the discussion has covered: personal and social are the ones left blank. */
export function CoverageBar({ coverage }: { coverage: Record<Heading, keyof typeof states> }) {
  return (
    <ul className="govuk-list app-coverage" aria-label="Headings explored">
      {headings.map((heading) => (
        <li key={heading}>
          <strong className={`govuk-tag ${states[coverage[heading]].tag}`}>
            {headingLabels[heading]}: {states[coverage[heading]].label}
          </strong>
        </li>
      ))}
    </ul>
  );
}

import { PageHeading } from '../components/PageHeading';

const comingSoon = {
  reports: {
    title: 'Reports',
    text: 'Management information will be here: referrals, appointments, attendance, outcomes and changes in work ability scores, for your office and period.',
  },
} as const;

/** Sections later work fills; until then each says plainly what will be there. */
export function PlaceholderScreen({ section }: { section: keyof typeof comingSoon }) {
  const { title, text } = comingSoon[section];
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <div className="govuk-inset-text">Not available yet.</div>
      <p className="govuk-body">{text}</p>
    </>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's h1. It takes focus when the screen opens, so keyboard and
 * screen reader users start at the top of the new screen, and names the tab.
 */
export function PageHeading({
  children,
  title,
  caption,
}: {
  children: ReactNode;
  title: string;
  caption?: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Workability`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}

import type { Practitioner } from '../../core/caseload';
import { type Section, sections } from '../routes';

/** GOV.UK header with the service navigation: who is signed in, and the four sections. */
export function Header({
  practitioner,
  current,
  onLock,
}: {
  practitioner: Practitioner | null;
  current: Section | null;
  onLock?: () => void;
}) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <span className="govuk-header__link govuk-header__link--homepage">
              <span className="govuk-header__product-name">Workability</span>
            </span>
          </div>
          {practitioner && (
            <p className="govuk-body-s app-header-practitioner">
              {practitioner.name}, {practitioner.officeName}
            </p>
          )}
          {onLock && (
            <button
              type="button"
              className="govuk-button govuk-button--inverse app-lock-button"
              onClick={onLock}
              aria-keyshortcuts="Control+Shift+L"
            >
              Lock<span className="govuk-visually-hidden"> Workability (Ctrl+Shift+L)</span>
            </button>
          )}
        </div>
      </header>
      {practitioner && (
        <section className="govuk-service-navigation" aria-label="Sections">
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  {sections.map((section) => (
                    <li
                      key={section.id}
                      className={`govuk-service-navigation__item${current === section.id ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <a
                        className="govuk-service-navigation__link"
                        href={`#/${section.id}`}
                        aria-current={current === section.id ? 'page' : undefined}
                      >
                        {section.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </div>
        </section>
      )}
    </>
  );
}

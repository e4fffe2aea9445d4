import type { MouseEvent, ReactNode } from 'react';

export type PageLayoutProps = {
  children: ReactNode;
  serviceName?: string;
  /** Where the service name in the header links to. */
  homeHref?: string;
  /** Who is signed in, shown at the right of the header. */
  account?: ReactNode;
};

export const MAIN_CONTENT_ID = 'main-content';

/**
 * The page template every screen sits in: skip link, header, phase banner, main and footer, with the
 * markup of the GOV.UK template so govuk-frontend's styles apply unchanged.
 */
export function PageLayout({ children, serviceName = 'Front Door', homeHref = '/', account }: PageLayoutProps) {
  return (
    <>
      <a href={`#${MAIN_CONTENT_ID}`} className="govuk-skip-link" data-module="govuk-skip-link" onClick={focusMain}>
        Skip to main content
      </a>
      {/* No GOV.UK crown: it is reserved for services on GOV.UK, which a council front door is not. */}
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__content app-header__content">
            <a href={homeHref} className="govuk-header__link govuk-header__service-name">
              {serviceName}
            </a>
          </div>
          <nav aria-label="Menu" className="govuk-header__navigation fd-header__nav">
            <ul className="govuk-header__navigation-list">
              <li className="govuk-header__navigation-item">
                <a className="govuk-header__link" href="/desk">
                  Desk
                </a>
              </li>
              <li className="govuk-header__navigation-item">
                <a className="govuk-header__link" href="/info-requests">
                  Information requests
                </a>
              </li>
              <li className="govuk-header__navigation-item">
                <a className="govuk-header__link" href="/training">
                  Training
                </a>
              </li>
              {account && <li className="govuk-header__navigation-item">{account}</li>}
            </ul>
          </nav>
        </div>
      </header>
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Prototype</strong>
            <span className="govuk-phase-banner__text">
              Synthetic data only. Do not enter details of real children, families or professionals.
            </span>
          </p>
        </div>
        <main className="govuk-main-wrapper" id={MAIN_CONTENT_ID}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  {/* The mock backend's fault injection: for testing how the app copes with a failing server. */}
                  <a className="govuk-footer__link" href="/dev/faults">
                    Developer tools: make the mock server fail
                  </a>
                </li>
              </ul>
              <p className="govuk-body-s">
                {serviceName} is a prototype for training and design. Every person, contact and case in it is
                made up.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}

// Browsers move the caret but not focus to a fragment target that is not focusable, so the next Tab
// would go back to the header. As govuk-frontend's SkipLink does, make <main> focusable only while it
// has focus, so it never gains a stray outline or tab stop.
function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_CONTENT_ID);
  if (!main) return;
  event.preventDefault();
  main.setAttribute('tabindex', '-1');
  main.classList.add('govuk-skip-link-focused-element');
  main.addEventListener(
    'blur',
    () => {
      main.removeAttribute('tabindex');
      main.classList.remove('govuk-skip-link-focused-element');
    },
    { once: true },
  );
  main.focus();
}

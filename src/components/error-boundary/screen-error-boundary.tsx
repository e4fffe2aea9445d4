import { Component, createRef, type ErrorInfo, type ReactNode } from 'react';

export interface ScreenErrorBoundaryProps {
  children: ReactNode;
  /** When this changes (the screen's path), a shown error is cleared: the next screen gets a fresh start. */
  resetKey?: string;
}

interface State {
  error: Error | undefined;
  resetKey: string | undefined;
}

/**
 * Catches a crash while a screen renders, so that one broken screen does not blank the whole app. It does not
 * touch anything stored: a contact's answers are in this browser's localStorage (and on the server) before
 * the page moves on, so "Try again" or a reload brings the call back where it was.
 */
export class ScreenErrorBoundary extends Component<ScreenErrorBoundaryProps, State> {
  override state: State = { error: undefined, resetKey: this.props.resetKey };
  private heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ScreenErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { resetKey: props.resetKey, error: undefined } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever investigates; the page itself speaks plainly.
    console.error('[Front Door] a screen crashed', error, info.componentStack);
  }

  // A crash on the screen's first render arrives as a mount, a later one as an update.
  override componentDidMount(): void {
    if (this.state.error) this.announce();
  }

  override componentDidUpdate(_: ScreenErrorBoundaryProps, previous: State): void {
    if (this.state.error && !previous.error) this.announce();
  }

  /** Title and focus on the message, as for any new page, so a screen reader user hears what happened. */
  private announce(): void {
    document.title = 'Sorry, there is a problem with this page – Front Door';
    this.heading.current?.focus();
  }

  private retry = () => this.setState({ error: undefined });

  private back = () => window.history.back();

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="govuk-grid-row" data-testid="screen-error">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" tabIndex={-1} ref={this.heading}>
            Sorry, there is a problem with this page
          </h1>
          <p className="govuk-body">Something went wrong in Front Door while showing this page. It was not caused by anything you did.</p>
          <p className="govuk-body">
            Nothing you entered has been lost. The answers to a contact are kept in this browser as you give them, so they
            will be there when you try again or go back to the contact.
          </p>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button" data-module="govuk-button" onClick={this.retry}>
              Try again
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={this.back}>
              Go back
            </button>
          </div>
          <p className="govuk-body">
            <a className="govuk-link" href="/contacts">
              Go to your contacts
            </a>
          </p>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Technical details</span>
            </summary>
            <div className="govuk-details__text">
              <code>{error.message || error.name}</code>
            </div>
          </details>
        </div>
      </div>
    );
  }
}

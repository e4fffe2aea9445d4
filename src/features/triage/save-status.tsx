import type { SaveState } from './use-contact-session';

export interface SaveStatusProps {
  state: SaveState;
  /** A save failed and is being tried again (TanStack Query's retries with backoff). */
  retrying?: boolean;
  /** What "Load the latest version" does; a page reload by default (the session then starts from the server). */
  onReloadLatest?: () => void;
}

const MESSAGES: Record<Exclude<SaveState, 'conflict'>, string> = {
  saved: 'All answers saved',
  saving: 'Saving…',
  failed:
    'Not saved to the server yet: your answers are kept in this browser and will be sent again automatically. You can carry on.',
};

const RETRYING = 'The server is not answering. Trying again… Your answers are kept in this browser: you can carry on.';

/**
 * Where the call's answers are. Never in the way: the call handler keeps going while the backend fails,
 * because every answer is already in this browser. A conflict is different: another tab or person changed
 * the contact, nothing of theirs was overwritten, and the call handler chooses to load their version.
 */
export function SaveStatus({ state, retrying = false, onReloadLatest = () => window.location.reload() }: SaveStatusProps) {
  const trouble = state === 'failed' || (state === 'saving' && retrying);
  return (
    <>
      <p
        className={trouble ? 'govuk-inset-text govuk-body-s fd-save-status fd-save-status--trouble' : 'govuk-body-s fd-save-status'}
        role="status"
        data-save-state={state}
        data-retrying={retrying ? 'true' : undefined}
      >
        {state === 'conflict' ? 'Not saved: this contact was changed elsewhere.' : retrying && state === 'saving' ? RETRYING : MESSAGES[state]}
      </p>
      {state === 'conflict' && (
        <div className="govuk-notification-banner" role="alert" aria-labelledby="save-conflict-title" data-testid="save-conflict">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="save-conflict-title">
              Important
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">This contact was changed in another tab or by someone else</p>
            <p className="govuk-body">
              Their change was kept and yours was not saved over it. Load the latest version to carry on from there: answers
              you gave here after their change will need to be given again.
            </p>
            <button type="button" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button" onClick={onReloadLatest}>
              Load the latest version
            </button>
          </div>
        </div>
      )}
    </>
  );
}

import { useEffect, type ReactNode } from 'react';
import { AUTHORITY_NAMES } from '../../../machines/rules/catalogue';
import { useAttempts, type Attempt } from '../../api/training';
import { formatInstant } from '../../lib/format';
import { useSignedIn } from '../../lib/session';
import { percent } from './labels';
import { MODE_NAMES } from './search';

/** A table of attempts with links to their debriefs (the trainee's history, the trainer's recent attempts). */
export function AttemptsTable({ attempts, caption, showTrainee }: { attempts: readonly Attempt[]; caption: string; showTrainee?: boolean }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">When</th>
          {showTrainee && <th scope="col" className="govuk-table__header">Trainee</th>}
          <th scope="col" className="govuk-table__header">Scenario</th>
          <th scope="col" className="govuk-table__header">Mode</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Score</th>
          <th scope="col" className="govuk-table__header">Result</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {attempts.map((a) => (
          <tr key={a.id} className="govuk-table__row">
            <td className="govuk-table__cell">
              <a className="govuk-link" href={`/training/attempts/${encodeURIComponent(a.id)}`}>
                {formatInstant(a.at)}
                <span className="govuk-visually-hidden">: debrief of {a.scenarioTitle}</span>
              </a>
            </td>
            {showTrainee && <td className="govuk-table__cell">{a.trainee}</td>}
            <td className="govuk-table__cell">
              {a.scenarioTitle}
              <span className="govuk-body-s govuk-!-display-block govuk-hint">{AUTHORITY_NAMES[a.authority]}</span>
            </td>
            <td className="govuk-table__cell">{MODE_NAMES[a.mode]}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{percent(a.percent)}</td>
            <td className="govuk-table__cell">
              {a.passed ? 'Passed' : 'Not passed'}
              {a.breaches > 0 && <strong className="govuk-tag govuk-tag--red govuk-!-margin-left-1">{a.breaches === 1 ? '1 breach' : `${a.breaches} breaches`}</strong>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A history as the API returns it: loading, failure, nothing yet, or a count and the table. */
export function AttemptHistory({ attempts, whose, caption, empty }: { attempts: ReturnType<typeof useAttempts>; whose: string; caption: string; empty: ReactNode }) {
  const items = attempts.data?.items ?? [];
  const passed = items.filter((a) => a.passed).length;
  return (
    <>
      {attempts.isPending && <p className="govuk-body">Loading…</p>}
      {attempts.isError && (
        <p className="govuk-body">
          {whose} history could not be loaded: {attempts.error.message}
        </p>
      )}
      {attempts.data && items.length === 0 && <p className="govuk-body">{empty}</p>}
      {items.length > 0 && (
        <>
          <p className="govuk-body">
            {items.length} {items.length === 1 ? 'attempt' : 'attempts'}, {passed} passed.
          </p>
          <AttemptsTable attempts={items} caption={caption} />
        </>
      )}
    </>
  );
}

export function HistoryPage() {
  const signedIn = useSignedIn();
  const attempts = useAttempts();
  useEffect(() => {
    document.title = 'My training history – Front Door';
  }, []);
  return (
    <>
      <h1 className="govuk-heading-l">My training history</h1>
      <p className="govuk-body">
        {signedIn ? `Practice calls taken by ${signedIn.name}.` : 'Practice calls taken as the demo call handler. Sign in to keep your own history.'}
      </p>
      <AttemptHistory
        attempts={attempts}
        whose="Your"
        caption="Your attempts, newest first"
        empty={
          <>
            You have not taken a practice call yet.{' '}
            <a className="govuk-link" href="/training">
              Choose a scenario
            </a>
          </>
        }
      />
      <p className="govuk-body">
        <a className="govuk-link" href="/training">
          Back to training
        </a>
      </p>
    </>
  );
}

import { useEffect } from 'react';
import { AUTHORITY_NAMES, RULES } from '../../../machines/rules/catalogue';
import { useTrainingResults } from '../../api/training';
import { formatInstant } from '../../lib/format';
import { ROLE_NAMES, useSignedIn } from '../../lib/session';
import { AttemptsTable } from './history-page';
import { percent } from './labels';

// The trainer's view across trainees and scenarios: where do people go wrong? Trainer only; the server
// refuses everyone else (403) as well.

export function ResultsPage() {
  const signedIn = useSignedIn();
  const isTrainer = signedIn?.role === 'trainer';
  const results = useTrainingResults(isTrainer);
  useEffect(() => {
    document.title = 'Training results – Front Door';
  }, []);

  if (!isTrainer) {
    return (
      <>
        <h1 className="govuk-heading-l">Training results</h1>
        <p className="govuk-body">
          Only a trainer can see results across trainees. You are signed in as {signedIn ? `${signedIn.name} (${ROLE_NAMES[signedIn.role]})` : 'the demo call handler'}.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/sign-in">
            Sign in as a trainer
          </a>{' '}
          or see{' '}
          <a className="govuk-link" href="/training/history">
            your own history
          </a>
          .
        </p>
      </>
    );
  }

  return (
    <>
      <h1 className="govuk-heading-l">Training results</h1>
      {results.isPending && <p className="govuk-body">Loading results…</p>}
      {results.isError && <p className="govuk-body">The results could not be loaded: {results.error.message}</p>}
      {results.data && (
        <>
          <table className="govuk-table" data-testid="results-by-rule">
            <caption className="govuk-table__caption govuk-table__caption--m">Where people go wrong: rules most often missed or breached</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Rule</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Missed or wrong</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Breaches</th>
                <th scope="col" className="govuk-table__header">In scenarios</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {results.data.byRule.map((r) => (
                <tr key={r.rule} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {RULES[r.rule].title} <span className="govuk-body-s govuk-!-font-weight-regular">({r.rule})</span>
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.misses}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.breaches}</td>
                  <td className="govuk-table__cell govuk-body-s">{r.scenarios.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="govuk-table" data-testid="results-by-scenario">
            <caption className="govuk-table__caption govuk-table__caption--m">By scenario</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Scenario</th>
                <th scope="col" className="govuk-table__header">Authority</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Attempts</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Mean score</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Pass rate</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {results.data.byScenario.map((s) => (
                <tr key={s.scenarioId} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">{s.title}</th>
                  <td className="govuk-table__cell">{AUTHORITY_NAMES[s.authority]}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.attempts}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{percent(s.meanPercent)}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{percent(s.passRate * 100)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="govuk-table" data-testid="results-by-trainee">
            <caption className="govuk-table__caption govuk-table__caption--m">By trainee</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Trainee</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Attempts</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Passed</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Mean score</th>
                <th scope="col" className="govuk-table__header">Last attempt</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {results.data.byTrainee.map((t) => (
                <tr key={t.trainee} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">{t.trainee}</th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{t.attempts}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{t.passed}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{percent(t.meanPercent)}</td>
                  <td className="govuk-table__cell">{formatInstant(t.lastAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <AttemptsTable attempts={results.data.recent} caption="Recent attempts" showTrainee />
        </>
      )}
    </>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { AUTHORITY_NAMES, RULES } from '../../../machines/rules/catalogue';
import { useAttempts, useTrainingResults, type TrainingResults } from '../../api/training';
import { Table, type Column } from '../../components/table/table';
import { formatInstant } from '../../lib/format';
import { ROLE_NAMES, useSignedIn } from '../../lib/session';
import { AttemptHistory, AttemptsTable } from './history-page';
import { percent } from './labels';

// The trainer's view across trainees and scenarios: where do people go wrong? Trainer only; the server
// refuses everyone else (403) as well. A trainer can also open one trainee's whole history.

const regular = 'govuk-!-font-weight-regular';

const BY_RULE: Column<TrainingResults['byRule'][number]>[] = [
  {
    header: 'Rule',
    cell: (r) => (
      <>
        {RULES[r.rule].title} <span className={`govuk-body-s ${regular}`}>({r.rule})</span>
      </>
    ),
  },
  { header: 'Missed or wrong', numeric: true, cell: (r) => r.misses },
  { header: 'Breaches', numeric: true, cell: (r) => r.breaches },
  { header: 'In scenarios', className: 'govuk-body-s', cell: (r) => r.scenarios.join(', ') },
];

const BY_SCENARIO: Column<TrainingResults['byScenario'][number]>[] = [
  { header: 'Scenario', className: regular, cell: (s) => s.title },
  { header: 'Authority', cell: (s) => AUTHORITY_NAMES[s.authority] },
  { header: 'Attempts', numeric: true, cell: (s) => s.attempts },
  { header: 'Mean score', numeric: true, cell: (s) => percent(s.meanPercent) },
  { header: 'Pass rate', numeric: true, cell: (s) => percent(s.passRate * 100) },
];

const BY_TRAINEE: Column<TrainingResults['byTrainee'][number]>[] = [
  { header: 'Trainee', className: regular, cell: (t) => t.trainee },
  { header: 'Attempts', numeric: true, cell: (t) => t.attempts },
  { header: 'Passed', numeric: true, cell: (t) => t.passed },
  { header: 'Mean score', numeric: true, cell: (t) => percent(t.meanPercent) },
  { header: 'Last attempt', cell: (t) => formatInstant(t.lastAt) },
];

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
          <Table testId="results-by-rule" caption="Where people go wrong: rules most often missed or breached" columns={BY_RULE} rows={results.data.byRule} rowKey={(r) => r.rule} />
          <Table testId="results-by-scenario" caption="By scenario" columns={BY_SCENARIO} rows={results.data.byScenario} rowKey={(s) => s.scenarioId} />
          <Table testId="results-by-trainee" caption="By trainee" columns={BY_TRAINEE} rows={results.data.byTrainee} rowKey={(t) => t.trainee} />
          {results.data.byTrainee.length > 0 && <TraineeHistory trainees={results.data.byTrainee.map((t) => t.trainee)} />}
          <AttemptsTable attempts={results.data.recent} caption="Recent attempts" showTrainee />
        </>
      )}
    </>
  );
}

/**
 * One trainee's whole history (GET /api/training/attempts?trainee=, which only a trainer may ask for
 * someone else). The choice is applied with a button, as GOV.UK asks of a select, and the history's
 * heading takes focus so a screen reader user hears what appeared.
 */
function TraineeHistory({ trainees }: { trainees: readonly string[] }) {
  const [chosen, setChosen] = useState<string>();
  const selectRef = useRef<HTMLSelectElement>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChosen(selectRef.current?.value || undefined);
  };
  return (
    <section aria-labelledby="trainee-history-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="trainee-history-heading">
        One trainee’s history
      </h2>
      <form noValidate onSubmit={onSubmit}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="trainee">
            Trainee
          </label>
          <select className="govuk-select" id="trainee" ref={selectRef} defaultValue={trainees[0]}>
            {trainees.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show their history
        </button>
      </form>
      {chosen && <TraineeAttempts key={chosen} trainee={chosen} />}
    </section>
  );
}

function TraineeAttempts({ trainee }: { trainee: string }) {
  const attempts = useAttempts(trainee);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div data-testid="trainee-history">
      <h3 className="govuk-heading-s" ref={headingRef} tabIndex={-1}>
        {trainee}
      </h3>
      <AttemptHistory attempts={attempts} whose={`${trainee}’s`} caption={`${trainee}’s attempts, newest first`} empty={`${trainee} has not taken a practice call yet.`} />
    </div>
  );
}

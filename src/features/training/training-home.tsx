import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { AUTHORITY_IDS } from '../../../machines/contact/contact.schema';
import { AUTHORITY_NAMES, RULES } from '../../../machines/rules/catalogue';
import { DIFFICULTIES } from '../../../machines/training/training.schema';
import { useCreateContact } from '../../api/contacts';
import { getTrainingScenario, trainingKeys, useTrainingScenarios, type ScenarioSummary, type TrainingMode } from '../../api/training';
import { navigate } from '../../lib/router';
import { useSignedIn } from '../../lib/session';
import { DIFFICULTY_NAMES, KIND_NAMES } from './labels';
import { MODE_HINTS, MODE_NAMES } from './search';

// Choosing a practice call: filter by authority and difficulty, read the goals, choose guided or
// assessed, start. Starting a contact scenario creates a practice contact (training: true) with the
// scenario's authority, channel and receivedAt; an information request needs no contact.

export function TrainingHome() {
  const signedIn = useSignedIn();
  const scenarios = useTrainingScenarios();
  const [authority, setAuthority] = useState('');
  const [difficulty, setDifficulty] = useState('');
  const [mode, setMode] = useState<TrainingMode>('guided');
  const [startError, setStartError] = useState<string>();
  const [starting, setStarting] = useState<string>();
  const queryClient = useQueryClient();
  const create = useCreateContact();
  const ids = useId();

  useEffect(() => {
    document.title = 'Training – Front Door';
  }, []);

  const start = async (summary: ScenarioSummary) => {
    setStartError(undefined);
    setStarting(summary.id);
    const query = `scenario=${encodeURIComponent(summary.id)}&mode=${mode}`;
    try {
      if (summary.kind === 'info-request') {
        navigate(`/training/request/${crypto.randomUUID()}?${query}`);
        return;
      }
      const detail = await queryClient.fetchQuery({ queryKey: trainingKeys.scenario(summary.id), queryFn: ({ signal }) => getTrainingScenario(summary.id, signal) });
      const s = detail.scenario;
      if (s.kind !== 'contact') throw new Error('The scenario changed kind; reload the page.');
      const contact = await create.mutateAsync({ authority: s.authority, channel: s.channel, receivedAt: s.receivedAt, training: true });
      navigate(`/training/run/${contact.id}?${query}`);
    } catch (error) {
      setStartError(`The practice call could not start: ${(error as Error).message}`);
      setStarting(undefined);
    }
  };

  const items = (scenarios.data?.items ?? []).filter((s) => (!authority || s.authority === authority) && (!difficulty || s.difficulty === difficulty));
  const isTrainer = signedIn?.role === 'trainer';

  return (
    <>
      <h1 className="govuk-heading-l">Training</h1>
      <p className="govuk-body">
        Take practice calls on the real wizard with a simulated caller. Nothing you record reaches the desk or any report.
      </p>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href="/training/history">
            My history
          </a>
        </li>
        {isTrainer ? (
          <>
            <li>
              <a className="govuk-link" href="/training/results">
                Results across trainees
              </a>
            </li>
            <li>
              <a className="govuk-link" href="/training/author">
                Write a scenario
              </a>
            </li>
          </>
        ) : (
          <li className="govuk-body-s govuk-hint">
            Trainers see results across trainees and write scenarios.{' '}
            <a className="govuk-link" href="/sign-in">
              Sign in as a trainer
            </a>
          </li>
        )}
      </ul>

      {startError && (
        <div className="govuk-error-summary" role="alert" tabIndex={-1}>
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <p className="govuk-body govuk-!-margin-bottom-0">{startError}</p>
        </div>
      )}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset" aria-describedby={`${ids}-mode-hint`}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">How do you want to take the call?</legend>
              <div className="govuk-hint" id={`${ids}-mode-hint`}>
                You can take the same scenario again in the other mode.
              </div>
              <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
                {(['guided', 'assessed'] as const).map((m) => (
                  <div className="govuk-radios__item" key={m}>
                    <input className="govuk-radios__input" id={`mode-${m}`} name="mode" type="radio" value={m} checked={mode === m} onChange={() => setMode(m)} aria-describedby={`mode-${m}-hint`} />
                    <label className="govuk-label govuk-radios__label" htmlFor={`mode-${m}`}>
                      {MODE_NAMES[m]}
                    </label>
                    <div className="govuk-hint govuk-radios__hint" id={`mode-${m}-hint`}>
                      {MODE_HINTS[m]}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <FilterSelect id="filter-authority" label="Authority" value={authority} onChange={setAuthority} all="All authorities" options={AUTHORITY_IDS.map((a) => ({ value: a, label: AUTHORITY_NAMES[a] }))} />
          <FilterSelect id="filter-difficulty" label="Difficulty" value={difficulty} onChange={setDifficulty} all="All levels" options={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_NAMES[d] }))} />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Scenarios</h2>
          {scenarios.isPending && <p className="govuk-body">Loading scenarios…</p>}
          {scenarios.isError && <p className="govuk-body">The scenarios could not be loaded: {scenarios.error.message}</p>}
          <p className="govuk-body-s" role="status">
            {scenarios.data ? `${items.length} of ${scenarios.data.items.length} scenarios shown` : ''}
          </p>
          <ul className="govuk-list fd-scenario-list">
            {items.map((s) => (
              <li key={s.id} className="govuk-summary-card" data-scenario={s.id}>
                <div className="govuk-summary-card__title-wrapper">
                  <h3 className="govuk-summary-card__title">{s.title}</h3>
                </div>
                <div className="govuk-summary-card__content">
                  <p className="govuk-body-s">
                    {AUTHORITY_NAMES[s.authority]} · {KIND_NAMES[s.kind]} · {DIFFICULTY_NAMES[s.difficulty]}
                    {s.source === 'authored' && ' · written by a trainer'}
                  </p>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    <strong>Goals</strong>
                  </p>
                  <ul className="govuk-list govuk-list--bullet govuk-body-s">
                    {s.goals.map((g) => (
                      <li key={g}>{g}</li>
                    ))}
                  </ul>
                  <p className="govuk-body-s govuk-hint">Rules: {s.ruleFocus.map((r) => `${RULES[r].title} (${r})`).join('; ')}</p>
                  <button type="button" className="govuk-button govuk-!-margin-bottom-0" disabled={starting !== undefined} onClick={() => void start(s)}>
                    {starting === s.id ? 'Starting…' : `Take this call (${MODE_NAMES[mode].toLowerCase()})`}
                    <span className="govuk-visually-hidden">: {s.title}</span>
                  </button>
                  {isTrainer && (
                    <a className="govuk-link govuk-!-margin-left-3" href={`/training/author/${encodeURIComponent(s.id)}`}>
                      {s.source === 'shipped' ? 'Copy and edit' : 'Edit'}
                      <span className="govuk-visually-hidden"> {s.title}</span>
                    </a>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </>
  );
}

/** A filter that applies as soon as it changes: it narrows the list beside it and sends nothing anywhere. */
function FilterSelect({
  id,
  label,
  value,
  onChange,
  all,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  all: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <select className="govuk-select" id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

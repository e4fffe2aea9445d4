import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors, type Path, type UseFormRegister } from 'react-hook-form';
import { AUTHORITY_IDS, ACTION_IDS, DEADLINE_IDS, OUTCOMES, ROUTES, caseStatusSchema, channelSchema, agencySchema, identitySchema, reasonNotInformedSchema, referrerTypeSchema, authoriserSchema } from '../../../machines/contact/contact.schema';
import { IR_ACTIONS, IR_DECISIONS, requesterAgencySchema, requestPurposeSchema, subjectStatusSchema } from '../../../machines/info-request/info-request.schema';
import { AUTHORITY_NAMES } from '../../../machines/rules/catalogue';
import { compareExpect, runScenario, type Difference } from '../../../machines/scenario/run';
import type { ScenarioResult } from '../../../machines/scenario/scenario.schema';
import { questionsFor } from '../../../machines/training/questions';
import { DIFFICULTIES, parseTrainingScenarioText, toContractScenario, type TrainingScenario } from '../../../machines/training/training.schema';
import { isProblem } from '../../api/problem';
import { useDeleteTrainingScenario, useSaveTrainingScenario, useTrainingScenario } from '../../api/training';
import { Checkboxes } from '../../components/checkboxes/checkboxes';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { AGENCY_LABELS, ACTION_LABELS, CASE_STATUS_LABELS, CHANNEL_LABELS, DEADLINE_LABELS, IDENTITY_LABELS, OUTCOME_LABELS, REASON_LABELS, REFERRER_TYPE_LABELS, ROUTE_LABELS } from '../../lib/labels';
import { download } from '../../lib/download';
import { navigate } from '../../lib/router';
import { ROLE_NAMES, useSignedIn } from '../../lib/session';
import {
  authoringResolver,
  emptyForm,
  fieldFor,
  inputId,
  problemsToForm,
  scenarioToForm,
  summaryOf,
  type AuthorFormValues,
  type FormProblem,
} from './author-form';
import { Checkbox, ErrorMessage, SelectField, TextArea, TextField } from '../../components/text-field/text-field';
import { WarningText } from '../../components/warning-text/warning-text';
import { DIFFICULTY_NAMES } from './labels';

// Authoring (trainers): a scenario as a validated form. Preview runs the scenario runner in the browser
// (what the machine will expect) and lists where the scenario's own `expect` disagrees; Save sends it to
// the mock backend (which validates with the same schema); Export downloads the JSON file; Import reads one,
// refusing a bad file with messages that name the fields and leaving the form as it was.

const opts = <T extends string>(values: readonly T[], labels?: Partial<Record<T, string>>) => values.map((v) => ({ value: v, label: labels?.[v] ?? v }));
const error = (errors: FieldErrors<AuthorFormValues>, field: string): string | undefined => {
  let node: unknown = errors;
  for (const key of field.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
};

/** Yes/no facts as small checkboxes under one legend (the caller, the concern, the parents, the request). */
function Facts({
  legend,
  facts,
  register,
  error: message,
  errorField,
}: {
  legend: string;
  facts: readonly (readonly [Path<AuthorFormValues>, string])[];
  register: UseFormRegister<AuthorFormValues>;
  error?: string | undefined;
  /** The field the error belongs to: its message carries that field's error id. */
  errorField?: string;
}) {
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      {errorField && <ErrorMessage id={inputId(errorField)} message={message} />}
      <div className="govuk-checkboxes govuk-checkboxes--small">
        {facts.map(([field, label]) => (
          <Checkbox key={field} id={inputId(field)} label={label} register={register(field)} />
        ))}
      </div>
    </fieldset>
  );
}

interface Preview {
  scenario: TrainingScenario;
  result: ScenarioResult;
  differences: Difference[];
}

function PreviewPanel({ preview }: { preview: Preview }) {
  const { result, differences } = preview;
  return (
    <section aria-labelledby="preview-heading" className="govuk-!-margin-top-6" data-testid="preview">
      <h2 className="govuk-heading-m" id="preview-heading" tabIndex={-1}>
        Preview: what the machine will expect
      </h2>
      <dl className="govuk-summary-list">
        {result.kind === 'contact' ? (
          <>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Route</dt>
              <dd className="govuk-summary-list__value">{ROUTE_LABELS[result.route]} ({result.route})</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Referrer identity</dt>
              <dd className="govuk-summary-list__value">{result.referrerIdentity}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Actions</dt>
              <dd className="govuk-summary-list__value">{result.actions.join(', ') || 'none'}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Deadlines</dt>
              <dd className="govuk-summary-list__value">
                {Object.entries(result.deadlines).map(([d, due]) => (
                  <span key={d} className="govuk-!-display-block">
                    {d}: {due}
                  </span>
                ))}
                {Object.keys(result.deadlines).length === 0 && 'none'}
              </dd>
            </div>
          </>
        ) : (
          <>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Decision</dt>
              <dd className="govuk-summary-list__value">{result.decision}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Actions</dt>
              <dd className="govuk-summary-list__value">{result.actions.join(', ') || 'none'}</dd>
            </div>
          </>
        )}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Rules that fired</dt>
          <dd className="govuk-summary-list__value">{result.rules.join(', ') || 'none'}</dd>
        </div>
      </dl>
      {differences.length === 0 ? (
        <p className="govuk-body" data-testid="preview-agrees">
          The expected result you wrote agrees with the machine.
        </p>
      ) : (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Your expected result disagrees with the machine. A shipped scenario like this would fail the build:
            <ul className="govuk-list govuk-list--bullet" data-testid="preview-differences">
              {differences.map((d) => (
                <li key={d.field}>
                  {d.field}: you expect {JSON.stringify(d.expected)}, the machine gives {JSON.stringify(d.actual)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}

export function AuthorPage({ id }: { id?: string | undefined }) {
  const signedIn = useSignedIn();
  const existing = useTrainingScenario(id);
  const [deleted, setDeleted] = useState<string>();
  useEffect(() => {
    document.title = `${id ? 'Edit a scenario' : 'Write a scenario'} – Front Door`;
  }, [id]);

  if (signedIn?.role !== 'trainer') {
    return (
      <>
        <h1 className="govuk-heading-l">Write a training scenario</h1>
        <p className="govuk-body">
          Only a trainer can write or edit scenarios. You are signed in as{' '}
          {signedIn ? `${signedIn.name} (${ROLE_NAMES[signedIn.role]})` : 'the demo call handler'}.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/sign-in">
            Sign in as a trainer
          </a>
        </p>
      </>
    );
  }
  // Before the query's own states: after the delete it refetches and finds nothing.
  if (deleted !== undefined) return <Deleted title={deleted} />;
  if (id && existing.isPending) return <p className="govuk-body">Loading the scenario…</p>;
  if (id && existing.isError) {
    return (
      <>
        <h1 className="govuk-heading-l">Scenario not found</h1>
        <p className="govuk-body">{existing.error.message}</p>
      </>
    );
  }
  const detail = id ? existing.data : undefined;
  // A shipped scenario cannot be changed in the app (it is a file in the repository): it is copied under a new id.
  const copy = detail?.source === 'shipped';
  const initial = detail ? { ...scenarioToForm(detail.scenario), ...(copy ? { id: `${detail.scenario.id}-copy`, title: `${detail.scenario.title} (copy)` } : {}) } : emptyForm();
  return (
    <>
      <AuthorForm key={id ?? 'new'} initial={initial} version={detail && !copy ? detail.version : undefined} heading={detail ? (copy ? `Copy: ${detail.scenario.title}` : `Edit: ${detail.scenario.title}`) : 'Write a training scenario'} />
      {/* Shipped scenarios are files in the repository: only what a trainer wrote here can be deleted here. */}
      {detail && !copy && <DeleteScenario id={detail.scenario.id} title={detail.scenario.title} onDeleted={() => setDeleted(detail.scenario.title)} />}
    </>
  );
}

/**
 * Deleting an authored scenario, after a confirmation step (GOV.UK: a destructive action is confirmed,
 * with a warning button). What happens next is the caller's (the page replaces the form).
 */
function DeleteScenario({ id, title, onDeleted }: { id: string; title: string; onDeleted: () => void }) {
  const remove = useDeleteTrainingScenario();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The question replaces the button that had focus, and the button comes back on "No": focus follows.
  useEffect(() => {
    if (confirming) headingRef.current?.focus();
    else if (asked.current) buttonRef.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);

  const onDelete = async () => {
    setProblem(undefined);
    try {
      await remove.mutateAsync(id);
      onDeleted();
    } catch (error) {
      const message = isProblem(error) ? [error.title, error.detail].filter(Boolean).join(': ') : (error as Error).message;
      setProblem(`The scenario was not deleted: ${message}`);
      setAttempt((n) => n + 1);
    }
  };

  return (
    <div className="govuk-grid-row">
      <section className="govuk-grid-column-two-thirds govuk-!-margin-top-6" aria-labelledby="delete-heading">
        {!confirming ? (
          <>
            <h2 className="govuk-heading-m" id="delete-heading">
              Delete this scenario
            </h2>
            <button ref={buttonRef} type="button" className="govuk-button govuk-button--warning" data-module="govuk-button" onClick={() => setConfirming(true)}>
              Delete this scenario<span className="govuk-visually-hidden">: {title}</span>
            </button>
          </>
        ) : (
          <>
            <ErrorSummary key={attempt} errors={problem ? [{ fieldId: 'delete-confirm', message: problem }] : []} />
            <h2 className="govuk-heading-m" id="delete-heading" ref={headingRef} tabIndex={-1}>
              Are you sure you want to delete “{title}”?
            </h2>
            <WarningText>Trainees will no longer be able to take it. This cannot be undone.</WarningText>
            <div className="govuk-button-group">
              <button type="button" id="delete-confirm" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={remove.isPending} onClick={() => void onDelete()}>
                Yes, delete it
              </button>
              <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => setConfirming(false)}>
                No, keep it
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

/** After a delete: the form is gone (the scenario no longer exists), the page says what happened. */
function Deleted({ title }: { title: string }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = 'Scenario deleted – Front Door';
    // The button that had focus is gone with the form.
    headingRef.current?.focus();
  }, []);
  return (
    <>
      <SuccessBanner titleId="deleted-title">“{title}” was deleted. Trainees can no longer take it.</SuccessBanner>
      <h1 className="govuk-heading-l" ref={headingRef} tabIndex={-1}>
        Scenario deleted
      </h1>
      <p className="govuk-body">
        <a className="govuk-link" href="/training">
          Back to training
        </a>{' '}
        or{' '}
        <a className="govuk-link" href="/training/author">
          write a new scenario
        </a>
        .
      </p>
    </>
  );
}

/** GOV.UK success notification banner (saved, deleted). */
function SuccessBanner({ titleId, children }: { titleId: string; children: ReactNode }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="region" aria-labelledby={titleId}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

export function AuthorForm({ initial, version, heading }: { initial: AuthorFormValues; version?: number | undefined; heading: string }) {
  const form = useForm<AuthorFormValues, unknown, TrainingScenario>({
    defaultValues: initial,
    resolver: authoringResolver,
    shouldFocusError: false,
    // GOV.UK: validate on Save only. Re-validating as one types would make the error summary come and go and
    // take focus away from the field mid-word.
    reValidateMode: 'onSubmit',
  });
  const { register, control } = form;
  const errors = form.formState.errors;
  const children = useFieldArray({ control, name: 'children' });
  const lines = useFieldArray({ control, name: 'training.lines' });
  const [kind, authority, referrerType] = useWatch({ control, name: ['kind', 'authority', 'referrer.type'] });
  const [attempt, setAttempt] = useState(0);
  const [importProblems, setImportProblems] = useState<FormProblem[]>([]);
  const [notice, setNotice] = useState<string>();
  const [serverProblem, setServerProblem] = useState<string>();
  const [preview, setPreview] = useState<Preview>();
  const previewRef = useRef<HTMLDivElement>(null);
  const save = useSaveTrainingScenario();

  useEffect(() => {
    if (preview) previewRef.current?.querySelector('h2')?.focus();
  }, [preview]);

  const failed = () => {
    setPreview(undefined);
    setAttempt((n) => n + 1);
  };

  const onPreview = form.handleSubmit((scenario) => {
    const result = runScenario(toContractScenario(scenario));
    setPreview({ scenario, result, differences: compareExpect(result, scenario.expect as Record<string, unknown>) });
  }, failed);

  const onExport = form.handleSubmit((scenario) => {
    download(`${scenario.id}.json`, `${JSON.stringify(scenario, null, 2)}\n`, 'application/json');
    setNotice(`Exported ${scenario.id}.json`);
  }, failed);

  const onSave = form.handleSubmit(async (scenario) => {
    setServerProblem(undefined);
    try {
      const saved = await save.mutateAsync({ scenario, ...(version !== undefined ? { version } : {}) });
      navigate(`/training/author/${encodeURIComponent(saved.scenario.id)}?saved=${saved.version}`);
    } catch (problem) {
      if (isProblem(problem) && problem.errors.length > 0) {
        for (const e of problem.errors) form.setError(fieldFor(e.field.replace(/^scenario\./, ''), scenario.kind) as 'id', { type: 'server', message: e.message });
      } else if (isProblem(problem, 409)) {
        const message = [problem.title, problem.detail].filter(Boolean).join(': ');
        if (version === undefined) form.setError('id', { type: 'server', message });
        else setServerProblem(message);
      } else {
        setServerProblem(`The scenario was not saved: ${(problem as Error).message}. Nothing you entered is lost.`);
      }
      setAttempt((n) => n + 1);
    }
  }, failed);

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice(undefined);
    const parsed = parseTrainingScenarioText(await file.text());
    if (!parsed.ok) {
      // The form keeps what was entered: nothing is reset on a bad file.
      setImportProblems(problemsToForm(parsed.problems, kind).map((p, i) => ({ field: `import-problem-${i}`, message: `${file.name}: ${p.message}` })));
      setAttempt((n) => n + 1);
      return;
    }
    const [first] = parsed.scenarios;
    if (!first) return;
    setImportProblems([]);
    setPreview(undefined);
    form.reset(scenarioToForm(first));
    setNotice(
      parsed.scenarios.length > 1
        ? `Imported “${first.title}”, the first of ${parsed.scenarios.length} scenarios in ${file.name}.`
        : `Imported “${first.title}” from ${file.name}.`,
    );
  };

  const summary = [
    ...importProblems.map((p) => ({ fieldId: p.field, message: p.message })),
    ...(serverProblem ? [{ fieldId: 'save', message: serverProblem }] : []),
    ...summaryOf(errors),
  ];
  useEffect(() => {
    document.title = `${summary.length > 0 ? 'Error: ' : ''}${heading} – Front Door`;
  }, [summary.length, heading]);

  const savedVersion = new URLSearchParams(window.location.search).get('saved');
  const questions = authority && (AUTHORITY_IDS as readonly string[]).includes(authority) ? questionsFor(kind, authority as (typeof AUTHORITY_IDS)[number]) : [];
  const e = (field: string) => error(errors, field);
  const idOf = inputId;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary key={attempt} errors={summary} />
        {savedVersion && !notice && <SuccessBanner titleId="saved-title">Saved (version {savedVersion}). Trainees can take it from the training page.</SuccessBanner>}
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">
          <a className="govuk-link" href="/training">
            Back to training
          </a>
        </p>
        {notice && (
          <p className="govuk-body govuk-!-font-weight-bold" role="status">
            {notice}
          </p>
        )}

        <div className={`govuk-form-group${importProblems.length > 0 ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="import-file">
            Import a scenario from a JSON file
          </label>
          <div className="govuk-hint" id="import-file-hint">
            The file is checked before anything in the form changes.
          </div>
          {importProblems.length > 0 && (
            <div className="govuk-error-message" id="import-file-error">
              <span className="govuk-visually-hidden">Error:</span> The file was not imported. Nothing in the form has changed.
              <ul className="govuk-list govuk-!-font-size-16">
                {importProblems.map((p) => (
                  <li key={p.field} id={p.field} tabIndex={-1}>
                    {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <input
            className={`govuk-file-upload${importProblems.length > 0 ? ' govuk-file-upload--error' : ''}`}
            id="import-file"
            type="file"
            accept="application/json,.json"
            aria-describedby={`import-file-hint${importProblems.length > 0 ? ' import-file-error' : ''}`}
            onChange={(event) => void onImport(event)}
          />
        </div>

        <form noValidate onSubmit={(event) => void onSave(event)}>
          <h2 className="govuk-heading-m">The scenario</h2>
          <TextField id="id" label="Scenario id" hint="Lower-case letters and digits joined by hyphens, for example her-school-bruise." error={e('id')} register={register('id')} />
          <TextField id="title" label="Title" error={e('title')} register={register('title')} />
          <SelectField id="kind" label="Kind" error={e('kind')} register={register('kind')} options={[{ value: 'contact', label: 'Contact (a call about a child)' }, { value: 'info-request', label: 'Information request' }]} placeholder="Select the kind" />
          <SelectField id="authority" label="Authority" error={e('authority')} register={register('authority')} options={AUTHORITY_IDS.map((a) => ({ value: a, label: AUTHORITY_NAMES[a] }))} />
          <TextField id="receivedAt" label="Received at" hint="ISO 8601 with an offset, for example 2026-03-04T10:15:00+00:00." error={e('receivedAt')} register={register('receivedAt')} />

          {kind === 'contact' ? (
            <>
              <SelectField id="channel" label="Channel" error={e('channel')} register={register('channel')} options={opts(channelSchema.options, CHANNEL_LABELS)} />
              <h2 className="govuk-heading-m">The facts</h2>
              <SelectField id="referrer-type" label="Who is calling" error={e('referrer.type')} register={register('referrer.type')} options={opts(referrerTypeSchema.options, REFERRER_TYPE_LABELS)} />
              {referrerType === 'professional' && (
                <SelectField id="referrer-agency" label="The professional’s agency" error={e('referrer.agency')} register={register('referrer.agency')} options={opts(agencySchema.options, AGENCY_LABELS)} />
              )}
              <Facts
                legend="About the caller"
                register={register}
                facts={[
                  ['referrer.requestsAnonymity', 'Asks not to be named to the family'],
                  ['referrer.relaysThirdParty', 'Passes on what someone else told them'],
                  ['referrer.consultedHub', 'Has already consulted the Consultation Hub (Hertfordshire)'],
                ]}
              />
              <h3 className="govuk-heading-s">Children</h3>
              {children.fields.map((field, index) => (
                <fieldset key={field.id} className="govuk-fieldset govuk-!-margin-bottom-4 fd-author__group">
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Child {index + 1}</legend>
                  <SelectField id={idOf(`children.${index}.caseStatus`)} label="Case status" error={e(`children.${index}.caseStatus`)} register={register(`children.${index}.caseStatus`)} options={opts(caseStatusSchema.options, CASE_STATUS_LABELS)} />
                  <div className="govuk-checkboxes govuk-checkboxes--small">
                    <Checkbox id={idOf(`children.${index}.unborn`)} label="Unborn" register={register(`children.${index}.unborn`)} />
                    <Checkbox id={idOf(`children.${index}.disability`)} label="Has a disability" register={register(`children.${index}.disability`)} />
                  </div>
                  {children.fields.length > 1 && (
                    <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-top-2 govuk-!-margin-bottom-0" onClick={() => children.remove(index)}>
                      Remove child {index + 1}
                    </button>
                  )}
                </fieldset>
              ))}
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => children.append({ caseStatus: 'unknown', unborn: false, disability: false })}>
                Add a child
              </button>
              <Facts
                legend="The concern"
                register={register}
                facts={[
                  ['concern.immediateDanger', 'A child is in immediate danger'],
                  ['concern.crimeSuspected', 'A crime is suspected'],
                  ['concern.significantHarm', 'Significant harm is suspected'],
                  ['concern.harmByAnotherChild', 'The harm was caused by another child'],
                  ['concern.allegationAgainstWorker', 'It is about someone who works with children'],
                ]}
              />
              <Facts
                legend="The parents"
                error={e('parents.agreed')}
                errorField="parents.agreed"
                register={register}
                facts={[
                  ['parents.informed', 'Know about the contact'],
                  ['parents.agreed', 'Agreed to information being shared'],
                ]}
              />
              <Checkboxes
                id="parents-reasonsNotInformed"
                legend="Reasons the parents were not told or asked"
                legendSize="s"
                options={opts(reasonNotInformedSchema.options, REASON_LABELS)}
                error={e('parents.reasonsNotInformed')}
                register={register('parents.reasonsNotInformed')}
              />
              <details className="govuk-details">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">A decision (optional)</span>
                </summary>
                <div className="govuk-details__text">
                  <SelectField id="decision-outcome" label="Decision outcome" error={e('decision.outcome')} register={register('decision.outcome')} options={opts(OUTCOMES, OUTCOME_LABELS)} placeholder="No decision" />
                  <SelectField id="decision-authorisedBy" label="Authorised by" error={e('decision.authorisedBy')} register={register('decision.authorisedBy')} options={opts(authoriserSchema.options)} />
                  <TextField id="decision-at" label="Decision time" hint="ISO 8601 with an offset." error={e('decision.at')} register={register('decision.at')} />
                </div>
              </details>

              <h2 className="govuk-heading-m">Expected result</h2>
              <p className="govuk-body-s">Use Preview to see what the machine gives for these facts.</p>
              <SelectField id="expect-route" label="Expected route" error={e('expect.route')} register={register('expect.route')} options={opts(ROUTES, ROUTE_LABELS)} />
              <SelectField id="expect-referrerIdentity" label="Expected referrer identity" error={e('expect.referrerIdentity')} register={register('expect.referrerIdentity')} options={opts(identitySchema.options, IDENTITY_LABELS)} />
              <Checkboxes
                id="expect-actions"
                legend="Expected actions"
                legendSize="s"
                options={ACTION_IDS.map((a) => ({ value: a, label: `${ACTION_LABELS[a]} (${a})` }))}
                error={e('expect.actions')}
                register={register('expect.actions')}
              />
              <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Expected deadlines (leave empty where none applies)</legend>
                {DEADLINE_IDS.map((d) => (
                  <TextField key={d} id={idOf(`expect.deadlines.${d}`)} label={`${DEADLINE_LABELS[d]} (${d})`} error={e(`expect.deadlines.${d}`)} register={register(`expect.deadlines.${d}`)} />
                ))}
              </fieldset>
            </>
          ) : (
            <>
              <h2 className="govuk-heading-m">The request</h2>
              <SelectField id="requester-agency" label="Requester agency" error={e('requester.agency')} register={register('requester.agency')} options={opts(requesterAgencySchema.options)} />
              <SelectField id="requester-purpose" label="Purpose of the request" error={e('requester.purpose')} register={register('requester.purpose')} options={opts(requestPurposeSchema.options)} />
              <TextField id="requester-replyTo" label="Reply-to address" error={e('requester.replyTo')} register={register('requester.replyTo')} />
              <Facts
                legend="About the request"
                register={register}
                facts={[
                  ['requester.identityInDoubt', 'Their identity is in doubt'],
                  ['requester.writtenConsent', 'Written consent came with it'],
                  ['requester.reasonGiven', 'It says why, with context'],
                ]}
              />
              <SelectField id="subject-status" label="Subject’s status" error={e('subject.status')} register={register('subject.status')} options={opts(subjectStatusSchema.options)} />
              <h2 className="govuk-heading-m">Expected result</h2>
              <SelectField id="expect-decision" label="Expected decision" error={e('expect.decision')} register={register('expect.decision')} options={opts(IR_DECISIONS)} />
              <Checkboxes id="expect-irActions" legend="Expected actions" legendSize="s" options={opts(IR_ACTIONS)} error={e('expect.irActions')} register={register('expect.irActions')} />
            </>
          )}

          <h2 className="govuk-heading-m">Training</h2>
          <SelectField id="training-difficulty" label="Difficulty" error={e('training.difficulty')} register={register('training.difficulty')} options={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_NAMES[d] }))} />
          <TextArea id="training-goals" label="Learning goals" hint="One goal per line." error={e('training.goals')} register={register('training.goals')} />
          <TextField id="training-ruleFocus" label="Rules the call teaches" hint="Rule ids separated by commas, for example ANON-RECORD-EXPLAIN, CONSENT-MANAGER-OVERRIDE." error={e('training.ruleFocus')} register={register('training.ruleFocus')} />
          <h2 className="govuk-heading-m">The caller</h2>
          <TextField id="training-persona-name" label="Caller’s name (as the transcript shows it)" error={e('training.persona.name')} register={register('training.persona.name')} />
          <TextArea id="training-persona-description" label="Caller’s description" rows={2} error={e('training.persona.description')} register={register('training.persona.description')} />
          <TextArea id="training-opening" label="Opening line" error={e('training.opening')} register={register('training.opening')} />
          <h3 className="govuk-heading-s">What the caller says</h3>
          {lines.fields.map((field, index) => (
            <fieldset key={field.id} className="govuk-fieldset govuk-!-margin-bottom-4 fd-author__group">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Caller line {index + 1}</legend>
              <SelectField
                id={idOf(`training.lines.${index}.question`)}
                label="The question it answers"
                error={e(`training.lines.${index}.question`)}
                register={register(`training.lines.${index}.question`)}
                options={questions.map((q) => ({ value: q.id, label: `${q.ask} (${q.id})` }))}
                placeholder={questions.length === 0 ? 'Choose the authority first' : 'Select'}
              />
              <TextArea id={idOf(`training.lines.${index}.says`)} label="What the caller says" rows={2} error={e(`training.lines.${index}.says`)} register={register(`training.lines.${index}.says`)} />
              <SelectField
                id={idOf(`training.lines.${index}.when`)}
                label="When the caller says it"
                error={e(`training.lines.${index}.when`)}
                register={register(`training.lines.${index}.when`)}
                options={[
                  { value: 'volunteered', label: 'Without being asked, on reaching the step' },
                  { value: 'if-asked', label: 'Only if asked' },
                ]}
              />
              <ErrorMessage id={idOf(`training.lines.${index}.dontKnow`)} message={e(`training.lines.${index}.dontKnow`)} />
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <Checkbox id={idOf(`training.lines.${index}.dontKnow`)} label="The caller does not know" register={register(`training.lines.${index}.dontKnow`)} />
              </div>
              <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-top-2 govuk-!-margin-bottom-0" onClick={() => lines.remove(index)}>
                Remove caller line {index + 1}
              </button>
            </fieldset>
          ))}
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => lines.append({ question: '', says: '', when: 'if-asked', dontKnow: false })}>
            Add a caller line
          </button>

          <div className="govuk-button-group" id="save">
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void onPreview()}>
              Preview
            </button>
            <button type="submit" className="govuk-button" disabled={save.isPending}>
              {version === undefined ? 'Save the scenario' : 'Save changes'}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void onExport()}>
              Export as JSON
            </button>
          </div>
        </form>
        <div ref={previewRef}>{preview && <PreviewPanel preview={preview} />}</div>
      </div>
    </div>
  );
}

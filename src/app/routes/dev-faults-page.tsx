import { useEffect, useState, useSyncExternalStore } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DEFAULT_SLOW_MS, FAULT_KINDS, FAULT_LABELS, faults, faultSchema, type Fault } from '../../../mocks/faults';
import { ErrorSummary, type FieldError } from '../../components/error-summary/error-summary';
import { Radios } from '../../components/radios/radios';
import { TextField } from '../../components/text-field/text-field';

// The dev panel for the mock backend's fault injection (mocks/faults.ts): make requests fail the way a
// real server and network fail, then use the app in another part of this tab and see what it does. The
// faults are kept in this tab's sessionStorage, so they survive a reload of the tab and affect no other.

interface FormValues {
  kind: string;
  method: string;
  path: string;
  remaining: string;
  delayMs: string;
  lostAnswer: boolean;
}

const KIND_HINTS: Record<(typeof FAULT_KINDS)[number], string> = {
  'server-error': 'Answers 500 with a problem, as a crashed server would.',
  slow: 'Waits before the real answer.',
  timeout: 'Never answers; Front Door gives up after a few seconds and tries again.',
  offline: 'The request fails as if the network were down.',
};

const PRESETS: { label: string; fault: Parameters<typeof faults.add>[0] }[] = [
  { label: 'Saving answers fails', fault: { kind: 'server-error', method: 'PUT', path: '/api/contacts/:id/events' } },
  { label: 'Saving answers fails once', fault: { kind: 'server-error', method: 'PUT', path: '/api/contacts/:id/events', remaining: 1 } },
  { label: 'Everything is offline', fault: { kind: 'offline' } },
  { label: 'Everything is slow (2 seconds)', fault: { kind: 'slow', delayMs: DEFAULT_SLOW_MS } },
  {
    label: 'Recording the contact times out once, after the server did it',
    fault: { kind: 'timeout', method: 'POST', path: '/api/contacts/:id/submit', remaining: 1, lostAnswer: true },
  },
];

const FIELD_IDS: Record<string, string> = {
  kind: 'kind',
  method: 'method',
  path: 'path',
  remaining: 'remaining',
  delayMs: 'delayMs',
  status: 'kind',
};

const whole = (text: string) => (text.trim() === '' ? undefined : /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

function describe(fault: Fault): string {
  const times = fault.remaining === undefined ? 'every matching request' : `the next ${fault.remaining} matching ${fault.remaining === 1 ? 'request' : 'requests'}`;
  const wait = fault.delayMs !== undefined ? `, ${fault.delayMs} ms` : '';
  const lost = fault.lostAnswer ? ', after the server did the work' : '';
  return `${FAULT_LABELS[fault.kind]}${wait}${lost}: ${fault.method === '*' ? 'any method' : fault.method} ${fault.path}, ${times}`;
}

export default function DevFaultsPage() {
  const active = useSyncExternalStore(faults.subscribe, faults.list);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState<string>();
  const { register, handleSubmit, control } = useForm<FormValues>({
    defaultValues: { kind: '', method: '*', path: '/api/*', remaining: '', delayMs: '', lostAnswer: false },
  });
  const kind = useWatch({ control, name: 'kind' });

  useEffect(() => {
    document.title = `${errors.length > 0 ? 'Error: ' : ''}Make the mock server fail – Front Door`;
  }, [errors.length]);

  const onSubmit = (values: FormValues) => {
    setAdded(undefined);
    const candidate = {
      id: 'candidate',
      kind: values.kind === '' ? undefined : values.kind,
      method: values.method,
      path: values.path,
      remaining: whole(values.remaining),
      delayMs: whole(values.delayMs),
      ...(values.kind === 'timeout' && values.lostAnswer ? { lostAnswer: true } : {}),
    };
    const parsed = faultSchema.safeParse(candidate);
    if (!parsed.success) {
      const messages: Record<string, string> = {
        kind: 'Select what should go wrong',
        method: 'Select a method',
        path: 'Enter a path that starts with /api, for example /api/contacts/:id/events',
        remaining: 'Enter how many requests should fail as a whole number, 1 or more, or leave it empty',
        delayMs: 'Enter the wait in milliseconds as a whole number from 0 to 600000, or leave it empty',
      };
      const seen = new Set<string>();
      const list = parsed.error.issues.flatMap((issue) => {
        const field = String(issue.path[0] ?? 'kind');
        if (seen.has(field)) return [];
        seen.add(field);
        return [{ fieldId: FIELD_IDS[field] ?? 'kind', message: messages[field] ?? issue.message }];
      });
      setErrors(list);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors([]);
    const { id: _id, ...fault } = parsed.data;
    const made = faults.add(fault);
    setAdded(describe(made));
  };

  const errorFor = (field: string) => errors.find((e) => e.fieldId === field)?.message;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary key={attempt} errors={errors} />
        <span className="govuk-caption-l">Developer tools</span>
        <h1 className="govuk-heading-l">Make the mock server fail</h1>
        <p className="govuk-body">
          Faults apply to this browser tab only, until you remove them or close the tab. They survive a reload, so you can
          check that a contact comes back with every answer.
        </p>

        <h2 className="govuk-heading-m">Active faults</h2>
        {active.length === 0 ? (
          <p className="govuk-body" data-testid="no-faults">
            None: every request reaches the mock server normally.
          </p>
        ) : (
          <>
            <ul className="govuk-list govuk-list--bullet" data-testid="active-faults">
              {active.map((fault) => (
                <li key={fault.id}>
                  {describe(fault)}{' '}
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2" onClick={() => faults.remove(fault.id)}>
                    Remove<span className="govuk-visually-hidden"> this fault</span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="govuk-button govuk-button--warning" onClick={() => faults.clear()}>
              Remove all faults
            </button>
          </>
        )}

        <h2 className="govuk-heading-m">Common faults</h2>
        <ul className="govuk-list">
          {PRESETS.map((preset) => (
            <li key={preset.label}>
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
                onClick={() => setAdded(describe(faults.add(preset.fault)))}
              >
                {preset.label}
              </button>
            </li>
          ))}
        </ul>

        {added && (
          <p className="govuk-body" role="status">
            Added: {added}
          </p>
        )}

        <form noValidate onSubmit={handleSubmit(onSubmit)}>
          <h2 className="govuk-heading-m">Add a fault</h2>
          <Radios
            id="kind"
            legend="What should go wrong?"
            options={FAULT_KINDS.map((value) => ({ value, label: FAULT_LABELS[value], hint: KIND_HINTS[value] }))}
            error={errorFor('kind')}
            register={register('kind')}
          />
          <div className={`govuk-form-group${errorFor('method') ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="method">
              Method
            </label>
            <select className="govuk-select" id="method" {...register('method')}>
              {['*', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH'].map((m) => (
                <option key={m} value={m}>
                  {m === '*' ? 'Any method' : m}
                </option>
              ))}
            </select>
          </div>
          <TextField id="path" label="Which requests (path)" hint="For example /api/* for all, or /api/contacts/:id/events for saving answers." error={errorFor('path')} register={register('path')} width="20" />
          <TextField
            id="remaining"
            label="How many requests should fail (optional)"
            hint="Leave empty to fail every matching request until you remove the fault."
            error={errorFor('remaining')}
            register={register('remaining')}
            inputMode="numeric"
            width="5"
          />
          <TextField
            id="delayMs"
            label="Wait in milliseconds (optional)"
            hint="Slow: how long before the real answer (2000 if empty). No answer: how long before the connection drops (60000 if empty)."
            error={errorFor('delayMs')}
            register={register('delayMs')}
            inputMode="numeric"
            width="10"
          />
          {kind === 'timeout' && (
            <div className="govuk-form-group">
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="lostAnswer" type="checkbox" {...register('lostAnswer')} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="lostAnswer">
                    The server does the work, only the answer is lost
                  </label>
                </div>
              </div>
            </div>
          )}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Add fault
          </button>
        </form>
      </div>
    </div>
  );
}


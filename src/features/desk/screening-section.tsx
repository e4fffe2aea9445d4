import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ContactContext, ContactEvent } from '../../../machines/contact/contact.machine';
import type { Role } from '../../../machines/contact/contact.schema';
import { useChildSearch, type ChildRecord } from '../../api/children';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Radios, YES_NO } from '../../components/radios/radios';
import { WarningText } from '../../components/warning-text/warning-text';
import { fieldErrors } from '../../lib/field-errors';
import { SCREENING_QUESTIONS, screeningFormSchema, sharingFormSchema, type ScreeningFormInput, type SharingFormInput } from './forms';
import type { DeskError } from './use-desk-contact';

type Append = (event: ContactEvent, fieldId: string) => Promise<unknown>;

const yn = (b: boolean) => (b ? 'yes' : 'no');

/** CONSENT-MANAGER-OVERRIDE: shown while the machine requires a manager to authorise sharing. */
export function SharingOverride({ role, append, serverErrors }: { role: Role; append: Append; serverErrors: DeskError[] }) {
  const [attempt, setAttempt] = useState(0);
  const form = useForm<SharingFormInput, unknown, ReturnType<typeof sharingFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(sharingFormSchema),
    defaultValues: { reason: '' },
  });
  const mayAuthorise = role === 'team-manager' || role === 'trainer';
  const error = form.formState.errors.reason?.message;
  return (
    <section aria-labelledby="sharing-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="sharing-heading">
        Sharing without the parents’ consent
      </h2>
      <p className="govuk-body">
        The parents do not know about, or have not agreed to, sharing their information. Checks with other agencies need a
        team manager’s authorisation and a recorded reason (CONSENT-MANAGER-OVERRIDE).
      </p>
      {!mayAuthorise ? (
        <WarningText>A team manager must authorise this.</WarningText>
      ) : (
        <form
          noValidate
          onSubmit={form.handleSubmit(
            (authorisation) => append({ type: 'sharing.authorised', authorisation }, 'sharing-reason'),
            () => setAttempt((n) => n + 1),
          )}
        >
          <ErrorSummary key={attempt} errors={[...fieldErrors(form.formState.errors, 'sharing'), ...serverErrors]} />
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="sharing-reason">
              Why share without consent?
            </label>
            {error && (
              <p id="sharing-reason-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            <textarea id="sharing-reason" className="govuk-textarea" rows={3} {...form.register('reason')} />
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Authorise sharing
          </button>
        </form>
      )}
    </section>
  );
}

function RecordLookup({ authority, onUse }: { authority: ContactContext['authority']; onUse: (r: ChildRecord) => void }) {
  const [q, setQ] = useState('');
  const search = useChildSearch(q, { authority });
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor="record-search">
        Check the records: child’s name
      </label>
      <div className="govuk-hint" id="record-search-hint">
        Fills the record questions from a matching record. Check them before you continue.
      </div>
      <input
        id="record-search"
        className="govuk-input govuk-!-width-one-half"
        aria-describedby="record-search-hint"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {search.data && (
        <ul className="govuk-list" aria-label="Matching records">
          {search.data.items.map((r) => (
            <li key={r.id}>
              {r.name} ({r.dateOfBirth}){' '}
              <button type="button" className="govuk-link fd-link-button" onClick={() => onUse(r)}>
                Use this record<span className="govuk-visually-hidden"> for {r.name}</span>
              </button>
            </li>
          ))}
          {search.data.items.length === 0 && <li>No matching records.</li>}
        </ul>
      )}
    </div>
  );
}

/** SCREEN-CHECKS, SCREEN-THRESHOLD: record and agency checks, the threshold judgement and the facts. */
export function ScreeningForm({ context, append, serverErrors }: { context: ContactContext; append: Append; serverErrors: DeskError[] }) {
  const [attempt, setAttempt] = useState(0);
  const form = useForm<ScreeningFormInput, unknown, ReturnType<typeof screeningFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(screeningFormSchema),
    defaultValues: { threshold: '', notes: '' },
  });
  const needsOverride = context.actions.some((a) => a.action === 'manager-authorise-sharing') && !context.sharingAuthorisation;
  const [blocked, setBlocked] = useState(false);
  const use = (r: ChildRecord) => {
    form.setValue('knownBefore', yn(r.knownBefore) as never);
    form.setValue('childProtectionPlan', yn(r.childProtectionPlan) as never);
    form.setValue('lookedAfter', yn(r.lookedAfter) as never);
    form.setValue('siblingsKnown', yn(r.siblings.length > 0) as never);
    form.setValue('adultsKnown', yn(r.household.some((h) => h.knownToServices)) as never);
  };
  const errors = [
    ...fieldErrors(form.formState.errors),
    ...(blocked ? [{ fieldId: 'agencyChecks', message: 'A team manager must authorise sharing without consent before agency checks' }] : []),
    ...serverErrors,
  ];
  return (
    <section aria-labelledby="screening-heading">
      <h2 className="govuk-heading-m" id="screening-heading">
        Screening
      </h2>
      <ErrorSummary key={attempt} errors={errors} />
      <RecordLookup authority={context.authority} onUse={use} />
      <form
        noValidate
        onSubmit={form.handleSubmit(
          async (screening) => {
            // The machine's isSharingAllowed guard decides; this only words its refusal for the page.
            if (screening.agencyChecks && needsOverride) {
              setBlocked(true);
              setAttempt((n) => n + 1);
              return;
            }
            setBlocked(false);
            await append({ type: 'screening.recorded', screening }, 'screening-submit');
            setAttempt((n) => n + 1);
          },
          () => setAttempt((n) => n + 1),
        )}
      >
        {SCREENING_QUESTIONS.map((q) => (
          <Radios
            key={q.name}
            id={q.name}
            legend={q.legend}
            {...(q.hint ? { hint: q.hint } : {})}
            inline
            options={YES_NO}
            error={form.formState.errors[q.name]?.message ?? (q.name === 'agencyChecks' && blocked ? 'A team manager must authorise sharing without consent before agency checks' : undefined)}
            register={form.register(q.name)}
          />
        ))}
        <div className={`govuk-form-group${form.formState.errors.threshold ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="threshold">
            Threshold judgement
          </label>
          <div className="govuk-hint" id="threshold-hint">
            For example: child in need, level 3, likely significant harm.
          </div>
          {form.formState.errors.threshold && (
            <p id="threshold-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {form.formState.errors.threshold.message}
            </p>
          )}
          <input id="threshold" className="govuk-input" aria-describedby="threshold-hint" {...form.register('threshold')} />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="notes">
            Facts established
          </label>
          <textarea id="notes" className="govuk-textarea" rows={4} {...form.register('notes')} />
        </div>
        <button type="submit" id="screening-submit" className="govuk-button" data-module="govuk-button">
          Record screening
        </button>
      </form>
    </section>
  );
}

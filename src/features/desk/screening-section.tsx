import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ContactContext } from '../../../machines/contact/contact.machine';
import type { Role } from '../../../machines/contact/contact.schema';
import type { ContactSnapshot } from '../../../machines/contact/replay';
import { ROLE_NAMES } from '../../lib/session';
import { actingRole, whoMustAct } from './refusals';
import { useChildSearch, type ChildRecord } from '../../api/children';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Radios, YES_NO } from '../../components/radios/radios';
import { TextArea, TextField } from '../../components/text-field/text-field';
import { WarningText } from '../../components/warning-text/warning-text';
import { fieldErrors } from '../../lib/field-errors';
import { SCREENING_QUESTIONS, screeningFormSchema, sharingFormSchema, type ScreeningFormInput, type SharingFormInput } from './forms';
import type { DeskError } from './use-desk-contact';
import { useRefusableStep, type Append } from './use-refusable-step';


const yn = (b: boolean) => (b ? 'yes' : 'no');

/**
 * CONSENT-MANAGER-OVERRIDE: shown while the machine requires a manager to authorise sharing. Anyone may
 * try; the machine refuses anyone but a team manager, and the page says who must act.
 */
export function SharingOverride({ snapshot, role, append, serverErrors }: { snapshot: ContactSnapshot; role: Role; append: Append; serverErrors: DeskError[] }) {
  const { attempt, refused, send, invalid } = useRefusableStep(append, role);
  const by = actingRole(role);
  const form = useForm<SharingFormInput, unknown, ReturnType<typeof sharingFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(sharingFormSchema),
    defaultValues: { reason: '' },
  });
  const mustAct = whoMustAct(snapshot, { type: 'sharing.authorised', authorisation: { by, reason: 'x'.repeat(10) } });
  return (
    <section aria-labelledby="sharing-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="sharing-heading">
        Sharing without the parents’ consent
      </h2>
      <p className="govuk-body">
        The parents do not know about, or have not agreed to, sharing their information. Checks with other agencies need a
        team manager’s authorisation and a recorded reason (CONSENT-MANAGER-OVERRIDE).
      </p>
      {mustAct && (
        <WarningText>
          Only a {ROLE_NAMES[mustAct].toLowerCase()} can authorise this. You are signed in as {ROLE_NAMES[role].toLowerCase()}.
        </WarningText>
      )}
      <form
          noValidate
          onSubmit={form.handleSubmit(
            (value) =>
              send({ type: 'sharing.authorised', authorisation: { ...value, by } }, 'sharing-reason', (r) =>
                r.field === 'authorisation.reason' ? 'sharing-reason' : 'sharing-submit',
              ),
            invalid,
          )}
        >
          <ErrorSummary key={attempt} errors={[...fieldErrors(form.formState.errors, 'sharing'), ...refused, ...serverErrors]} />
          <TextArea id="sharing-reason" label="Why share without consent?" error={form.formState.errors.reason?.message} register={form.register('reason')} />
          <button type="submit" id="sharing-submit" className="govuk-button" data-module="govuk-button">
            Authorise sharing
          </button>
        </form>
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
export function ScreeningForm({ context, role, append, serverErrors }: { context: ContactContext; role: Role; append: Append; serverErrors: DeskError[] }) {
  const { attempt, refused, send, invalid } = useRefusableStep(append, role);
  const form = useForm<ScreeningFormInput, unknown, ReturnType<typeof screeningFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(screeningFormSchema),
    defaultValues: { threshold: '', notes: '' },
  });
  const use = (r: ChildRecord) => {
    form.setValue('knownBefore', yn(r.knownBefore) as never);
    form.setValue('childProtectionPlan', yn(r.childProtectionPlan) as never);
    form.setValue('lookedAfter', yn(r.lookedAfter) as never);
    form.setValue('siblingsKnown', yn(r.siblings.length > 0) as never);
    form.setValue('adultsKnown', yn(r.household.some((h) => h.knownToServices)) as never);
  };
  const errors = [
    ...fieldErrors(form.formState.errors),
    ...refused,
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
          // The machine's isSharingAllowed guard decides; the page only words its refusal.
          (screening) => send({ type: 'screening.recorded', screening }, 'screening-submit', (r) => (r.field === 'screening.agencyChecks' ? 'agencyChecks' : 'screening-submit')),
          invalid,
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
            error={form.formState.errors[q.name]?.message ?? (q.name === 'agencyChecks' ? refused.find((e) => e.fieldId === 'agencyChecks')?.message : undefined)}
            register={form.register(q.name)}
          />
        ))}
        <TextField
          id="threshold"
          label="Threshold judgement"
          hint="For example: child in need, level 3, likely significant harm."
          error={form.formState.errors.threshold?.message}
          register={form.register('threshold')}
        />
        <TextArea id="notes" label="Facts established" rows={4} register={form.register('notes')} />
        <button type="submit" id="screening-submit" className="govuk-button" data-module="govuk-button">
          Record screening
        </button>
      </form>
    </section>
  );
}

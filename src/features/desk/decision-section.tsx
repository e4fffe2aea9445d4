import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { ContactEvent } from '../../../machines/contact/contact.machine';
import type { Role } from '../../../machines/contact/contact.schema';
import type { ContactSnapshot } from '../../../machines/contact/replay';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Radios, YES_NO } from '../../components/radios/radios';
import { SummaryList } from '../../components/summary-list/summary-list';
import { TextArea, TextField } from '../../components/text-field/text-field';
import { WarningText } from '../../components/warning-text/warning-text';
import { fieldErrors } from '../../lib/field-errors';
import { formatInstant } from '../../lib/format';
import { OUTCOME_LABELS } from '../../lib/labels';
import { ROLE_NAMES } from '../../lib/session';
import {
  closureFormSchema,
  decisionFormSchema,
  siblingFormSchemaFor,
  toDecision,
  type ClosureFormInput,
  type DecisionFormInput,
  type SiblingFormInput,
} from './forms';
import { actingRole, whoMustAct } from './refusals';
import type { DeskError } from './use-desk-contact';
import { useRefusableStep, type Append } from './use-refusable-step';

/** Who the signed-in role records as authorising; a call handler authorises nothing. */
function authoriserFor(role: Role): 'manager' | 'social-worker' | undefined {
  if (role === 'team-manager' || role === 'trainer') return 'manager';
  if (role === 'social-worker') return 'social-worker';
  return undefined;
}

const roleName = (role: Role) => ROLE_NAMES[role].toLowerCase();
const withArticle = (role: Role) => `a ${roleName(role)}`;

/** DEC-OUTCOMES, DEC-MANAGER: the decision under the authority's own outcome names, authorised with a reason. */
export function DecisionForm({
  snapshot,
  role,
  append,
  serverErrors,
}: {
  snapshot: ContactSnapshot;
  role: Role;
  append: Append;
  serverErrors: DeskError[];
}) {
  const { context } = snapshot;
  const { attempt, refused, send, refuse, invalid } = useRefusableStep(append, role);
  const form = useForm<DecisionFormInput, unknown, ReturnType<typeof decisionFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(decisionFormSchema),
    defaultValues: { reason: '' },
  });
  const authoriser = authoriserFor(role);
  // Who must act, as the machine says: would it refuse a decision recorded as this role records it?
  const mustAct = useMemo(() => {
    const probe = (authorisedBy: 'manager' | 'social-worker') =>
      whoMustAct(snapshot, {
        type: 'decision.recorded',
        decision: { outcome: context.profile.outcomes[0]!.outcome, authorisedBy, at: new Date().toISOString() },
      });
    return authoriser ? probe(authoriser) : (probe('social-worker') ?? 'social-worker');
  }, [snapshot, context.profile.outcomes, authoriser]);
  return (
    <section aria-labelledby="decision-heading">
      <h2 className="govuk-heading-m" id="decision-heading">
        Decision
      </h2>
      {mustAct && (
        <WarningText>
          {mustAct === 'team-manager'
            ? `A team manager must authorise this decision in ${context.profile.name} (DEC-MANAGER).`
            : `A social worker or team manager records this decision.`}{' '}
          You are signed in as {roleName(role)}.
        </WarningText>
      )}
      <ErrorSummary key={attempt} errors={[...fieldErrors(form.formState.errors), ...refused, ...serverErrors]} />
      <form
        noValidate
        onSubmit={form.handleSubmit(
          async (value) => {
            if (!authoriser) {
              // Nobody records a decision as a call handler: the event has no such authoriser.
              refuse([
                {
                  fieldId: 'decision-submit',
                  message: `${mustAct === 'team-manager' ? 'A team manager must authorise this' : 'A social worker or team manager records this'}. You are signed in as ${roleName(role)}.`,
                },
              ]);
              return;
            }
            const decision = toDecision(value, authoriser, new Date().toISOString());
            await send({ type: 'decision.recorded', decision }, 'decision-submit', (r) => (r.field === 'decision.outcome' ? 'outcome' : 'decision-submit'));
          },
          invalid,
        )}
      >
        <Radios
          id="outcome"
          legend={`Outcome (${context.profile.name})`}
          options={context.profile.outcomes.map((o) => ({ value: o.outcome, label: o.localName, hint: o.description }))}
          error={form.formState.errors.outcome?.message}
          register={form.register('outcome')}
        />
        <TextArea id="reason" label="Reason for the decision" error={form.formState.errors.reason?.message} register={form.register('reason')} />
        <button type="submit" id="decision-submit" className="govuk-button" data-module="govuk-button">
          {authoriser === 'manager' ? 'Authorise decision' : 'Record decision'}
        </button>
      </form>
    </section>
  );
}

/**
 * LEI-SIBLINGS: after a contact is progressed to a referral, the screening manager decides whether the
 * referral is copied to the child's siblings. Shown while the machine has that step; says who must act.
 */
export function SiblingReferralSection({ snapshot, role, append }: { snapshot: ContactSnapshot; role: Role; append: Append }) {
  const { context } = snapshot;
  const { attempt, refused, send, invalid } = useRefusableStep(append, role);
  const by = actingRole(role);
  const schema = useMemo(() => siblingFormSchemaFor(by), [by]);
  const form = useForm<SiblingFormInput, unknown, ReturnType<typeof schema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(schema),
    defaultValues: { siblings: '', rationale: '' },
  });
  const policy = context.profile.siblingReferral;
  const recorded = context.siblingReferral;
  const probe = (as: Role): ContactEvent => ({ type: 'siblings.referred', referral: { by: as, siblings: 1, progress: true, at: new Date().toISOString() } });
  // The step is offered while the machine would take it from the role the procedure names.
  const open = policy !== undefined && !recorded && snapshot.can(probe(policy.byRole));
  if (!recorded && !open) return null;
  const mustAct = open ? whoMustAct(snapshot, probe(by)) : undefined;
  return (
    <section aria-labelledby="siblings-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="siblings-heading">
        Copying the referral to siblings
      </h2>
      {recorded ? (
        <SummaryList
          rows={[
            { key: 'Decision', value: recorded.progress ? `Referral copied to ${recorded.siblings} sibling${recorded.siblings === 1 ? '' : 's'}` : 'Siblings not progressed to referral' },
            { key: 'Outcome copied', value: context.profile.outcomes.find((o) => o.outcome === recorded.outcome)?.localName ?? OUTCOME_LABELS[recorded.outcome] },
            { key: 'Sibling referral dated', value: formatInstant(recorded.at) },
            ...(recorded.due ? [{ key: 'Progress by', value: `${formatInstant(recorded.due)} (LEI-SIBLINGS)` }] : []),
            ...(recorded.rationale ? [{ key: 'Rationale', value: recorded.rationale }] : []),
          ]}
        />
      ) : (
        <>
          <p className="govuk-body">
            In {context.profile.name} the screening team manager decides whether this referral is copied to the child’s brothers and
            sisters, each dated when it is created and progressed within one working day; not copying it needs a clear rationale
            (LEI-SIBLINGS).
          </p>
          {mustAct && (
            <WarningText>
              Only {withArticle(mustAct)} can decide this. You are signed in as {roleName(role)}.
            </WarningText>
          )}
          <ErrorSummary key={attempt} errors={[...fieldErrors(form.formState.errors, 'siblings'), ...refused]} />
          <form
            noValidate
            onSubmit={form.handleSubmit(
              (referral) => send({ type: 'siblings.referred', referral }, 'siblings-submit', (r) => (r.field === 'referral.rationale' ? 'siblings-rationale' : 'siblings-submit')),
              invalid,
            )}
          >
            <TextField
              id="siblings-siblings"
              label="How many brothers or sisters?"
              width="2"
              inputMode="numeric"
              error={form.formState.errors.siblings?.message}
              register={form.register('siblings')}
            />
            <Radios
              id="siblings-progress"
              legend="Copy the referral to them?"
              inline
              options={YES_NO}
              error={form.formState.errors.progress?.message}
              register={form.register('progress')}
            />
            <TextArea
              id="siblings-rationale"
              label="Rationale (needed if they are not progressed)"
              error={form.formState.errors.rationale?.message}
              register={form.register('rationale')}
            />
            <button type="submit" id="siblings-submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Record the sibling decision
            </button>
          </form>
        </>
      )}
    </section>
  );
}

/**
 * LEI-CLOSURE-AT-REFERRAL: a referral closed at referral is closed only once the agreement with early help
 * or the other professional, why no assessment is needed, and the discussion are recorded.
 */
export function ClosureSection({ snapshot, role, append }: { snapshot: ContactSnapshot; role: Role; append: Append }) {
  const { context } = snapshot;
  const { attempt, refused, send, invalid } = useRefusableStep(append, role);
  const form = useForm<ClosureFormInput, unknown, ReturnType<typeof closureFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(closureFormSchema),
    defaultValues: { summary: '', discussion: '' },
  });
  const recorded = context.closure;
  const probe: ContactEvent = { type: 'closure.recorded', closure: { agreedWith: 'early-help', summary: 'x'.repeat(10), discussion: 'x'.repeat(10) } };
  if (!recorded && !snapshot.can(probe)) return null;
  return (
    <section aria-labelledby="closure-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="closure-heading">
        Closure at referral
      </h2>
      {recorded ? (
        <SummaryList
          rows={[
            { key: 'Agreed with', value: recorded.agreedWith === 'early-help' ? 'Early Help' : 'The other professional' },
            { key: 'Why no social care assessment', value: recorded.summary },
            { key: 'The discussion', value: recorded.discussion },
          ]}
        />
      ) : (
        <>
          <p className="govuk-body">
            Before the contact is closed, record who the closure was agreed with, why no social care assessment is needed, and the
            discussion (LEI-CLOSURE-AT-REFERRAL).
          </p>
          <ErrorSummary key={attempt} errors={[...fieldErrors(form.formState.errors, 'closure'), ...refused]} />
          <form
            noValidate
            onSubmit={form.handleSubmit(
              (closure) => send({ type: 'closure.recorded', closure }, 'closure-submit'),
              invalid,
            )}
          >
            <Radios
              id="closure-agreedWith"
              legend="Agreed with"
              options={[
                { value: 'early-help', label: 'Early Help' },
                { value: 'other-professional', label: 'The other professional' },
              ]}
              error={form.formState.errors.agreedWith?.message}
              register={form.register('agreedWith')}
            />
            <TextArea
              id="closure-summary"
              label="Why no social care assessment is needed"
              error={form.formState.errors.summary?.message}
              register={form.register('summary')}
            />
            <TextArea
              id="closure-discussion"
              label="The discussion with Early Help or the other professional"
              error={form.formState.errors.discussion?.message}
              register={form.register('discussion')}
            />
            <button type="submit" id="closure-submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Record the closure summary
            </button>
          </form>
        </>
      )}
    </section>
  );
}

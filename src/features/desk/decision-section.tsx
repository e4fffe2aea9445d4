import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ContactContext, ContactEvent } from '../../../machines/contact/contact.machine';
import type { Role } from '../../../machines/contact/contact.schema';
import { ruleFor } from '../../../machines/rules/catalogue';
import type { RuleId } from '../../../machines/rules/rule-ids';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { Radios } from '../../components/radios/radios';
import { WarningText } from '../../components/warning-text/warning-text';
import { fieldErrors } from '../../lib/field-errors';
import { decisionFormSchema, toDecision, type DecisionFormInput } from './forms';
import { ROLE_NAMES } from '../../lib/session';
import type { DeskError } from './use-desk-contact';

type Append = (event: ContactEvent, fieldId: string) => Promise<RuleId[] | 'failed'>;

/** Who the signed-in role records as authorising; a call handler authorises nothing. */
function authoriserFor(role: Role): 'manager' | 'social-worker' | undefined {
  if (role === 'team-manager' || role === 'trainer') return 'manager';
  if (role === 'social-worker') return 'social-worker';
  return undefined;
}

const WHO_MUST_ACT: Partial<Record<RuleId, string>> = {
  'DEC-MANAGER': 'A team manager must authorise this.',
  'DEC-OUTCOMES': 'This authority does not have that outcome.',
};

/** DEC-OUTCOMES, DEC-MANAGER: the decision under the authority's own outcome names, authorised with a reason. */
export function DecisionForm({ context, role, append, serverErrors }: { context: ContactContext; role: Role; append: Append; serverErrors: DeskError[] }) {
  const [attempt, setAttempt] = useState(0);
  const [refused, setRefused] = useState<DeskError[]>([]);
  const form = useForm<DecisionFormInput, unknown, ReturnType<typeof decisionFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(decisionFormSchema),
    defaultValues: { reason: '' },
  });
  const managerRequired = context.profile.rules.includes('DEC-MANAGER');
  const authoriser = authoriserFor(role);
  return (
    <section aria-labelledby="decision-heading">
      <h2 className="govuk-heading-m" id="decision-heading">
        Decision
      </h2>
      {managerRequired && role !== 'team-manager' && role !== 'trainer' && (
        <WarningText>A team manager must authorise this decision in {context.profile.name} (DEC-MANAGER).</WarningText>
      )}
      <ErrorSummary key={attempt} errors={[...fieldErrors(form.formState.errors), ...refused, ...serverErrors]} />
      <form
        noValidate
        onSubmit={form.handleSubmit(
          async (value) => {
            setRefused([]);
            if (!authoriser) {
              setRefused([{ fieldId: 'decision-submit', message: `A team manager must authorise this. You are signed in as ${ROLE_NAMES[role].toLowerCase()}.` }]);
              setAttempt((n) => n + 1);
              return;
            }
            const decision = toDecision(value, authoriser, new Date().toISOString());
            const result = await append({ type: 'decision.recorded', decision }, 'decision-submit');
            if (Array.isArray(result) && result.length > 0) {
              setRefused(
                result.map((rule) => ({
                  fieldId: rule === 'DEC-OUTCOMES' ? 'outcome' : 'decision-submit',
                  message: `${WHO_MUST_ACT[rule] ?? ruleFor(rule).title} (${rule}: ${ruleFor(rule).title})`,
                })),
              );
            }
            setAttempt((n) => n + 1);
          },
          () => setAttempt((n) => n + 1),
        )}
      >
        <Radios
          id="outcome"
          legend={`Outcome (${context.profile.name})`}
          options={context.profile.outcomes.map((o) => ({ value: o.outcome, label: o.localName, hint: o.description }))}
          error={form.formState.errors.outcome?.message}
          register={form.register('outcome')}
        />
        <div className={`govuk-form-group${form.formState.errors.reason ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="reason">
            Reason for the decision
          </label>
          {form.formState.errors.reason && (
            <p id="reason-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {form.formState.errors.reason.message}
            </p>
          )}
          <textarea id="reason" className="govuk-textarea" rows={3} {...form.register('reason')} />
        </div>
        <button type="submit" id="decision-submit" className="govuk-button" data-module="govuk-button">
          {authoriser === 'manager' ? 'Authorise decision' : 'Record decision'}
        </button>
      </form>
    </section>
  );
}

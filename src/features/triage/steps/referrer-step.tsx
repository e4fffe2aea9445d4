import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { agencySchema, referrerTypeSchema } from '../../../../machines/contact/contact.schema';
import { QuestionPage } from '../../../components/question-page/question-page';
import { Radios, YES_NO } from '../../../components/radios/radios';
import { AGENCY_LABELS, REFERRER_TYPE_LABELS } from '../../../lib/labels';
import {makeReferrerFormSchema, referrerDefaults, referrerFormSchema, type ReferrerFormInput} from '../forms';
import { fieldErrors } from '../../../lib/field-errors';
import type { StepProps } from './step-props';

export function ReferrerStep({ context, send, onBack, aside, caption }: StepProps) {
  const [attempt, setAttempt] = useState(0);
  const [schema] = useState(() => makeReferrerFormSchema(context.profile.routing.consultationHub?.agencies ?? []));
  const form = useForm<ReferrerFormInput, unknown, ReturnType<typeof referrerFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(schema),
    defaultValues: referrerDefaults(context.referrer) as ReferrerFormInput,
  });
  const type = useWatch({ control: form.control, name: 'type' });
  const agency = useWatch({ control: form.control, name: 'agency' });
  const hub = context.profile.routing.consultationHub;
  // Only the Consultation Hub's own agencies are asked about it (profile data, INT-HUB).
  const asksAboutHub = hub !== undefined && type === 'professional' && hub.agencies.includes(agency ?? '');
  const errors = fieldErrors(form.formState.errors);
  return (
    <QuestionPage
      title="Who is making the contact?"
      caption={caption}
      errors={errors}
      attempt={attempt}
      onBack={onBack}
      aside={aside}
      onSubmit={form.handleSubmit(
        (referrer) => send({ type: 'referrer.identified', referrer }),
        () => setAttempt((n) => n + 1),
      )}
    >
      <Radios
        id="type"
        legend="Who is making the contact?"
        isPageHeading
        options={referrerTypeSchema.options.map((value) => ({ value, label: REFERRER_TYPE_LABELS[value] }))}
        error={form.formState.errors.type?.message}
        register={form.register('type')}
      />
      {type === 'professional' && (
        <div className="govuk-form-group">
          <Radios
            id="agency"
            legend="Which agency are they from?"
            options={agencySchema.options.map((value) => ({ value, label: AGENCY_LABELS[value] }))}
            error={form.formState.errors.agency?.message}
            register={form.register('agency')}
          />
        </div>
      )}
      <Radios
        id="requestsAnonymity"
        legend="Do they want to stay anonymous?"
        hint="Ask whether they are happy for their name to be recorded."
        inline
        options={YES_NO}
        error={form.formState.errors.requestsAnonymity?.message}
        register={form.register('requestsAnonymity')}
      />
      <Radios
        id="relaysThirdParty"
        legend="Are they passing on what someone else told them?"
        inline
        options={YES_NO}
        error={form.formState.errors.relaysThirdParty?.message}
        register={form.register('relaysThirdParty')}
      />
      {asksAboutHub && hub && (
        <Radios
          id="consultedHub"
          legend={`Have they already spoken to the ${hub.name}?`}
          hint={hub.hoursNote}
          inline
          options={YES_NO}
          error={form.formState.errors.consultedHub?.message}
          register={form.register('consultedHub')}
        />
      )}
    </QuestionPage>
  );
}

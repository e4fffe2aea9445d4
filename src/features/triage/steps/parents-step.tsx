import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { reasonNotInformedSchema } from '../../../../machines/contact/contact.schema';
import { Checkboxes } from '../../../components/checkboxes/checkboxes';
import { QuestionPage } from '../../../components/question-page/question-page';
import { Radios } from '../../../components/radios/radios';
import { REASON_LABELS } from '../../../lib/labels';
import {parentsDefaults, parentsFormSchema, type ParentsFormInput} from '../forms';
import { fieldErrors } from '../../../lib/field-errors';
import type { StepProps } from './step-props';

export function ParentsStep({ context, send, onBack, aside, caption }: StepProps) {
  const [attempt, setAttempt] = useState(0);
  const form = useForm<ParentsFormInput, unknown, ReturnType<typeof parentsFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(parentsFormSchema),
    defaultValues: parentsDefaults(context.parents) as ParentsFormInput,
  });
  const state = useWatch({ control: form.control, name: 'state' });
  return (
    <QuestionPage
      title="What do the parents know about this contact?"
      caption={caption}
      errors={fieldErrors(form.formState.errors)}
      attempt={attempt}
      onBack={onBack}
      aside={aside}
      onSubmit={form.handleSubmit((parents) => send({ type: 'parents.recorded', parents }), () => setAttempt((n) => n + 1))}
    >
      <Radios
        id="state"
        legend="What do the parents know about this contact?"
        isPageHeading
        options={[
          { value: 'informed-agreed', label: 'They know, and agreed to information being shared' },
          { value: 'informed-only', label: 'They know, but have not agreed to sharing' },
          { value: 'not-informed', label: 'They have not been told or asked' },
        ]}
        error={form.formState.errors.state?.message}
        register={form.register('state')}
      />
      {state !== undefined && state !== 'informed-agreed' && (
        <Checkboxes
          id="reasonsNotInformed"
          legend="Why were they not told or asked?"
          hint="Select all that the caller gives. Leave blank if they give no reason."
          options={reasonNotInformedSchema.options.map((value) => ({ value, label: REASON_LABELS[value] }))}
          error={form.formState.errors.reasonsNotInformed?.message}
          register={form.register('reasonsNotInformed')}
        />
      )}
    </QuestionPage>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { QuestionPage } from '../../../components/question-page/question-page';
import { Radios, YES_NO } from '../../../components/radios/radios';
import {concernDefaults, concernFormSchema, type ConcernFormInput} from '../forms';
import { fieldErrors } from '../../../lib/field-errors';
import type { StepProps } from './step-props';

const QUESTIONS: { name: keyof ConcernFormInput; legend: string; hint: string }[] = [
  { name: 'immediateDanger', legend: 'Is a child in immediate danger?', hint: 'At risk of significant harm right now, needing protection at once.' },
  { name: 'crimeSuspected', legend: 'Might a crime have been committed against a child?', hint: 'For example sexual or physical assault, or neglect.' },
  { name: 'significantHarm', legend: 'Is there reason to suspect significant harm?', hint: 'Actual harm, or harm that is likely, that is significant for this child.' },
  { name: 'harmByAnotherChild', legend: 'Was the harm caused by another child?', hint: 'If so, details of both children are needed.' },
  { name: 'allegationAgainstWorker', legend: 'Is the concern about an adult who works or volunteers with children?', hint: 'For example a teacher, coach, carer or youth worker.' },
];

export function ConcernStep({ context, send, onBack, aside, caption }: StepProps) {
  const [attempt, setAttempt] = useState(0);
  const form = useForm<ConcernFormInput, unknown, ReturnType<typeof concernFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(concernFormSchema),
    defaultValues: concernDefaults(context.concern) as ConcernFormInput,
  });
  return (
    <QuestionPage
      title="What is the concern?"
      heading="What is the concern?"
      caption={caption}
      errors={fieldErrors(form.formState.errors)}
      attempt={attempt}
      onBack={onBack}
      aside={aside}
      onSubmit={form.handleSubmit((concern) => send({ type: 'concern.described', concern }), () => setAttempt((n) => n + 1))}
    >
      {QUESTIONS.map((q) => (
        <Radios
          key={q.name}
          id={q.name}
          legend={q.legend}
          hint={q.hint}
          inline
          options={YES_NO}
          error={form.formState.errors[q.name]?.message}
          register={form.register(q.name)}
        />
      ))}
    </QuestionPage>
  );
}

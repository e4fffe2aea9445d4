import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { missingRequiredQuestions } from '../../../../machines/contact/contact.rules';
import type { ChecklistStatus } from '../../../../machines/contact/contact.schema';
import { QuestionPage } from '../../../components/question-page/question-page';
import { Radios } from '../../../components/radios/radios';
import type { StepProps } from './step-props';

const STATUS_OPTIONS = [
  { value: 'answered', label: 'Asked and answered' },
  { value: 'not-known', label: 'Asked: caller does not know' },
  { value: 'not-asked', label: 'Not asked yet' },
];

export function ChecklistStep({ context, send, onBack, aside, caption }: StepProps) {
  const [attempt, setAttempt] = useState(0);
  const [missing, setMissing] = useState<{ fieldId: string; message: string }[]>([]);
  const items = context.profile.checklist;
  const form = useForm<Record<string, ChecklistStatus>>({
    shouldFocusError: false,
    defaultValues: Object.fromEntries(items.map((i) => [fieldName(i.id), context.checklist[i.id] ?? 'not-asked'])),
  });
  const answered = Object.values(useWatch({ control: form.control })).filter((v) => v !== 'not-asked').length;
  return (
    <QuestionPage
      title="Information to gather"
      heading="Information to gather"
      caption={caption}
      errors={missing}
      attempt={attempt}
      onBack={onBack}
      aside={aside}
      onSubmit={form.handleSubmit((values) => {
        for (const item of items) {
          const status = values[fieldName(item.id)] ?? 'not-asked';
          if (status !== context.checklist[item.id]) send({ type: 'checklist.answered', item: item.id, status });
        }
        if (send({ type: 'information.completed' })) return;
        // The machine refused (INFO-ASK-FAMILY-ISSUES): explain with the same rule function its guard uses.
        const statuses = Object.fromEntries(items.map((i) => [i.id, values[fieldName(i.id)] ?? 'not-asked'])) as Record<string, ChecklistStatus>;
        setMissing(
          missingRequiredQuestions(context.profile, statuses).map((i) => ({
            fieldId: fieldName(i.id),
            message: `Ask about ${i.label.toLowerCase()}: it must be asked on every contact (${i.rule ?? ''})`,
          })),
        );
        setAttempt((n) => n + 1);
      })}
    >
      <p className="govuk-body" aria-live="polite">
        {answered} of {items.length} asked. {context.profile.name}’s procedure lists these; ask as much as the caller can tell you.
      </p>
      {items.map((item) => (
        <Radios
          key={item.id}
          id={fieldName(item.id)}
          legend={item.label}
          hint={`${item.ask} (${context.profile.name} ${item.section}${item.mustAsk ? ', must be asked' : ''})`}
          inline
          options={STATUS_OPTIONS}
          error={missing.find((m) => m.fieldId === fieldName(item.id))?.message}
          register={form.register(fieldName(item.id))}
        />
      ))}
    </QuestionPage>
  );
}

function fieldName(itemId: string) {
  return `checklist-${itemId}`;
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { caseStatusSchema } from '../../../../machines/contact/contact.schema';
import { QuestionPage } from '../../../components/question-page/question-page';
import { Radios } from '../../../components/radios/radios';
import { CASE_STATUS_LABELS } from '../../../lib/labels';
import {childrenDefaults, childrenFormSchema, type ChildrenFormInput} from '../forms';
import { fieldErrors } from '../../../lib/field-errors';
import type { StepProps } from './step-props';

// Names and dates of birth are taken on the information checklist; this page asks only what routes the
// contact: each child's status with children's social care (INT-OPEN).
export function ChildrenStep({ context, send, onBack, aside, caption }: StepProps) {
  const [attempt, setAttempt] = useState(0);
  const form = useForm<ChildrenFormInput, unknown, ReturnType<typeof childrenFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(childrenFormSchema),
    defaultValues: childrenDefaults(context.children),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'children' });
  const errors = form.formState.errors.children;
  return (
    <QuestionPage
      title="Which children is the contact about?"
      heading="Which children is the contact about?"
      caption={caption}
      errors={fieldErrors(form.formState.errors)}
      attempt={attempt}
      onBack={onBack}
      aside={aside}
      onSubmit={form.handleSubmit((children) => send({ type: 'children.recorded', children }), () => setAttempt((n) => n + 1))}
    >
      {fields.map((field, index) => (
        <div key={field.id} className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m">Child {index + 1}</h2>
          <Radios
            id={`children-${index}-caseStatus`}
            legend={`Is child ${index + 1} known to children’s social care?`}
            hint="Check the records system. An open case goes to the allocated worker."
            options={caseStatusSchema.options.map((value) => ({ value, label: CASE_STATUS_LABELS[value] }))}
            error={errors?.[index]?.caseStatus?.message}
            register={form.register(`children.${index}.caseStatus`)}
          />
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">About child {index + 1}</legend>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id={`children-${index}-unborn`} type="checkbox" {...form.register(`children.${index}.unborn`)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`children-${index}-unborn`}>
                    Unborn baby
                  </label>
                </div>
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id={`children-${index}-disability`} type="checkbox" {...form.register(`children.${index}.disability`)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`children-${index}-disability`}>
                    Has a disability
                  </label>
                </div>
              </div>
            </fieldset>
          </div>
          {fields.length > 1 && (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => remove(index)}>
              Remove child {index + 1}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => append({ caseStatus: undefined as never })}>
        Add another child
      </button>
      <br />
    </QuestionPage>
  );
}

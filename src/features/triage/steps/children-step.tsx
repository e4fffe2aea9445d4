import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { caseStatusSchema, type AuthorityId } from '../../../../machines/contact/contact.schema';
import { MIN_SEARCH_LENGTH, useChildSearch, type ChildRecord } from '../../../api/children';
import { QuestionPage } from '../../../components/question-page/question-page';
import { Radios } from '../../../components/radios/radios';
import { CASE_STATUS_LABELS } from '../../../lib/labels';
import {childrenDefaults, childrenFormSchema, type ChildrenFormInput} from '../forms';
import { fieldErrors } from '../../../lib/field-errors';
import type { StepProps } from './step-props';

// Names and dates of birth are taken on the information checklist; this page asks only what routes the
// contact: each child's status with children's social care (INT-OPEN). A search of the (fictional) records
// can fill that status in; the call handler can still change it, and the name is not stored with the contact.

/** What a found record said, shown under the child's heading until the answer is changed or the child removed. */
interface FromRecord {
  name: string;
  dateOfBirth: string;
  caseStatus: ChildRecord['caseStatus'];
  worker?: string;
}

function ChildRecordLookup({ id, authority, onUse }: { id: string; authority: AuthorityId; onUse: (record: ChildRecord) => void }) {
  const [q, setQ] = useState('');
  const search = useChildSearch(q, { authority });
  const searching = q.trim().length >= MIN_SEARCH_LENGTH;
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        Search the records by name (optional)
      </label>
      <div className="govuk-hint" id={`${id}-hint`}>
        At least {MIN_SEARCH_LENGTH} letters. Choosing a record fills in the answer below; check it and change it if it is wrong.
      </div>
      <input
        id={id}
        className="govuk-input govuk-!-width-one-half"
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        // The search runs as the name is typed; Enter must not submit the page's answers half-finished.
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <div aria-live="polite">
        {searching && search.isError && <p className="govuk-body">The records could not be searched. Answer from what you know.</p>}
        {searching && search.data && (
          <ul className="govuk-list" aria-label={`Records matching “${q.trim()}”`}>
            {search.data.items.map((r) => (
              <li key={r.id}>
                {r.name} (born {r.dateOfBirth}){' '}
                <button type="button" className="govuk-link fd-link-button" onClick={() => onUse(r)}>
                  Use this record<span className="govuk-visually-hidden"> for {r.name}</span>
                </button>
              </li>
            ))}
            {search.data.items.length === 0 && <li>No matching records.</li>}
          </ul>
        )}
      </div>
    </div>
  );
}

export function ChildrenStep({ context, send, onBack, aside, caption }: StepProps) {
  const [attempt, setAttempt] = useState(0);
  const form = useForm<ChildrenFormInput, unknown, ReturnType<typeof childrenFormSchema.parse>>({
    shouldFocusError: false,
    resolver: zodResolver(childrenFormSchema),
    defaultValues: childrenDefaults(context.children),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'children' });
  const errors = form.formState.errors.children;
  const [fromRecord, setFromRecord] = useState<Record<string, FromRecord>>({});
  const applyRecord = (fieldId: string, index: number, record: ChildRecord) => {
    form.setValue(`children.${index}.caseStatus`, record.caseStatus, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    setFromRecord((m) => ({
      ...m,
      [fieldId]: {
        name: record.name,
        dateOfBirth: record.dateOfBirth,
        caseStatus: record.caseStatus,
        ...(record.allocatedWorker ? { worker: `${record.allocatedWorker.name}, ${record.allocatedWorker.team}, ${record.allocatedWorker.phone}` } : {}),
      },
    }));
  };
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
          <ChildRecordLookup id={`children-${index}-record-search`} authority={context.authority} onUse={(r) => applyRecord(field.id, index, r)} />
          {fromRecord[field.id] && (
            <div className="govuk-inset-text" data-testid={`children-${index}-from-record`}>
              From the record of {fromRecord[field.id]!.name} (born {fromRecord[field.id]!.dateOfBirth}):{' '}
              {CASE_STATUS_LABELS[fromRecord[field.id]!.caseStatus].toLowerCase()}
              {fromRecord[field.id]!.worker ? `. Allocated worker: ${fromRecord[field.id]!.worker}` : ''}.
            </div>
          )}
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

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { PROFILE_LIST } from '../../../machines/authorities';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { requesterAgencySchema, requestPurposeSchema, subjectStatusSchema } from '../../../machines/info-request/info-request.schema';
import { useLogInfoRequest } from '../../api/info-requests';
import { isProblem } from '../../api/problem';
import { QuestionPage } from '../../components/question-page/question-page';
import { Radios, YES_NO } from '../../components/radios/radios';
import { navigate } from '../../lib/router';
import { infoRequestFormSchema, type InfoRequestFormInput } from './forms';
import { AGENCY, PURPOSE, STATUS } from './labels';

function errorList(errors: Record<string, unknown>, prefix = ''): { fieldId: string; message: string }[] {
  const out: { fieldId: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || !value || typeof value !== 'object') continue;
    const message = (value as { message?: unknown }).message;
    const id = prefix ? `${prefix}-${key}` : key;
    if (typeof message === 'string' && message) out.push({ fieldId: id === 'requester-replyTo' ? 'replyTo' : id, message });
    else out.push(...errorList(value as Record<string, unknown>, id));
  }
  return out;
}

export function NewInfoRequestPage() {
  const log = useLogInfoRequest();
  return (
    <InfoRequestForm
      submitLabel="Log and decide"
      onSubmitValue={async (value) => {
        const record = await log.mutateAsync({ ...value, receivedAt: new Date().toISOString() });
        navigate(`/info-requests/${record.id}`);
      }}
    />
  );
}

export type InfoRequestFormValue = ReturnType<typeof infoRequestFormSchema.parse>;

export interface InfoRequestFormProps {
  /** What to do with a valid request. A rejection shows in the error summary and keeps every answer. */
  onSubmitValue: (value: InfoRequestFormValue) => Promise<void>;
  submitLabel: string;
  defaultAuthority?: AuthorityId;
  caption?: string;
  /** Beside the form (training's simulated caller). */
  aside?: ReactNode;
}

/** The log-a-request form on its own, so training can have a trainee fill in the real form (render prop in app.tsx). */
export function InfoRequestForm({ onSubmitValue, submitLabel, defaultAuthority = 'hertfordshire', caption, aside }: InfoRequestFormProps) {
  const [attempt, setAttempt] = useState(0);
  const [serverError, setServerError] = useState<string>();
  const form = useForm<InfoRequestFormInput, unknown, InfoRequestFormValue>({
    shouldFocusError: false,
    resolver: zodResolver(infoRequestFormSchema),
    defaultValues: { authority: defaultAuthority, replyTo: '', identityInDoubt: 'no', writtenConsent: 'no', reasonGiven: 'yes' } as InfoRequestFormInput,
  });
  const e = form.formState.errors as Record<string, { message?: string } | undefined> & { requester?: { replyTo?: { message?: string } } };
  const replyError = e.replyTo?.message ?? e.requester?.replyTo?.message;
  const errors = [...errorList(form.formState.errors), ...(serverError ? [{ fieldId: 'authority', message: serverError }] : [])];
  return (
    <QuestionPage
      title="Log an information request"
      heading="Log an information request"
      errors={errors}
      attempt={attempt}
      submitLabel={submitLabel}
      {...(caption ? { caption } : {})}
      aside={aside}
      onSubmit={form.handleSubmit(
        async (value) => {
          setServerError(undefined);
          try {
            await onSubmitValue(value);
          } catch (error) {
            setServerError(isProblem(error) ? error.title : 'The request was not logged.');
            setAttempt((n) => n + 1);
          }
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <Radios id="authority" legend="Authority" options={PROFILE_LIST.map((p) => ({ value: p.id, label: p.name }))} error={e.authority?.message} register={form.register('authority')} />
      <div className={`govuk-form-group${e.agency ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="agency">
          Who is asking?
        </label>
        {e.agency && <p className="govuk-error-message" id="agency-error"><span className="govuk-visually-hidden">Error:</span> {e.agency.message}</p>}
        <select id="agency" className="govuk-select" {...form.register('agency')}>
          <option value="">Select</option>
          {requesterAgencySchema.options.map((a) => (
            <option key={a} value={a}>{AGENCY[a]}</option>
          ))}
        </select>
      </div>
      <div className={`govuk-form-group${e.purpose ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="purpose">
          Why are they asking?
        </label>
        {e.purpose && <p className="govuk-error-message" id="purpose-error"><span className="govuk-visually-hidden">Error:</span> {e.purpose.message}</p>}
        <select id="purpose" className="govuk-select" {...form.register('purpose')}>
          <option value="">Select</option>
          {requestPurposeSchema.options.map((p) => (
            <option key={p} value={p}>{PURPOSE[p]}</option>
          ))}
        </select>
      </div>
      <div className={`govuk-form-group${replyError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="replyTo">
          Reply to (email address)
        </label>
        {replyError && <p className="govuk-error-message" id="replyTo-error"><span className="govuk-visually-hidden">Error:</span> {replyError}</p>}
        <input id="replyTo" className="govuk-input" type="email" autoComplete="off" {...form.register('replyTo')} />
      </div>
      <Radios id="identityInDoubt" legend="Do you doubt that they are who they say?" inline options={YES_NO} error={e.identityInDoubt?.message} register={form.register('identityInDoubt')} />
      <Radios id="writtenConsent" legend="Did written consent come with the request?" inline options={YES_NO} error={e.writtenConsent?.message} register={form.register('writtenConsent')} />
      <Radios id="reasonGiven" legend="Does the request say why, with context?" inline options={YES_NO} error={e.reasonGiven?.message} register={form.register('reasonGiven')} />
      <Radios id="status" legend="The child’s status with children’s services" options={subjectStatusSchema.options.map((s) => ({ value: s, label: STATUS[s] }))} error={e.status?.message} register={form.register('status')} />
    </QuestionPage>
  );
}

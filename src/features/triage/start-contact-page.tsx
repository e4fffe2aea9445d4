import { fieldErrors } from '../../lib/field-errors';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { PROFILE_LIST } from '../../../machines/authorities';
import { formatLondon, londonWallTimeToInstant } from '../../../machines/clock/working-days';
import { authorityIdSchema, channelSchema } from '../../../machines/contact/contact.schema';
import { useCreateContact } from '../../api/contacts';
import { navigate } from '../../lib/router';
import { QuestionPage } from '../../components/question-page/question-page';
import { Radios } from '../../components/radios/radios';
import { londonLocalInputValue } from '../../lib/format';
import { CHANNEL_LABELS } from '../../lib/labels';

const AUTHORITY_KEY = 'front-door:authority';

export const startContactFormSchema = z
  .object({
    authority: z.enum(authorityIdSchema.options, { error: 'Select the local authority' }),
    channel: z.enum(channelSchema.options, { error: 'Select how the contact came in' }),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter the date received as a real date, like 2026-03-04' }),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter the time received in 24-hour format, like 14:05' }),
  })
  .transform((v, ctx) => {
    const [h, m] = v.time.split(':').map(Number);
    let epoch: number;
    try {
      epoch = londonWallTimeToInstant(v.date, h ?? 0, m ?? 0, 0);
    } catch {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'Enter the date received as a real date, like 2026-03-04' });
      return z.NEVER;
    }
    // A few minutes' grace for clocks that disagree; a contact cannot arrive later than now.
    if (epoch > Date.now() + 5 * 60_000) {
      ctx.addIssue({ code: 'custom', path: ['time'], message: 'The time received must be now or in the past' });
      return z.NEVER;
    }
    return { authority: v.authority, channel: v.channel, receivedAt: formatLondon(epoch) };
  });
type StartInput = z.input<typeof startContactFormSchema>;

export function StartContactPage() {
  const [attempt, setAttempt] = useState(0);
  const create = useCreateContact();
  // Read once: the default is the moment the page opened, not whenever React re-renders.
  const [now] = useState(() => londonLocalInputValue(Date.now()));
  const remembered = localStorage.getItem(AUTHORITY_KEY) ?? undefined;
  const form = useForm<StartInput, unknown, z.output<typeof startContactFormSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(startContactFormSchema),
    defaultValues: { authority: authorityIdSchema.safeParse(remembered).data, channel: 'phone', date: now.date, time: now.time },
  });
  const errors = fieldErrors(form.formState.errors);
  if (create.error) errors.push({ fieldId: 'authority', message: `The contact could not be started: ${create.error.message}` });
  return (
    <QuestionPage
      title="Start a contact"
      heading="Start a contact"
      errors={errors}
      attempt={attempt}
      submitLabel="Start"
      onSubmit={form.handleSubmit(
        async (values) => {
          localStorage.setItem(AUTHORITY_KEY, values.authority);
          const record = await create.mutateAsync(values).catch(() => undefined);
          if (record) navigate(`/contacts/${record.id}`);
          else setAttempt((n) => n + 1);
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <Radios
        id="authority"
        legend="Which local authority’s front door is this?"
        options={PROFILE_LIST.map((p) => ({ value: p.id, label: p.name, hint: `${p.frontDoor.name} (${p.frontDoor.short})` }))}
        error={form.formState.errors.authority?.message}
        register={form.register('authority')}
      />
      <Radios
        id="channel"
        legend="How did the contact come in?"
        options={channelSchema.options.map((value) => ({ value, label: CHANNEL_LABELS[value] }))}
        error={form.formState.errors.channel?.message}
        register={form.register('channel')}
      />
      <div className={`govuk-form-group${form.formState.errors.date ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="date">
          Date received
        </label>
        <div className="govuk-hint" id="date-hint">UK time. For example, 2026-03-04.</div>
        {form.formState.errors.date && (
          <p className="govuk-error-message" id="date-error">
            <span className="govuk-visually-hidden">Error:</span> {form.formState.errors.date.message}
          </p>
        )}
        <input className="govuk-input govuk-input--width-10" id="date" type="date" aria-describedby="date-hint" {...form.register('date')} />
      </div>
      <div className={`govuk-form-group${form.formState.errors.time ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="time">
          Time received
        </label>
        <div className="govuk-hint" id="time-hint">24-hour clock, UK time. For example, 14:05.</div>
        {form.formState.errors.time && (
          <p className="govuk-error-message" id="time-error">
            <span className="govuk-visually-hidden">Error:</span> {form.formState.errors.time.message}
          </p>
        )}
        <input className="govuk-input govuk-input--width-5" id="time" type="time" aria-describedby="time-hint" {...form.register('time')} />
      </div>
    </QuestionPage>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { formatLondon, londonWallTimeToInstant } from '../../../machines/clock/working-days';
import type { WrapUp, WrapUpQuestion } from '../../../machines/training/score';
import { QuestionPage } from '../../components/question-page/question-page';
import { Radios, YES_NO } from '../../components/radios/radios';
import { fieldErrors } from '../../lib/field-errors';
import { Checkbox, TextField } from '../../components/text-field/text-field';

// After the call: the questions a call handler must be able to answer once the contact is recorded
// (which apply comes from wrapUpQuestionsFor, i.e. from the machine's expected result). The trainee's
// answers go to the server with the event log; the right answers are the machine's, in the debrief.

const YES_NO_QUESTIONS = ['agencyChecksNow', 'tellFamilyWhoCalled'] as const;
const ASK = {
  agencyChecksNow: 'Select whether checks with other agencies may start now',
  tellFamilyWhoCalled: 'Select whether the family may be told who made the contact',
} as const;
const LEGENDS = {
  agencyChecksNow: 'May checks with other agencies (police, health, school) start now?',
  tellFamilyWhoCalled: 'If the family asks, may they be told who made this contact?',
} as const;

// Every check happens in one transform, so one Continue lists every problem (a failed field in the object
// would stop zod before the transform and show the rest only on the next try).
function wrapUpFormSchema(questions: readonly WrapUpQuestion[]) {
  return z
    .object({
      dueDate: z.string().optional(),
      dueTime: z.string().optional(),
      dueUnknown: z.boolean().optional(),
      agencyChecksNow: z.string().nullish(),
      tellFamilyWhoCalled: z.string().nullish(),
    })
    .transform((v, ctx): WrapUp => {
      const out: WrapUp = {};
      let failed = false;
      const problem = (path: string, message: string) => {
        ctx.addIssue({ code: 'custom', path: [path], message });
        failed = true;
      };
      if (questions.includes('decisionDue')) {
        if (v.dueUnknown) out.decisionDue = null;
        else {
          const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(v.dueDate ?? '');
          const timeOk = /^([01]\d|2[0-3]):[0-5]\d$/.test(v.dueTime ?? '');
          if (!dateOk) problem('dueDate', 'Enter the date the decision is due, like 2026-03-05');
          if (!timeOk) problem('dueTime', 'Enter the time the decision is due in 24-hour format, like 23:59');
          if (dateOk && timeOk) {
            const [h, m] = (v.dueTime ?? '').split(':').map(Number);
            try {
              out.decisionDue = formatLondon(londonWallTimeToInstant(v.dueDate ?? '', h ?? 0, m ?? 0, 0));
            } catch {
              problem('dueDate', 'Enter the date the decision is due as a real date, like 2026-03-05');
            }
          }
        }
      }
      for (const q of YES_NO_QUESTIONS) {
        if (!questions.includes(q)) continue;
        if (v[q] === 'yes' || v[q] === 'no') out[q] = v[q] === 'yes';
        else problem(q, ASK[q]);
      }
      return failed ? z.NEVER : out;
    });
}

type WrapUpFormInput = { dueDate?: string; dueTime?: string; dueUnknown?: boolean; agencyChecksNow?: string; tellFamilyWhoCalled?: string };

export interface WrapUpFormProps {
  questions: readonly WrapUpQuestion[];
  caption?: string;
  onSubmit: (wrapUp: WrapUp) => Promise<void>;
}

export function WrapUpForm({ questions, caption, onSubmit }: WrapUpFormProps) {
  const schema = useMemo(() => wrapUpFormSchema(questions), [questions]);
  const [attempt, setAttempt] = useState(0);
  const [serverError, setServerError] = useState<string>();
  const form = useForm<WrapUpFormInput, unknown, WrapUp>({
    resolver: zodResolver(schema) as unknown as Resolver<WrapUpFormInput, unknown, WrapUp>,
    shouldFocusError: false,
    // Validation on Continue only (GOV.UK): the summary must not come and go, and take focus, as one types.
    reValidateMode: 'onSubmit',
    defaultValues: { dueDate: '', dueTime: '' },
  });
  const e = form.formState.errors;
  const errors = [...fieldErrors(e), ...(serverError ? [{ fieldId: 'wrap-up-submit', message: serverError }] : [])];
  return (
    <QuestionPage
      title="After the call"
      heading="After the call"
      {...(caption ? { caption } : {})}
      errors={errors}
      attempt={attempt}
      submitLabel="Finish and see the debrief"
      onSubmit={form.handleSubmit(
        async (value) => {
          setServerError(undefined);
          try {
            await onSubmit(value);
          } catch (error) {
            setServerError(`Your answers were not sent: ${(error as Error).message}. Try again; nothing you entered is lost.`);
            setAttempt((n) => n + 1);
          }
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <p className="govuk-body" id="wrap-up-submit">
        The contact is recorded. Answer as you would to a colleague taking over the case.
      </p>
      {questions.includes('decisionDue') && (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">When is the decision on this contact due?</legend>
          <TextField id="dueDate" label="Date" type="date" width="10" hint="UK time. For example, 2026-03-05." error={e.dueDate?.message} register={form.register('dueDate')} />
          <TextField id="dueTime" label="Time" type="time" width="5" hint="24-hour clock, UK time. For example, 23:59." error={e.dueTime?.message} register={form.register('dueTime')} />
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <Checkbox id="dueUnknown" label="I do not know" register={form.register('dueUnknown')} />
          </div>
        </fieldset>
      )}
      {YES_NO_QUESTIONS.filter((q) => questions.includes(q)).map((q) => (
        <Radios key={q} id={q} legend={LEGENDS[q]} inline options={YES_NO} error={e[q]?.message} register={form.register(q)} />
      ))}
    </QuestionPage>
  );
}

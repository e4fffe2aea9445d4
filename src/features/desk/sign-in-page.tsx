import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { PROFILE_LIST } from '../../../machines/authorities';
import { AUTHORITY_IDS, roleSchema } from '../../../machines/contact/contact.schema';
import { QuestionPage } from '../../components/question-page/question-page';
import { Radios } from '../../components/radios/radios';
import { navigate } from '../../lib/router';
import { fieldErrors } from '../../lib/field-errors';
import { mockUser, ROLE_NAMES, signIn, useSignedIn } from '../../lib/session';

const signInSchema = z.object({
  authority: z.enum(AUTHORITY_IDS, { error: 'Select your authority' }),
  role: z.enum(roleSchema.options, { error: 'Select your role' }),
});
type SignInInput = z.input<typeof signInSchema>;

const ROLE_HINTS: Record<string, string> = {
  'call-handler': 'Takes contacts and submits them.',
  'social-worker': 'Screens contacts and proposes decisions.',
  'team-manager': 'Authorises decisions and sharing without consent.',
  trainer: 'Runs practice calls and may act in any role.',
};

/** Choose a mock user: an authority and a role. The choice is remembered in this browser. */
export function SignInPage() {
  const user = useSignedIn();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<SignInInput, unknown, z.output<typeof signInSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(signInSchema),
    defaultValues: user ? { authority: user.authority, role: user.role } : {},
  });
  return (
    <QuestionPage
      title="Sign in"
      heading="Sign in to Front Door"
      errors={fieldErrors(form.formState.errors)}
      attempt={attempt}
      submitLabel="Sign in"
      onSubmit={form.handleSubmit(
        (value) => {
          signIn(mockUser(value.authority, value.role));
          navigate('/desk');
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <p className="govuk-body">This prototype has mock users only. Choose an authority and a role to act as.</p>
      <Radios
        id="authority"
        legend="Authority"
        options={PROFILE_LIST.map((p) => ({ value: p.id, label: p.name }))}
        error={form.formState.errors.authority?.message}
        register={form.register('authority')}
      />
      <Radios
        id="role"
        legend="Role"
        options={roleSchema.options.map((r) => ({ value: r, label: ROLE_NAMES[r], hint: ROLE_HINTS[r] }))}
        error={form.formState.errors.role?.message}
        register={form.register('role')}
      />
    </QuestionPage>
  );
}

import { z } from 'zod';
import {
  AUTHORITY_IDS,
} from '../../../machines/contact/contact.schema';
import {
  requesterAgencySchema,
  requesterSchema,
  requestPurposeSchema,
  subjectSchema,
  subjectStatusSchema,
} from '../../../machines/info-request/info-request.schema';

// The log-a-request form: strings from the page, transformed and piped into the machine's schemas.

function into<S extends z.ZodType>(schema: S, toField: (path: PropertyKey[]) => PropertyKey[] = (path) => path) {
  return (value: unknown, ctx: z.RefinementCtx): z.output<S> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: toField(issue.path), message: issue.message });
    return z.NEVER;
  };
}
const yesNo = (message: string) => z.enum(['yes', 'no'], { error: message }).transform((v) => v === 'yes');

export const infoRequestFormSchema = z
  .object({
    authority: z.enum(AUTHORITY_IDS, { error: 'Select the authority' }),
    agency: z.enum(requesterAgencySchema.options, { error: 'Select who is asking' }),
    purpose: z.enum(requestPurposeSchema.options, { error: 'Select why they are asking' }),
    replyTo: z.string(),
    identityInDoubt: yesNo('Select whether you doubt their identity'),
    writtenConsent: yesNo('Select whether written consent came with the request'),
    reasonGiven: yesNo('Select whether the request says why'),
    status: z.enum(subjectStatusSchema.options, { error: 'Select the child’s status with children’s services' }),
  })
  .transform((v) => ({
    authority: v.authority,
    requester: { agency: v.agency, purpose: v.purpose, replyTo: v.replyTo, identityInDoubt: v.identityInDoubt, writtenConsent: v.writtenConsent, reasonGiven: v.reasonGiven },
    subject: { status: v.status },
  }))
  .transform(
    into(
      z.object({ authority: z.enum(AUTHORITY_IDS), requester: requesterSchema, subject: subjectSchema }),
      // The machine's paths (requester.replyTo, subject.status) back to the form's own fields, so each
      // message lands by its input (fuzzing found `requester.replyTo` naming no field of the form).
      (path) => (path[0] === 'requester' || path[0] === 'subject' ? path.slice(1) : path),
    ),
  );
export type InfoRequestFormInput = z.input<typeof infoRequestFormSchema>;

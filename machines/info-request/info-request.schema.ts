import { z } from 'zod';
import { authorityIdSchema, instantSchema } from '../contact/contact.schema';

// The information-request vocabulary of the scenario contract (HER §8), shared by the desk form,
// the mock backend and the scenario runner.

export const requesterAgencySchema = z.enum([
  'other-local-authority', 'ukba', 'cafcass', 'police', 'probation', 'school', 'nhs', 'ofsted', 'send',
  'mental-health', 'housing', 'court', 'solicitor', 'other',
]);
export type RequesterAgency = z.infer<typeof requesterAgencySchema>;

export const requestPurposeSchema = z.enum([
  's47-enquiry', 'safeguarding', 'future-of-child', 'crime-or-tax', 'rent-arrears', 'detailed-history',
  'subject-access', 'court-proceedings', 'other',
]);
export type RequestPurpose = z.infer<typeof requestPurposeSchema>;

export const subjectStatusSchema = z.enum(['unknown', 'open', 'closed', 'adult-former-recipient']);
export type SubjectStatus = z.infer<typeof subjectStatusSchema>;

export const requesterSchema = z.strictObject({
  agency: requesterAgencySchema,
  purpose: requestPurposeSchema,
  replyTo: z.string().trim().min(3, { error: 'Enter the address to reply to' }).max(320),
  identityInDoubt: z.boolean().default(false),
  writtenConsent: z.boolean().default(false),
  reasonGiven: z.boolean().default(true),
});
export type Requester = z.infer<typeof requesterSchema>;

export const subjectSchema = z.strictObject({ status: subjectStatusSchema });
export type Subject = z.infer<typeof subjectSchema>;

export const IR_DECISIONS = [
  'await-identity-evidence', 'data-protection-team', 'legal-helpdesk', 'allocated-worker', 'confirm-without-consent',
  'await-gov-uk-address', 'await-consent', 'confirm-known-status', 'team-processes', 'return-for-reasons',
  'disclose-with-consent', 'not-covered',
] as const;
export const irDecisionSchema = z.enum(IR_DECISIONS);
export type IrDecision = z.infer<typeof irDecisionSchema>;

export const IR_ACTIONS = [
  'open-contact', 'open-adult-contact', 'reply-to-gov-uk-only', 'casenote-allocated-worker', 'seek-legal-advice',
] as const;
export const irActionSchema = z.enum(IR_ACTIONS);
export type IrAction = z.infer<typeof irActionSchema>;

export { authorityIdSchema, instantSchema };

import { z } from 'zod';
import {
  closureSummarySchema,
  decisionSchema,
  outcomeSchema,
  screeningSchema,
  sharingAuthorisationSchema,
  siblingReferralSchema,
  type Role,
} from '../../../machines/contact/contact.schema';

// The desk's form schemas: what the page collects (strings from radios and text boxes), with GOV.UK error
// messages, then piped into the machine's own schemas, so the machine only receives values that passed them.

function into<S extends z.ZodType>(schema: S) {
  return (value: unknown, ctx: z.RefinementCtx): z.output<S> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  };
}

const yesNo = (message: string) => z.enum(['yes', 'no'], { error: message }).transform((v) => v === 'yes');

export const SCREENING_QUESTIONS = [
  { name: 'knownBefore', legend: 'Is the child known to children’s social care already?', hint: 'From the record check.' },
  { name: 'childProtectionPlan', legend: 'Is the child on a child protection plan, now or before?', hint: '' },
  { name: 'lookedAfter', legend: 'Is the child looked after, now or before?', hint: '' },
  { name: 'siblingsKnown', legend: 'Are any brothers or sisters known?', hint: '' },
  { name: 'adultsKnown', legend: 'Are adults in the household known to services?', hint: '' },
  { name: 'agencyChecks', legend: 'Will you check with other agencies (health, police, school)?', hint: 'This shares the family’s information with them.' },
] as const;

export const screeningFormSchema = z
  .object({
    knownBefore: yesNo('Select whether the child is known already'),
    childProtectionPlan: yesNo('Select whether the child has been on a child protection plan'),
    lookedAfter: yesNo('Select whether the child has been looked after'),
    siblingsKnown: yesNo('Select whether any siblings are known'),
    adultsKnown: yesNo('Select whether adults in the household are known'),
    agencyChecks: yesNo('Select whether you will check with other agencies'),
    threshold: z.string().trim().min(1, { error: 'Enter your threshold judgement' }).max(200, { error: 'The threshold judgement must be 200 characters or fewer' }),
    notes: z.string().trim().max(5000, { error: 'The facts must be 5000 characters or fewer' }).optional(),
  })
  .transform((v) => ({ ...v, notes: v.notes ? v.notes : undefined }))
  .transform(into(screeningSchema));
export type ScreeningFormInput = z.input<typeof screeningFormSchema>;

export const sharingFormSchema = z
  .object({ reason: z.string() })
  .transform((v) => ({ by: 'team-manager' as const, reason: v.reason }))
  .transform(into(sharingAuthorisationSchema));
export type SharingFormInput = z.input<typeof sharingFormSchema>;

export const decisionFormSchema = z.object({
  outcome: z.enum(outcomeSchema.options, { error: 'Select the outcome' }),
  reason: z.string().trim().min(1, { error: 'Enter the reason for the decision' }).max(2000, { error: 'The reason must be 2000 characters or fewer' }),
});
export type DecisionFormInput = z.input<typeof decisionFormSchema>;

/** The decision event's body, checked against the machine's schema. */
export const toDecision = (value: z.output<typeof decisionFormSchema>, authorisedBy: 'manager' | 'social-worker', at: string) =>
  decisionSchema.parse({ outcome: value.outcome, reason: value.reason, authorisedBy, at });

// LEI-SIBLINGS: the screening manager's decision about the subject child's siblings, sent as `by` and dated
// now (the sibling's referral carries its own creation date); the machine's schema asks for the rationale.
export const siblingFormSchemaFor = (by: Role) =>
  z
    .object({
      siblings: z
        .string()
        .trim()
        .min(1, { error: 'Enter how many brothers or sisters' })
        .regex(/^\d+$/, { error: 'Enter how many brothers or sisters as a number, like 2' })
        .transform(Number),
      progress: z.enum(['yes', 'no'], { error: 'Select whether the referral is copied to the siblings' }).transform((v) => v === 'yes'),
      rationale: z.string().trim(),
    })
    .transform((v) => ({
      by,
      siblings: v.siblings,
      progress: v.progress,
      ...(v.rationale ? { rationale: v.rationale } : {}),
      at: new Date().toISOString(),
    }))
    .transform(into(siblingReferralSchema));
export type SiblingFormInput = z.input<ReturnType<typeof siblingFormSchemaFor>>;

// LEI-CLOSURE-AT-REFERRAL: who the closure was agreed with, why no assessment, and the discussion.
export const closureFormSchema = z
  .object({
    agreedWith: z.enum(['early-help', 'other-professional'], { error: 'Select who the closure was agreed with' }),
    summary: z.string(),
    discussion: z.string(),
  })
  .transform(into(closureSummarySchema));
export type ClosureFormInput = z.input<typeof closureFormSchema>;

import { z } from 'zod';

// The contact vocabulary of shared/spec/scenario-contract.md, as zod schemas.
// One set of schemas serves the wizard's forms, the mock backend and the scenario runner, so a value
// the machine receives has always passed the same checks, wherever it came from.

export const AUTHORITY_IDS = ['dorset', 'hertfordshire', 'leicester', 'derbyshire', 'lincolnshire'] as const;
export const authorityIdSchema = z.enum(AUTHORITY_IDS);
export type AuthorityId = z.infer<typeof authorityIdSchema>;

export const channelSchema = z.enum(['phone', 'email', 'online-form', 'post', 'in-person']);
export type Channel = z.infer<typeof channelSchema>;

export const referrerTypeSchema = z.enum(['professional', 'public', 'family', 'child']);
export type ReferrerType = z.infer<typeof referrerTypeSchema>;

export const agencySchema = z.enum([
  'school',
  'early-years',
  'health',
  'gp',
  'police',
  'housing',
  'probation',
  'voluntary',
  'other',
]);
export type Agency = z.infer<typeof agencySchema>;

export const caseStatusSchema = z.enum(['unknown', 'closed', 'open', 'early-help']);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

export const reasonNotInformedSchema = z.enum([
  'abusive-response',
  'delay',
  'evidence-loss',
  'staff-risk',
  'intimidation',
  'domestic-abuse-risk',
  'family-may-move',
  'crime-detection',
  's47-information',
]);
export type ReasonNotInformed = z.infer<typeof reasonNotInformedSchema>;

export const OUTCOMES = [
  'no-further-action',
  'information-advice',
  'signpost',
  'early-help',
  'assessment',
  'strategy-discussion',
  'closure-at-referral',
] as const;
export const outcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcomeSchema>;

export const authoriserSchema = z.enum(['manager', 'social-worker']);
export type Authoriser = z.infer<typeof authoriserSchema>;

export const ROUTES = [
  'front-door',
  'allocated-worker',
  'out-of-hours',
  'consultation-hub',
  'online-request',
  'managing-allegations',
] as const;
export const routeSchema = z.enum(ROUTES);
export type Route = z.infer<typeof routeSchema>;

export const identitySchema = z.enum(['named', 'confidential', 'withheld']);
export type ReferrerIdentity = z.infer<typeof identitySchema>;

export const ACTION_IDS = [
  'call-999',
  'notify-police',
  'explain-confidentiality-limits',
  'explain-professionals-not-anonymous',
  'manager-authorise-sharing',
  'ask-referrer-to-inform-parents',
  'confirm-in-writing-24h',
  'remind-to-feed-back-to-source',
  'send-both-children-details',
  'include-nhs-number',
  'ask-about-family-issues',
  'convene-strategy-discussion',
  'explain-reasons-and-alternatives',
  'tell-referrer-where-signposted',
] as const;
export const actionIdSchema = z.enum(ACTION_IDS);
export type ActionId = z.infer<typeof actionIdSchema>;

export const DEADLINE_IDS = [
  'decision',
  'acknowledgement',
  'chase',
  'writtenConfirmation',
  'strategyDecision',
  'childSeen',
] as const;
export const deadlineIdSchema = z.enum(DEADLINE_IDS);
export type DeadlineId = z.infer<typeof deadlineIdSchema>;

// ISO 8601 with an explicit offset (or Z): the contract requires every instant to carry one, because a
// bare local time is ambiguous around the clock changes.
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
export const instantSchema = z
  .string({ error: 'Enter a date and time' })
  .regex(INSTANT_PATTERN, { error: 'Must be an ISO 8601 date and time with an offset, like 2026-03-04T10:15:00+00:00' })
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'Is not a real date and time' });

export const referrerSchema = z
  .strictObject({
    type: referrerTypeSchema,
    agency: agencySchema.optional(),
    requestsAnonymity: z.boolean().default(false),
    relaysThirdParty: z.boolean().default(false),
    consultedHub: z.boolean().default(false),
  })
  .superRefine((referrer, ctx) => {
    if (referrer.type === 'professional' && referrer.agency === undefined) {
      ctx.addIssue({ code: 'custom', path: ['agency'], message: 'Select the professional’s agency' });
    }
    if (referrer.type !== 'professional' && referrer.agency !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['agency'], message: 'Only a professional referrer has an agency' });
    }
  });
export type Referrer = z.infer<typeof referrerSchema>;

export const childSchema = z.strictObject({
  caseStatus: caseStatusSchema,
  unborn: z.boolean().default(false),
  disability: z.boolean().default(false),
});
export type Child = z.infer<typeof childSchema>;

export const childrenSchema = z.array(childSchema).min(1, { error: 'Add at least one child' }).max(20);

export const concernSchema = z.strictObject({
  immediateDanger: z.boolean(),
  crimeSuspected: z.boolean(),
  significantHarm: z.boolean(),
  harmByAnotherChild: z.boolean().default(false),
  allegationAgainstWorker: z.boolean().default(false),
});
export type Concern = z.infer<typeof concernSchema>;

export const parentsSchema = z
  .strictObject({
    informed: z.boolean(),
    agreed: z.boolean(),
    reasonsNotInformed: z.array(reasonNotInformedSchema).default([]),
  })
  .superRefine((parents, ctx) => {
    // Agreement to share presupposes that the parents were told (CONSENT-THREE-STATES): the three
    // recordable states are informed+agreed, informed only, and neither.
    if (parents.agreed && !parents.informed) {
      ctx.addIssue({ code: 'custom', path: ['agreed'], message: 'Parents cannot have agreed without being informed' });
    }
    if (parents.informed && parents.agreed && parents.reasonsNotInformed.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['reasonsNotInformed'],
        message: 'Reasons are only recorded when parents were not informed or did not agree',
      });
    }
    if (new Set(parents.reasonsNotInformed).size !== parents.reasonsNotInformed.length) {
      ctx.addIssue({ code: 'custom', path: ['reasonsNotInformed'], message: 'Each reason may be given once' });
    }
  });
export type Parents = z.infer<typeof parentsSchema>;

export const decisionSchema = z.strictObject({
  outcome: outcomeSchema,
  authorisedBy: authoriserSchema,
  at: instantSchema,
  reason: z.string().max(2000).optional(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const checklistStatusSchema = z.enum(['not-asked', 'answered', 'not-known']);
export type ChecklistStatus = z.infer<typeof checklistStatusSchema>;

export const roleSchema = z.enum(['call-handler', 'social-worker', 'team-manager', 'trainer']);
export type Role = z.infer<typeof roleSchema>;

export const sharingAuthorisationSchema = z.strictObject({
  by: roleSchema,
  reason: z.string().trim().min(10, { error: 'Record the reason for sharing without consent (at least 10 characters)' }).max(2000),
});
export type SharingAuthorisation = z.infer<typeof sharingAuthorisationSchema>;

export const screeningSchema = z.strictObject({
  knownBefore: z.boolean(),
  childProtectionPlan: z.boolean(),
  lookedAfter: z.boolean(),
  siblingsKnown: z.boolean(),
  adultsKnown: z.boolean(),
  // Checks with other agencies share the family's information: they need consent or an authorised override.
  agencyChecks: z.boolean(),
  threshold: z.string().max(200).optional(),
  notes: z.string().max(5000).optional(),
});
export type Screening = z.infer<typeof screeningSchema>;

// LEI-SIBLINGS (LEI §6): the screening manager's decision to copy the referral to the subject child's
// siblings, or not to progress them (then with a clear rationale). `at` is when the sibling's referral was
// created: it carries that date, not the original referral's.
export const siblingReferralSchema = z
  .strictObject({
    by: roleSchema,
    siblings: z
      .int({ error: 'Enter how many brothers or sisters, a whole number' })
      .min(1, { error: 'Enter how many brothers or sisters, at least 1' })
      .max(19, { error: 'Enter how many brothers or sisters, at most 19' }),
    progress: z.boolean({ error: 'Select whether the referral is copied to the siblings' }),
    rationale: z.string().trim().max(2000, { error: 'The rationale must be 2000 characters or fewer' }).optional(),
    at: instantSchema,
  })
  .superRefine((referral, ctx) => {
    if (!referral.progress && (referral.rationale ?? '').length < 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['rationale'],
        message: 'Give a clear rationale for not progressing the siblings to referral (at least 10 characters)',
      });
    }
  });
export type SiblingReferral = z.infer<typeof siblingReferralSchema>;

// LEI-CLOSURE-AT-REFERRAL (LEI §6): closing a referral without a social care assessment is agreed with early
// help or the other professional first; the record says why no assessment is needed and what was discussed.
export const closureAgreedWithSchema = z.enum(['early-help', 'other-professional'], {
  error: 'Select who the closure was agreed with',
});
export const closureSummarySchema = z.strictObject({
  agreedWith: closureAgreedWithSchema,
  summary: z
    .string()
    .trim()
    .min(10, { error: 'Summarise why no social care assessment is needed (at least 10 characters)' })
    .max(5000, { error: 'The summary must be 5000 characters or fewer' }),
  discussion: z
    .string()
    .trim()
    .min(10, { error: 'Record the discussion with early help or the other professional (at least 10 characters)' })
    .max(5000, { error: 'The record of the discussion must be 5000 characters or fewer' }),
});
export type ClosureSummary = z.infer<typeof closureSummarySchema>;

export const intakeStepSchema = z.enum(['referrer', 'children', 'concern', 'parents']);

// Every event the contact machine accepts, as data. The mock backend stores a contact as its event log
// and replays it through the machine, so each stored event must pass this schema first.
export const contactEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('referrer.identified'), referrer: referrerSchema }),
  z.strictObject({ type: z.literal('children.recorded'), children: childrenSchema }),
  z.strictObject({ type: z.literal('concern.described'), concern: concernSchema }),
  z.strictObject({ type: z.literal('parents.recorded'), parents: parentsSchema }),
  z.strictObject({ type: z.literal('step.back') }),
  z.strictObject({ type: z.literal('answers.change'), step: intakeStepSchema }),
  z.strictObject({ type: z.literal('redirect.confirmed') }),
  z.strictObject({ type: z.literal('checklist.answered'), item: z.string().min(1).max(60), status: checklistStatusSchema }),
  z.strictObject({ type: z.literal('information.completed') }),
  z.strictObject({ type: z.literal('sharing.authorised'), authorisation: sharingAuthorisationSchema }),
  z.strictObject({ type: z.literal('screening.recorded'), screening: screeningSchema }),
  z.strictObject({ type: z.literal('decision.recorded'), decision: decisionSchema }),
  z.strictObject({ type: z.literal('siblings.referred'), referral: siblingReferralSchema }),
  z.strictObject({ type: z.literal('closure.recorded'), closure: closureSummarySchema }),
  z.strictObject({ type: z.literal('feedback.sent') }),
]);
export type ContactEventData = z.infer<typeof contactEventSchema>;

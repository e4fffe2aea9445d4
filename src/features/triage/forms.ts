import { z } from 'zod';
import {
  agencySchema,
  caseStatusSchema,
  childrenSchema,
  concernSchema,
  parentsSchema,
  reasonNotInformedSchema,
  referrerSchema,
  referrerTypeSchema,
  type Child,
  type Concern,
  type Parents,
  type Referrer,
} from '../../../machines/contact/contact.schema';

// Form schemas: what the page collects (strings from radios) with GOV.UK error messages, transformed
// and then piped into the machine's own schemas. So a value reaches the machine only after passing the
// same zod schema the mock backend and the scenario runner use.

/** Validates a page's transformed values with a machine schema, reporting its issues at their fields. */
function into<S extends z.ZodType>(schema: S) {
  return (value: unknown, ctx: z.RefinementCtx): z.output<S> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  };
}

const yesNo = (message: string) =>
  z.enum(['yes', 'no'], { error: message }).transform((v) => v === 'yes');
const toYesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'yes' : 'no');

/**
 * The referrer page. `hubAgencies` are the agencies the authority's Consultation Hub serves (INT-HUB,
 * profile data): for them the hub question is shown and must be answered.
 */
export function makeReferrerFormSchema(hubAgencies: readonly string[] = []) {
  // `v?.`: with `when: always` the refinements also see a value that is not an object at all (fuzzing found
  // that they threw on `undefined` instead of letting the field errors speak).
  const needsHubAnswer = (v: { type?: unknown; agency?: unknown } | undefined) =>
    v?.type === 'professional' && typeof v.agency === 'string' && hubAgencies.includes(v.agency);
  return z
    .object({
      type: z.enum(referrerTypeSchema.options, { error: 'Select who is making the contact' }),
      agency: z.union([agencySchema, z.literal(''), z.null()]).optional(),
      requestsAnonymity: yesNo('Select whether they want to stay anonymous'),
      relaysThirdParty: yesNo('Select whether they are passing on what someone else told them'),
      // Asked only of a hub's own agencies, so absent for everyone else.
      consultedHub: z.union([yesNo('Select whether they have spoken to the Consultation Hub'), z.null()]).optional(),
    })
    // `when: always` so these run beside the field errors: GOV.UK lists every problem after one Continue.
    .refine((v) => v?.type !== 'professional' || Boolean(v.agency), {
      path: ['agency'],
      message: 'Select the professional’s agency',
      when: () => true,
    })
    .refine((v) => !needsHubAnswer(v) || v?.consultedHub === true || v?.consultedHub === false, {
      path: ['consultedHub'],
      message: 'Select whether they have spoken to the Consultation Hub',
      when: () => true,
    })
    .transform((v) => ({
      type: v.type,
      ...(v.type === 'professional' && v.agency ? { agency: v.agency } : {}),
      requestsAnonymity: v.requestsAnonymity,
      relaysThirdParty: v.relaysThirdParty,
      consultedHub: v.consultedHub === true,
    }))
    .transform(into(referrerSchema));
}
export const referrerFormSchema = makeReferrerFormSchema();
export type ReferrerFormInput = z.input<typeof referrerFormSchema>;

export function referrerDefaults(referrer: Referrer | undefined): Partial<Record<keyof ReferrerFormInput, string>> {
  if (!referrer) return {};
  return {
    type: referrer.type,
    agency: referrer.agency ?? '',
    requestsAnonymity: toYesNo(referrer.requestsAnonymity),
    relaysThirdParty: toYesNo(referrer.relaysThirdParty),
    consultedHub: toYesNo(referrer.consultedHub),
  };
}

export const childrenFormSchema = z
  .object({
    children: z
      .array(
        z.object({
          caseStatus: z.enum(caseStatusSchema.options, { error: 'Select the child’s status with children’s social care' }),
          unborn: z.boolean().optional(),
          disability: z.boolean().optional(),
        }),
      )
      .min(1, { error: 'Add at least one child' }),
  })
  .transform((v) => v.children.map((c) => ({ caseStatus: c.caseStatus, unborn: c.unborn === true, disability: c.disability === true })))
  .transform(into(childrenSchema));
export type ChildrenFormInput = z.input<typeof childrenFormSchema>;

export function childrenDefaults(children: Child[] | undefined): ChildrenFormInput {
  if (!children || children.length === 0) return { children: [{ caseStatus: undefined as never }] };
  return { children: children.map((c) => ({ caseStatus: c.caseStatus, unborn: c.unborn, disability: c.disability })) };
}

export const concernFormSchema = z
  .object({
    immediateDanger: yesNo('Select whether a child is in immediate danger'),
    crimeSuspected: yesNo('Select whether a crime may have been committed'),
    significantHarm: yesNo('Select whether there is cause to suspect significant harm'),
    harmByAnotherChild: yesNo('Select whether another child caused the harm'),
    allegationAgainstWorker: yesNo('Select whether the concern is about an adult who works with children'),
  })
  .transform(into(concernSchema));
export type ConcernFormInput = z.input<typeof concernFormSchema>;

export function concernDefaults(concern: Concern | undefined): Partial<Record<keyof ConcernFormInput, string>> {
  if (!concern) return {};
  return Object.fromEntries(Object.entries(concern).map(([k, v]) => [k, toYesNo(v)]));
}

/** CONSENT-THREE-STATES: the three states a contact records for the parents. */
export const PARENT_STATES = ['informed-agreed', 'informed-only', 'not-informed'] as const;

export const parentsFormSchema = z
  .object({
    state: z.enum(PARENT_STATES, { error: 'Select what the parents know' }),
    reasonsNotInformed: z.array(reasonNotInformedSchema).optional(),
  })
  .transform((v) => ({
    informed: v.state !== 'not-informed',
    agreed: v.state === 'informed-agreed',
    reasonsNotInformed: v.state === 'informed-agreed' ? [] : (v.reasonsNotInformed ?? []),
  }))
  .transform(into(parentsSchema));
export type ParentsFormInput = z.input<typeof parentsFormSchema>;

export function parentsDefaults(parents: Parents | undefined): Partial<ParentsFormInput> {
  if (!parents) return { reasonsNotInformed: [] };
  const state = !parents.informed ? 'not-informed' : parents.agreed ? 'informed-agreed' : 'informed-only';
  return { state, reasonsNotInformed: parents.reasonsNotInformed };
}

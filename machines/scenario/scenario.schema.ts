import { z } from 'zod';
import {
  actionIdSchema,
  authorityIdSchema,
  channelSchema,
  childrenSchema,
  concernSchema,
  deadlineIdSchema,
  decisionSchema,
  identitySchema,
  instantSchema,
  outcomeSchema,
  parentsSchema,
  referrerSchema,
  routeSchema,
} from '../contact/contact.schema';
import { irActionSchema, irDecisionSchema, requesterSchema, subjectSchema } from '../info-request/info-request.schema';
import { RULE_IDS } from '../rules/rule-ids';

// shared/spec/scenario-contract.md as zod. Objects are strict so that a misspelt key (say "expects")
// is refused with its name instead of being ignored, which would let a scenario pass without checking.

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Must be kebab-case: lower-case letters and digits joined by hyphens' });
const ruleIdSchema = z.enum(RULE_IDS);

export const contactResultSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('contact'),
  authority: authorityIdSchema,
  route: routeSchema,
  referrerIdentity: identitySchema,
  actions: z.array(actionIdSchema),
  deadlines: z.partialRecord(deadlineIdSchema, instantSchema),
  outcome: outcomeSchema.optional(),
  errors: z.array(ruleIdSchema),
  rules: z.array(ruleIdSchema),
  path: z.array(z.string()),
});
export type ContactResult = z.infer<typeof contactResultSchema>;

export const infoRequestResultSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('info-request'),
  authority: authorityIdSchema,
  decision: irDecisionSchema,
  actions: z.array(irActionSchema),
  rules: z.array(ruleIdSchema),
  path: z.array(z.string()),
});
export type InfoRequestResult = z.infer<typeof infoRequestResultSchema>;

export const contactExpectSchema = contactResultSchema
  .omit({ id: true, kind: true, authority: true })
  .partial()
  .strict();
export const infoRequestExpectSchema = infoRequestResultSchema
  .omit({ id: true, kind: true, authority: true })
  .partial()
  .strict();

export const contactScenarioSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1, { error: 'Give the scenario a title' }),
  kind: z.literal('contact'),
  authority: authorityIdSchema,
  receivedAt: instantSchema,
  channel: channelSchema,
  referrer: referrerSchema,
  children: childrenSchema,
  concern: concernSchema,
  parents: parentsSchema,
  decision: decisionSchema.optional(),
  expect: contactExpectSchema.optional(),
});
export type ContactScenario = z.infer<typeof contactScenarioSchema>;

export const infoRequestScenarioSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1, { error: 'Give the scenario a title' }),
  kind: z.literal('info-request'),
  authority: authorityIdSchema,
  receivedAt: instantSchema,
  requester: requesterSchema,
  subject: subjectSchema,
  expect: infoRequestExpectSchema.optional(),
});
export type InfoRequestScenario = z.infer<typeof infoRequestScenarioSchema>;

/** Shared with the training scenario schema, which extends the contact scenario. */
export const refineDecisionTime = (s: ContactScenario, ctx: z.RefinementCtx) => {
  if (s.decision && Date.parse(s.decision.at) < Date.parse(s.receivedAt)) {
    ctx.addIssue({ code: 'custom', path: ['decision', 'at'], message: 'The decision cannot come before the contact was received' });
  }
};

export const scenarioSchema = z.discriminatedUnion('kind', [contactScenarioSchema, infoRequestScenarioSchema]).superRefine(
  (s, ctx) => {
    if (s.kind === 'contact') refineDecisionTime(s, ctx);
  },
);
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioResult = ContactResult | InfoRequestResult;

/** One problem in a scenario file, with the field it is about (dotted path, e.g. "referrer.agency"). */
export interface FieldProblem {
  field: string;
  message: string;
}

export function describeIssues(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(top level)';
    if (issue.code === 'unrecognized_keys') {
      return { field: [field === '(top level)' ? '' : field, issue.keys.join(', ')].filter(Boolean).join('.'), message: 'Unknown field' };
    }
    // zod words a missing field as a type mismatch against undefined; say plainly that it is missing.
    if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
      return { field, message: `Required field is missing (${issue.message.replace(/^Invalid input: /, '').replace(/, received undefined$/, '')})` };
    }
    return { field, message: issue.message };
  });
}

export type ParsedFile =
  | { ok: true; scenarios: Scenario[] }
  | { ok: false; problems: FieldProblem[] };

/**
 * Validates the text of one scenario file (an object, or an array of objects). Used by the CLI, the
 * training import and the mock backend, so every door refuses a bad file with the same messages.
 */
export function parseScenarioText(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ field: '(file)', message: `Not valid JSON: ${(error as Error).message}` }] };
  }
  const items = Array.isArray(data) ? data : [data];
  const scenarios: Scenario[] = [];
  const problems: FieldProblem[] = [];
  items.forEach((item, index) => {
    const parsed = scenarioSchema.safeParse(item);
    const prefix = Array.isArray(data) ? `${index}.` : '';
    if (parsed.success) scenarios.push(parsed.data);
    else problems.push(...describeIssues(parsed.error).map((p) => ({ ...p, field: prefix + p.field })));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios };
}

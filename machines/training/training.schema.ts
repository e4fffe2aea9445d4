import { z } from 'zod';
import { RULE_IDS } from '../rules/rule-ids';
import {
  contactExpectSchema,
  contactScenarioSchema,
  describeIssues,
  infoRequestExpectSchema,
  infoRequestScenarioSchema,
  refineDecisionTime,
  type FieldProblem,
  type Scenario,
} from '../scenario/scenario.schema';
import { questionById, questionsNeededFor } from './questions';

// A training scenario is a contract scenario (shared/spec/scenario-contract.md) plus the caller's side.
// The contract's schemas are extended, not copied, so a training file is checked by exactly the rules the
// runner uses, and `toContractScenario` gives back a file the runner accepts as it is.

export const DIFFICULTIES = ['introductory', 'intermediate', 'advanced'] as const;
export const difficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof difficultySchema>;

const text = (what: string, max: number) =>
  z.string({ error: `Enter ${what}` }).trim().min(1, { error: `Enter ${what}` }).max(max, { error: `Keep ${what} to ${max} characters or fewer` });

export const callerLineSchema = z.strictObject({
  question: z.string({ error: 'Enter the question id this line answers' }).min(1, { error: 'Enter the question id this line answers' }),
  says: text('what the caller says', 1000),
  when: z.enum(['volunteered', 'if-asked'], { error: 'Say when the caller gives this: volunteered or if-asked' }),
  /** The caller does not know: the right record is "not known" / "unknown". */
  dontKnow: z.boolean().optional(),
});
export type CallerLine = z.infer<typeof callerLineSchema>;

export const trainingBlockSchema = z.strictObject({
  difficulty: difficultySchema,
  goals: z.array(text('a learning goal', 300)).min(1, { error: 'Give at least one learning goal' }).max(10),
  ruleFocus: z.array(z.enum(RULE_IDS)).min(1, { error: 'Name at least one rule the call teaches' }).max(12),
  persona: z.strictObject({ name: text('the caller’s name', 100), description: text('a description of the caller', 500) }),
  opening: text('the caller’s opening line', 1000),
  lines: z.array(callerLineSchema).max(60),
});
export type TrainingBlock = z.infer<typeof trainingBlockSchema>;

// A training scenario must say what the machine will answer: that is what the trainee is scored against.
const contactTrainingExpect = contactExpectSchema.required({ route: true, referrerIdentity: true, actions: true, deadlines: true });
const infoRequestTrainingExpect = infoRequestExpectSchema.required({ decision: true, actions: true });

export const contactTrainingScenarioSchema = contactScenarioSchema.extend({
  expect: contactTrainingExpect,
  training: trainingBlockSchema,
});
export const infoRequestTrainingScenarioSchema = infoRequestScenarioSchema.extend({
  expect: infoRequestTrainingExpect,
  training: trainingBlockSchema,
});

export type ContactTrainingScenario = z.infer<typeof contactTrainingScenarioSchema>;
export type InfoRequestTrainingScenario = z.infer<typeof infoRequestTrainingScenarioSchema>;
export type TrainingScenario = ContactTrainingScenario | InfoRequestTrainingScenario;

/** Questions that are always asked; a caller may not know the answer to them without contradicting a fact. */
const ALWAYS_ASKED = new Set(['referrer.who', 'concern.what', 'parents.informed', 'request.agency', 'request.purpose', 'request.reply-to', 'request.subject']);

function refineLines(s: TrainingScenario, ctx: z.RefinementCtx) {
  const seen = new Map<string, number>();
  const needed = new Set(questionsNeededFor(s));
  // A fact the expected result depends on must be something the trainee can find out from the caller.
  for (const question of needed) {
    if (!s.training.lines.some((line) => line.question === question)) {
      ctx.addIssue({
        code: 'custom',
        path: ['training', 'lines'],
        message: `Add a line for “${question}”: the scenario’s facts depend on its answer, so the caller must be able to give it`,
      });
    }
  }
  s.training.lines.forEach((line, index) => {
    const path = ['training', 'lines', index, 'question'];
    if (!questionById(s.kind, s.authority, line.question)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `“${line.question}” is not a question for ${s.kind === 'contact' ? 'a contact' : 'an information request'} in ${s.authority}`,
      });
    }
    const earlier = seen.get(line.question);
    if (earlier !== undefined) {
      ctx.addIssue({ code: 'custom', path, message: `Only one line per question: line ${earlier} already answers “${line.question}”` });
    } else seen.set(line.question, index);
    if (line.dontKnow === true && needed.has(line.question) && !ALWAYS_ASKED.has(line.question)) {
      ctx.addIssue({
        code: 'custom',
        path: ['training', 'lines', index, 'dontKnow'],
        message: `The caller cannot “not know” the answer to “${line.question}”: the scenario’s facts depend on it`,
      });
    }
  });
}

export const trainingScenarioSchema = z
  .discriminatedUnion('kind', [contactTrainingScenarioSchema, infoRequestTrainingScenarioSchema])
  .superRefine((s, ctx) => {
    if (s.kind === 'contact') refineDecisionTime(s, ctx);
    refineLines(s, ctx);
  });

export type ParsedTrainingFile = { ok: true; scenarios: TrainingScenario[] } | { ok: false; problems: FieldProblem[] };

/**
 * Validates the text of a training file (one scenario or an array). The same messages as the contract's
 * parseScenarioText, so the import in the app, the mock backend and the tests all name the same field.
 */
export function parseTrainingScenarioText(textOfFile: string): ParsedTrainingFile {
  let data: unknown;
  try {
    data = JSON.parse(textOfFile);
  } catch (error) {
    return { ok: false, problems: [{ field: '(file)', message: `Not valid JSON: ${(error as Error).message}` }] };
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) return { ok: false, problems: [{ field: '(file)', message: 'The file holds no scenarios' }] };
  const scenarios: TrainingScenario[] = [];
  const problems: FieldProblem[] = [];
  const firstIndexOf = new Map<string, number>();
  items.forEach((item, index) => {
    const parsed = trainingScenarioSchema.safeParse(item);
    const prefix = Array.isArray(data) ? `${index}.` : '';
    if (!parsed.success) {
      problems.push(...describeIssues(parsed.error).map((p) => ({ ...p, field: prefix + p.field })));
      return;
    }
    const first = firstIndexOf.get(parsed.data.id);
    if (first !== undefined) problems.push({ field: `${index}.id`, message: `The id “${parsed.data.id}” is already used by scenario ${first} in this file` });
    else firstIndexOf.set(parsed.data.id, index);
    scenarios.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios };
}

/** The contract scenario inside a training scenario: what the runner and the machines see. */
export function toContractScenario(t: TrainingScenario): Scenario {
  const { training: _training, ...scenario } = t;
  return scenario as Scenario;
}

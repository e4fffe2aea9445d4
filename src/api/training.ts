import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { authorityIdSchema, roleSchema, type AuthorityId } from '../../machines/contact/contact.schema';
import { RULE_IDS } from '../../machines/rules/rule-ids';
import { difficultySchema, trainingScenarioSchema, type TrainingScenario } from '../../machines/training/training.schema';
import { fetchJson, fetchNoContent } from './problem';

// Training (issue 6): scenarios (shipped and authored), attempts with the server's debrief, and the
// trainer's results. One file for the resource, like contacts.ts: response schemas, fetchers, query keys,
// hooks. The server scores every attempt itself (scoreAttempt), so the client only sends what the trainee did.

const ruleIdSchema = z.enum(RULE_IDS);
const kindSchema = z.enum(['contact', 'info-request']);
export type TrainingKind = z.infer<typeof kindSchema>;
export const trainingModeSchema = z.enum(['guided', 'assessed']);
export type TrainingMode = z.infer<typeof trainingModeSchema>;
const sourceSchema = z.enum(['shipped', 'authored']);

// --- Response schemas -------------------------------------------------------------------------------------

export const scenarioSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: kindSchema,
  authority: authorityIdSchema,
  difficulty: difficultySchema,
  goals: z.array(z.string()),
  ruleFocus: z.array(ruleIdSchema),
  source: sourceSchema,
  version: z.int().min(1),
});
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;
const scenarioListSchema = z.object({ items: z.array(scenarioSummarySchema) });

/** The scenario itself is checked with the same schema as the files and the authoring form. */
export const scenarioDetailSchema = z.object({
  scenario: trainingScenarioSchema,
  source: sourceSchema,
  version: z.int().min(1),
});
export type ScenarioDetail = z.infer<typeof scenarioDetailSchema>;

const outcomeSideSchema = z.object({
  route: z.string().optional(),
  identity: z.string().optional(),
  actions: z.array(z.string()),
  deadlines: z.record(z.string(), z.string()),
  decision: z.string().optional(),
});

export const debriefItemSchema = z.object({
  id: z.string(),
  category: z.enum(['route', 'identity', 'actions', 'checklist', 'questions', 'deadlines', 'consent', 'anonymity', 'decision']),
  result: z.enum(['correct', 'missed', 'wrong', 'breach']),
  message: z.string(),
  rules: z.array(ruleIdSchema),
  expected: z.string().optional(),
  actual: z.string().optional(),
  points: z.number(),
  maxPoints: z.number(),
});
export type DebriefItem = z.infer<typeof debriefItemSchema>;

export const debriefSchema = z.object({
  percent: z.number(),
  points: z.number(),
  maxPoints: z.number(),
  passed: z.boolean(),
  items: z.array(debriefItemSchema),
  traineePath: z.array(z.string()),
  expectedPath: z.array(z.string()),
  pathDifferences: z.array(z.object({ state: z.string(), side: z.enum(['trainee-only', 'expected-only']), rules: z.array(ruleIdSchema) })),
  expected: outcomeSideSchema,
  trainee: outcomeSideSchema,
});
export type Debrief = z.infer<typeof debriefSchema>;

export const attemptSchema = z.object({
  id: z.string(),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  authority: authorityIdSchema,
  kind: kindSchema,
  trainee: z.string(),
  role: roleSchema,
  mode: trainingModeSchema,
  at: z.string(),
  percent: z.number(),
  passed: z.boolean(),
  breaches: z.int().min(0),
  debrief: debriefSchema,
});
export type Attempt = z.infer<typeof attemptSchema>;
const attemptListSchema = z.object({ items: z.array(attemptSchema) });

export const resultsSchema = z.object({
  byScenario: z.array(
    z.object({ scenarioId: z.string(), title: z.string(), authority: authorityIdSchema, attempts: z.int(), meanPercent: z.number(), passRate: z.number() }),
  ),
  byRule: z.array(z.object({ rule: ruleIdSchema, misses: z.int(), breaches: z.int(), scenarios: z.array(z.string()) })),
  byTrainee: z.array(z.object({ trainee: z.string(), attempts: z.int(), meanPercent: z.number(), lastAt: z.string(), passed: z.int() })),
  recent: z.array(attemptSchema),
});
export type TrainingResults = z.infer<typeof resultsSchema>;

// --- Requests ---------------------------------------------------------------------------------------------

/** What the trainee did; the server validates it with attemptInputSchema and scores it. */
export interface NewAttempt {
  scenarioId: string;
  mode: TrainingMode;
  contactId?: string;
  input: unknown;
}

export interface ScenarioFilters {
  authority?: AuthorityId;
}

// --- Query keys -------------------------------------------------------------------------------------------

export const trainingKeys = {
  all: ['training'] as const,
  scenarios: () => [...trainingKeys.all, 'scenarios'] as const,
  scenario: (id: string) => [...trainingKeys.scenarios(), id] as const,
  attempts: () => [...trainingKeys.all, 'attempts'] as const,
  attemptList: (trainee?: string) => [...trainingKeys.attempts(), 'list', trainee ?? ''] as const,
  attempt: (id: string) => [...trainingKeys.attempts(), 'detail', id] as const,
  results: () => [...trainingKeys.all, 'results'] as const,
};

// --- Fetchers ---------------------------------------------------------------------------------------------

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});
const scenarioPath = (id: string) => `/api/training/scenarios/${encodeURIComponent(id)}`;

export const listTrainingScenarios = (signal?: AbortSignal) => fetchJson('/api/training/scenarios', scenarioListSchema, withSignal(signal));
export const getTrainingScenario = (id: string, signal?: AbortSignal) => fetchJson(scenarioPath(id), scenarioDetailSchema, withSignal(signal));
export const createTrainingScenario = (scenario: TrainingScenario) =>
  fetchJson('/api/training/scenarios', scenarioDetailSchema, { method: 'POST', body: scenario });
export const updateTrainingScenario = (input: { version: number; scenario: TrainingScenario }) =>
  fetchJson(scenarioPath(input.scenario.id), scenarioDetailSchema, { method: 'PUT', body: input });
export const deleteTrainingScenario = (id: string) => fetchNoContent(scenarioPath(id), { method: 'DELETE' });

export const listAttempts = (trainee?: string, signal?: AbortSignal) =>
  fetchJson(`/api/training/attempts${trainee ? `?trainee=${encodeURIComponent(trainee)}` : ''}`, attemptListSchema, withSignal(signal));
export const getAttempt = (id: string, signal?: AbortSignal) =>
  fetchJson(`/api/training/attempts/${encodeURIComponent(id)}`, attemptSchema, withSignal(signal));
export const recordAttempt = (input: NewAttempt, idempotencyKey: string) =>
  fetchJson('/api/training/attempts', z.object({ attempt: attemptSchema }), {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  }).then((r) => r.attempt);
export const getTrainingResults = (signal?: AbortSignal) => fetchJson('/api/training/results', resultsSchema, withSignal(signal));

// --- Hooks ------------------------------------------------------------------------------------------------

export function useTrainingScenarios() {
  return useQuery({ queryKey: trainingKeys.scenarios(), queryFn: ({ signal }) => listTrainingScenarios(signal) });
}

export function useTrainingScenario(id: string | undefined) {
  return useQuery({
    queryKey: trainingKeys.scenario(id ?? ''),
    queryFn: ({ signal }) => getTrainingScenario(id ?? '', signal),
    enabled: Boolean(id),
    // A 404 will not turn into a scenario by asking again.
    retry: false,
  });
}

export function useSaveTrainingScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { scenario: TrainingScenario; version?: number }) =>
      input.version === undefined ? createTrainingScenario(input.scenario) : updateTrainingScenario({ version: input.version, scenario: input.scenario }),
    onSuccess: (detail) => {
      queryClient.setQueryData(trainingKeys.scenario(detail.scenario.id), detail);
      void queryClient.invalidateQueries({ queryKey: trainingKeys.scenarios(), exact: true });
    },
  });
}

export function useDeleteTrainingScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTrainingScenario,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.scenarios() }),
  });
}

export function useAttempts(trainee?: string) {
  return useQuery({ queryKey: trainingKeys.attemptList(trainee), queryFn: ({ signal }) => listAttempts(trainee, signal) });
}

export function useAttempt(id: string) {
  return useQuery({ queryKey: trainingKeys.attempt(id), queryFn: ({ signal }) => getAttempt(id, signal), retry: false });
}

/**
 * Records an attempt. The Idempotency-Key is given by the caller and kept with the walk-through (by contact),
 * so a double click or a retry after a lost answer records one attempt.
 */
export function useRecordAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...input }: NewAttempt & { key: string }) => recordAttempt(input, key),
    onSuccess: (attempt) => {
      queryClient.setQueryData(trainingKeys.attempt(attempt.id), attempt);
      void queryClient.invalidateQueries({ queryKey: trainingKeys.attempts() });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.results() });
    },
  });
}

export function useTrainingResults(enabled = true) {
  return useQuery({ queryKey: trainingKeys.results(), queryFn: ({ signal }) => getTrainingResults(signal), enabled });
}

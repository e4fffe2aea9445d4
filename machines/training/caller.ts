import { questionById, type QuestionId, type QuestionStep } from './questions';
import type { CallerLine, TrainingScenario } from './training.schema';

// The simulated caller: it only says what the scenario scripts. It never works out an answer from the
// facts, so a trainee who does not ask a question does not hear the fact behind it.

export interface CallerReply {
  says: string;
  /** The caller does not know: the right record is "not known" / "unknown". */
  dontKnow: boolean;
  /** False when the scenario has no line for this question (the caller then says they cannot help). */
  scripted: boolean;
}

export function openingLine(s: TrainingScenario): string {
  return s.training.opening;
}

/** What the caller offers without being asked when the trainee reaches this step, in script order. */
export function volunteeredLines(s: TrainingScenario, step: QuestionStep): CallerLine[] {
  return s.training.lines.filter((line) => line.when === 'volunteered' && questionById(s.kind, s.authority, line.question)?.step === step);
}

// Unscripted questions get a plain "cannot help" answer. A few wordings, picked by the question id so that
// the same question always gets the same words (a replay of an attempt reads the same).
const UNSCRIPTED = [
  'I’m sorry, I don’t know anything about that.',
  'I couldn’t tell you, I’m afraid.',
  'I don’t know, sorry. I can only tell you what I’ve said.',
  'I really don’t know, I’m afraid.',
];

function pick(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return UNSCRIPTED[hash % UNSCRIPTED.length] ?? UNSCRIPTED[0]!;
}

export function callerReply(s: TrainingScenario, questionId: QuestionId): CallerReply {
  const line = s.training.lines.find((l) => l.question === questionId);
  if (line) return { says: line.says, dontKnow: line.dontKnow === true, scripted: true };
  return { says: pick(questionId), dontKnow: true, scripted: false };
}

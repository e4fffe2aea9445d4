import type { Difficulty } from '../../../machines/training/training.schema';
import type { DebriefItem } from '../../api/training';

export const DIFFICULTY_NAMES: Record<Difficulty, string> = {
  introductory: 'Introductory',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export const KIND_NAMES = { contact: 'Contact (call)', 'info-request': 'Information request' } as const;

/** Results in words (never colour alone), worst first. */
export const RESULT_NAMES: Record<DebriefItem['result'], string> = {
  breach: 'Breach',
  wrong: 'Wrong',
  missed: 'Missed',
  correct: 'Correct',
};
export const RESULT_ORDER: DebriefItem['result'][] = ['breach', 'wrong', 'missed', 'correct'];
export const RESULT_TAGS: Record<DebriefItem['result'], string> = {
  breach: 'govuk-tag--red',
  wrong: 'govuk-tag--orange',
  missed: 'govuk-tag--yellow',
  correct: 'govuk-tag--green',
};

export const CATEGORY_NAMES: Record<DebriefItem['category'], string> = {
  route: 'Route',
  identity: 'Referrer identity',
  actions: 'Required action',
  checklist: 'Checklist',
  questions: 'Question to the caller',
  deadlines: 'Deadline',
  consent: 'Consent',
  anonymity: 'Anonymity',
  decision: 'Decision',
};

export const percent = (n: number) => `${Math.round(n)}%`;

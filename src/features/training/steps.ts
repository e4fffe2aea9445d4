import type { QuestionStep } from '../../../machines/training/questions';

/** The wizard's pages that have questions to put to the caller, by the wizard's step names. */
export const CONTACT_STEPS_FOR_QUESTIONS: Partial<Record<string, QuestionStep>> = {
  referrer: 'referrer',
  children: 'children',
  concern: 'concern',
  parents: 'parents',
  checklist: 'checklist',
};

export const toQuestionStep = (wizardStep: string | undefined): QuestionStep | undefined =>
  wizardStep === undefined ? undefined : CONTACT_STEPS_FOR_QUESTIONS[wizardStep];

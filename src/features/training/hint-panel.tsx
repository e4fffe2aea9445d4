import { questionsFor, type QuestionStep } from '../../../machines/training/questions';
import type { TrainingScenario } from '../../../machines/training/training.schema';
import type { RuleId } from '../../../machines/rules/rule-ids';
import { STEP_NAMES } from './caller-panel';
import { RuleCitation } from './rule-citation';

// Guided mode only: before each step, the rules this call teaches (the scenario's ruleFocus) that bear on
// the step, each with our paraphrase and its citation. Which rules bear on a step is the questions' own
// data (machines/training/questions.ts); nothing here decides what the trainee should record.

export function hintRules(scenario: TrainingScenario, step: QuestionStep | undefined): RuleId[] {
  const focus = scenario.training.ruleFocus;
  if (!step) return [...focus];
  const stepRules = new Set(questionsFor(scenario.kind, scenario.authority).filter((q) => q.step === step).flatMap((q) => q.rules));
  return focus.filter((id) => stepRules.has(id));
}

export function HintPanel({ scenario, step }: { scenario: TrainingScenario; step: QuestionStep | undefined }) {
  const rules = hintRules(scenario, step);
  return (
    <div className="govuk-inset-text fd-training-hint" data-testid="training-hint">
      <h2 className="govuk-heading-s">{step ? `Hint: ${STEP_NAMES[step]}` : 'Hint: what this call teaches'}</h2>
      {rules.length === 0 ? (
        <p className="govuk-body-s">Nothing this call teaches turns on this step: ask what you need and record what the caller says.</p>
      ) : (
        <ul className="govuk-list">
          {rules.map((id) => (
            <li key={id} className="govuk-!-margin-bottom-3">
              <RuleCitation id={id} authority={scenario.authority} showAsk />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

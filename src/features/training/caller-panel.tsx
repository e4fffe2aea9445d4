import { callerReply, openingLine, volunteeredLines } from '../../../machines/training/caller';
import { questionsFor, type QuestionStep } from '../../../machines/training/questions';
import type { TrainingScenario } from '../../../machines/training/training.schema';
import type { CallLogEntry } from './call-log';

// The simulated caller beside the real wizard. It shows only what the scenario scripts: the opening line,
// what the caller volunteers when the trainee reaches a step, and the reply to each question the trainee
// chooses to ask. The transcript is a polite live region, so a screen reader hears each new line.

export interface CallerPanelProps {
  scenario: TrainingScenario;
  /** The step the trainee is on; undefined between steps (routing, check answers): no questions to ask then. */
  step: QuestionStep | undefined;
  log: readonly CallLogEntry[];
  onAsk: (questionId: string) => void;
}

export const STEP_NAMES: Record<QuestionStep, string> = {
  referrer: 'who is calling',
  children: 'the children',
  concern: 'the concern',
  parents: 'the parents',
  checklist: 'information to gather',
  request: 'the request',
};

interface Line {
  key: string;
  speaker: 'caller' | 'trainee';
  says: string;
  dontKnow?: boolean;
}

function transcript(scenario: TrainingScenario, log: readonly CallLogEntry[]): Line[] {
  const questions = questionsFor(scenario.kind, scenario.authority);
  const lines: Line[] = [{ key: 'opening', speaker: 'caller', says: openingLine(scenario) }];
  for (const entry of log) {
    if (entry.type === 'reached') {
      for (const line of volunteeredLines(scenario, entry.step)) {
        lines.push({ key: `volunteered:${line.question}`, speaker: 'caller', says: line.says, dontKnow: line.dontKnow === true });
      }
    } else {
      const question = questions.find((q) => q.id === entry.question);
      if (!question) continue;
      const reply = callerReply(scenario, entry.question);
      lines.push({ key: `ask:${entry.question}`, speaker: 'trainee', says: question.ask });
      lines.push({ key: `reply:${entry.question}`, speaker: 'caller', says: reply.says, dontKnow: reply.dontKnow });
    }
  }
  return lines;
}

export function CallerPanel({ scenario, step, log, onAsk }: CallerPanelProps) {
  const { persona } = scenario.training;
  const asked = new Set(log.flatMap((e) => (e.type === 'asked' ? [e.question] : [])));
  const volunteered = new Set(
    log.flatMap((e) => (e.type === 'reached' ? volunteeredLines(scenario, e.step).map((l) => l.question) : [])),
  );
  const stepQuestions = step ? questionsFor(scenario.kind, scenario.authority).filter((q) => q.step === step) : [];
  const open = stepQuestions.filter((q) => !asked.has(q.id));
  return (
    <section className="fd-caller" aria-labelledby="caller-heading">
      <h2 className="govuk-heading-m" id="caller-heading">
        The caller: {persona.name}
      </h2>
      <p className="govuk-body-s govuk-hint">{persona.description}</p>
      <h3 className="govuk-heading-s" id="transcript-heading">
        Transcript
      </h3>
      {/* The live region wraps the list: role="log" on the <ol> itself would take away its list semantics. */}
      <div role="log" aria-live="polite" aria-labelledby="transcript-heading">
        <ol className="govuk-list fd-caller__transcript">
          {transcript(scenario, log).map((line) => (
            <li key={line.key} className={`fd-caller__line fd-caller__line--${line.speaker}`}>
              <strong>{line.speaker === 'caller' ? `${persona.name}:` : 'You:'}</strong> {line.says}
              {line.dontKnow && (
                <>
                  {' '}
                  <strong className="govuk-tag govuk-tag--grey">Does not know</strong>
                </>
              )}
            </li>
          ))}
        </ol>
      </div>
      {step && (
        <>
          <h3 className="govuk-heading-s" id="ask-heading">
            Ask about {STEP_NAMES[step]}
          </h3>
          {open.length === 0 ? (
            <p className="govuk-body-s">You have asked every question for this step.</p>
          ) : (
            <ul className="govuk-list" aria-labelledby="ask-heading">
              {open.map((q) => (
                <li key={q.id}>
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2 fd-caller__ask" onClick={() => onAsk(q.id)}>
                    <span className="govuk-visually-hidden">Ask: </span>
                    {q.ask}
                    {volunteered.has(q.id) && <span className="govuk-visually-hidden"> (the caller has already said something about this)</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

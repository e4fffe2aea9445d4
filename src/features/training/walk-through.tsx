import type { ReactNode } from 'react';
import type { QuestionStep } from '../../../machines/training/questions';
import type { TrainingScenario } from '../../../machines/training/training.schema';
import { useRecordAttempt, type NewAttempt, type TrainingMode } from '../../api/training';
import { navigate } from '../../lib/router';
import { rememberAttempt, useIdempotencyKey, type CallLogEntry } from './call-log';
import { CallerPanel } from './caller-panel';
import { HintPanel } from './hint-panel';

// What the two walk-throughs (a practice call on the wizard, a practice request on the request form) share:
// the pages shown when one cannot go on, the simulated caller beside the form, and how the attempt is sent.

/** A walk-through that cannot be opened or does not match its scenario: say why and offer the scenarios. */
export function CannotOpen({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{children}</p>
      <p className="govuk-body">
        <a className="govuk-link" href="/training">
          Choose a scenario
        </a>
      </p>
    </>
  );
}

/** After the attempt was recorded (a reload or Back after the debrief): a link to it, never a second attempt. */
export function AlreadyFinished({ caption, heading, attemptId, children }: { caption: string; heading: string; attemptId: string; children?: ReactNode }) {
  return (
    <>
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">
        <a className="govuk-link" href={`/training/attempts/${attemptId}`}>
          See the debrief
        </a>
        {children}
      </p>
    </>
  );
}

/** The caller, and in guided mode the rules that bear on this step, beside the form. */
export function TrainingAside({
  scenario,
  mode,
  step,
  log,
  onAsk,
}: {
  scenario: TrainingScenario;
  mode: TrainingMode;
  step: QuestionStep | undefined;
  log: readonly CallLogEntry[];
  onAsk: Parameters<typeof CallerPanel>[0]['onAsk'];
}) {
  return (
    <div className="fd-training-aside">
      {mode === 'guided' && <HintPanel scenario={scenario} step={step} />}
      <CallerPanel scenario={scenario} step={step} log={log} onAsk={onAsk} />
    </div>
  );
}

/**
 * Sends what the trainee did as the attempt (one Idempotency-Key per distinct body, so a retry records it
 * once), remembers it for this walk-through and opens the debrief.
 */
export function useFinishAttempt(runKey: string) {
  const record = useRecordAttempt();
  const keyFor = useIdempotencyKey();
  return async (attempt: NewAttempt) => {
    const recorded = await record.mutateAsync({ ...attempt, key: keyFor(attempt.input) });
    rememberAttempt(runKey, recorded.id);
    navigate(`/training/attempts/${recorded.id}`);
  };
}

import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { wrapUpQuestionsFor, type WrapUp } from '../../../machines/training/score';
import { useContact, type ContactRecord } from '../../api/contacts';
import { useTrainingScenario } from '../../api/training';
import { askedIn, rememberedAttempt, useCallLog } from './call-log';
import { MODE_NAMES, runSettings, type RunSettings } from './search';
import { toQuestionStep } from './steps';
import type { WizardSlotProps } from './slots';
import { AlreadyFinished, CannotOpen, TrainingAside, useFinishAttempt } from './walk-through';
import { WrapUpForm } from './wrap-up';

// The walk-through of a contact scenario: the real wizard on a practice contact (created with the scenario's
// authority, channel and receivedAt, so the machine computes the same deadlines as the runner), the
// simulated caller beside it, then the after-the-call questions, then the attempt goes to the server.

export function RunPage({
  contactId,
  renderWizard,
  settings = runSettings(),
}: {
  contactId: string;
  renderWizard: (props: WizardSlotProps) => ReactNode;
  /** From the query string unless given (stories). */
  settings?: RunSettings;
}) {
  const { scenarioId, mode } = settings;
  const scenario = useTrainingScenario(scenarioId);
  const contact = useContact(contactId);
  const { log, reach, ask } = useCallLog(contactId);
  const [step, setStep] = useState<string>();
  const [submitted, setSubmitted] = useState<ContactRecord>();
  const finish = useFinishAttempt(contactId);
  const finished = rememberedAttempt(contactId);

  const onStep = useCallback(
    (next: string) => {
      setStep(next);
      const questionStep = toQuestionStep(next);
      if (questionStep) reach(questionStep);
    },
    [reach],
  );

  useEffect(() => {
    document.title = 'Practice call – Front Door';
  }, []);

  if (scenario.isPending || contact.isPending) return <p className="govuk-body">Loading the practice call…</p>;
  if (scenario.isError || contact.isError) return <CannotOpen heading="This practice call cannot be opened">{(scenario.error ?? contact.error)?.message}</CannotOpen>;
  const s = scenario.data.scenario;
  if (s.kind !== 'contact' || contact.data.authority !== s.authority || contact.data.training !== true) {
    return <CannotOpen heading="This practice call does not match the scenario">Start the scenario again from the training page.</CannotOpen>;
  }

  const caption = `Practice call · ${s.title} · ${MODE_NAMES[mode]} mode`;
  if (finished) {
    return (
      <AlreadyFinished caption={caption} heading="You have finished this practice call" attemptId={finished}>
        {' '}
        or{' '}
        <a className="govuk-link" href="/training">
          take another call
        </a>
        .
      </AlreadyFinished>
    );
  }

  const done = submitted ?? (contact.data.status === 'submitted' ? contact.data : undefined);
  if (done) {
    const onWrapUp = (wrapUp: WrapUp) => finish({ scenarioId: s.id, mode, contactId, input: { kind: 'contact' as const, events: done.events, asked: askedIn(log), wrapUp } });
    return <WrapUpForm questions={wrapUpQuestionsFor(s)} caption={caption} onSubmit={onWrapUp} />;
  }

  const questionStep = toQuestionStep(step);
  const aside = <TrainingAside scenario={s} mode={mode} step={questionStep} log={log} onAsk={ask} />;
  return (
    <>
      <p className="govuk-body-s fd-training-banner">
        <strong className="govuk-tag govuk-tag--purple">Practice call</strong> {s.title} · {MODE_NAMES[mode]} mode ·{' '}
        <a className="govuk-link" href="/training">
          Leave this call
        </a>
      </p>
      {renderWizard({ id: contactId, hideHints: mode === 'assessed', onSubmitted: setSubmitted, asideExtra: aside, onStep })}
    </>
  );
}

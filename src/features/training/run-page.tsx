import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { wrapUpQuestionsFor, type WrapUp } from '../../../machines/training/score';
import { useContact, type ContactRecord } from '../../api/contacts';
import { useRecordAttempt, useTrainingScenario } from '../../api/training';
import { navigate } from '../../lib/router';
import { askedIn, rememberAttempt, rememberedAttempt, useCallLog, useIdempotencyKey } from './call-log';
import { CallerPanel } from './caller-panel';
import { HintPanel } from './hint-panel';
import { MODE_NAMES, runSettings, type RunSettings } from './search';
import { toQuestionStep } from './steps';
import type { WizardSlotProps } from './slots';
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
  const record = useRecordAttempt();
  const keyFor = useIdempotencyKey();
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
  if (scenario.isError || contact.isError) {
    return (
      <>
        <h1 className="govuk-heading-l">This practice call cannot be opened</h1>
        <p className="govuk-body">{(scenario.error ?? contact.error)?.message}</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/training">
            Choose a scenario
          </a>
        </p>
      </>
    );
  }
  const s = scenario.data.scenario;
  if (s.kind !== 'contact' || contact.data.authority !== s.authority || contact.data.training !== true) {
    return (
      <>
        <h1 className="govuk-heading-l">This practice call does not match the scenario</h1>
        <p className="govuk-body">Start the scenario again from the training page.</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/training">
            Choose a scenario
          </a>
        </p>
      </>
    );
  }

  const caption = `Practice call · ${s.title} · ${MODE_NAMES[mode]} mode`;
  if (finished) {
    return (
      <>
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">You have finished this practice call</h1>
        <p className="govuk-body">
          <a className="govuk-link" href={`/training/attempts/${finished}`}>
            See the debrief
          </a>{' '}
          or{' '}
          <a className="govuk-link" href="/training">
            take another call
          </a>
          .
        </p>
      </>
    );
  }

  const done = submitted ?? (contact.data.status === 'submitted' ? contact.data : undefined);
  if (done) {
    const finish = async (wrapUp: WrapUp) => {
      const input = { kind: 'contact' as const, events: done.events, asked: askedIn(log), wrapUp };
      const attempt = await record.mutateAsync({ scenarioId: s.id, mode, contactId, input, key: keyFor(input) });
      rememberAttempt(contactId, attempt.id);
      navigate(`/training/attempts/${attempt.id}`);
    };
    return <WrapUpForm questions={wrapUpQuestionsFor(s)} caption={caption} onSubmit={finish} />;
  }

  const questionStep = toQuestionStep(step);
  const aside = (
    <div className="fd-training-aside">
      {mode === 'guided' && <HintPanel scenario={s} step={questionStep} />}
      <CallerPanel scenario={s} step={questionStep} log={log} onAsk={ask} />
    </div>
  );
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

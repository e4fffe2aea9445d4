import { useState } from 'react';
import type { ContactEvent, IntakeStep } from '../../../machines/contact/contact.machine';
import type { RuleId } from '../../../machines/rules/rule-ids';
import { useSaveEvents, useSubmitContact, type ContactRecord } from '../../api/contacts';
import { CHANNEL_LABELS } from '../../lib/labels';
import { GuidancePanel } from './guidance-panel';
import { CheckAnswers } from './steps/check-answers';
import { ChecklistStep } from './steps/checklist-step';
import { ChildrenStep } from './steps/children-step';
import { ConcernStep } from './steps/concern-step';
import { ParentsStep } from './steps/parents-step';
import { ReferrerStep } from './steps/referrer-step';
import { RoutingPage } from './steps/routing-page';
import type { StepProps } from './steps/step-props';
import { SubmittedPage } from './submitted-page';
import { useContactSession } from './use-contact-session';

const SAVE_MESSAGES = {
  saved: 'All answers saved',
  saving: 'Saving…',
  failed: 'Not saved to the server yet: your answers are kept in this browser and will be sent again',
  conflict: 'This contact was changed in another tab or by someone else. Reload the page to see the latest version.',
};

export interface ContactWizardProps {
  record: ContactRecord;
  /** Training mode hides the step guidance. */
  hideHints?: boolean;
  onStateChange?: (events: ContactEvent[]) => void;
}

/**
 * The call handler's screen. The contact machine decides which page comes next; this component maps
 * the machine's state to a page and sends the page's answer back as an event.
 */
export function ContactWizard({ record, hideHints }: ContactWizardProps) {
  const saveEvents = useSaveEvents(record.id);
  const submit = useSubmitContact(record.id);
  const session = useContactSession(record, (events, version) => saveEvents.mutateAsync({ events, version }));
  const { snapshot, send } = session;
  const { context } = snapshot;
  // Reviewing: the call handler's part is done and Check your answers shows. `returning` remembers a
  // Change, so unchanged later answers are replayed and the page returns to review unless the route moved.
  const [reviewing, setReviewing] = useState(false);
  const [returning, setReturning] = useState<{ route: string | undefined } | undefined>();
  const [submitted, setSubmitted] = useState<ContactRecord | undefined>(record.status === 'submitted' ? record : undefined);
  const [submitError, setSubmitError] = useState<string>();

  const stateRules = Object.values(snapshot.getMeta() as Record<string, { rules?: RuleId[] } | undefined>).flatMap((m) => m?.rules ?? []);
  const aside = <GuidancePanel context={context} stateRules={[...new Set(stateRules)]} hideHints={hideHints} />;
  const caption = `${context.profile.name} · ${CHANNEL_LABELS[context.channel]} · ${record.reference}`;

  /** Sends a step's answer; after a Change, replays the unchanged later answers and returns to review. */
  const sendStep = (event: ContactEvent): boolean => {
    if (!send(event)) return false;
    if (!returning) return true;
    for (let i = 0; i < 4; i++) {
      const next = storedAnswerFor(session.current());
      if (!next || !send(next)) break;
    }
    const live = session.current();
    // Same route: back to Check your answers. A new route: its own pages come first (GOV.UK pattern).
    if (live.context.route === returning.route) {
      if (live.matches('informationGathering') && send({ type: 'information.completed' })) setReviewing(true);
      else if (live.hasTag('redirected')) setReviewing(true);
    }
    setReturning(undefined);
    return true;
  };

  if (submitted) return <SubmittedPage record={submitted} context={context} />;

  const back = () => send({ type: 'step.back' });
  const stepProps: StepProps = { context, send: sendStep, onBack: back, aside, caption };
  const status = (
    <p className="govuk-body-s" role="status" data-save-state={session.saveState}>
      {SAVE_MESSAGES[session.saveState]}
    </p>
  );

  const onChange = (step: IntakeStep) => {
    setReturning({ route: context.route });
    setReviewing(false);
    send({ type: 'answers.change', step });
  };

  const onSubmit = async () => {
    setSubmitError(undefined);
    try {
      if (snapshot.hasTag('redirected')) send({ type: 'redirect.confirmed' });
      const version = await session.flush();
      const result = await submit.mutateAsync({ version });
      setSubmitted(result);
    } catch (error) {
      setSubmitError((error as Error).message || 'Try again. Your answers are saved in this browser.');
    }
  };

  let page: React.ReactNode;
  if (snapshot.matches({ intake: 'referrer' })) page = <ReferrerStep key="referrer" {...stepProps} onBack={undefined} />;
  else if (snapshot.matches({ intake: 'children' })) page = <ChildrenStep key="children" {...stepProps} />;
  else if (snapshot.matches({ intake: 'concern' })) page = <ConcernStep key="concern" {...stepProps} />;
  else if (snapshot.matches({ intake: 'parents' })) page = <ParentsStep key="parents" {...stepProps} />;
  else if (snapshot.hasTag('redirected') && reviewing) {
    page = (
      <CheckAnswers
        context={context}
        caption={caption}
        onChange={onChange}
        onBack={() => setReviewing(false)}
        onSubmit={onSubmit}
        submitting={submit.isPending}
        submitError={submitError}
      />
    );
  } else if (snapshot.hasTag('redirected')) {
    page = <RoutingPage context={context} caption={caption} aside={aside} onBack={back} onContinue={() => setReviewing(true)} />;
  } else if (snapshot.matches('informationGathering')) {
    page = (
      <ChecklistStep
        key="checklist"
        {...stepProps}
        send={(event) => {
          const ok = send(event);
          if (ok && event.type === 'information.completed') setReviewing(true);
          return ok;
        }}
      />
    );
  } else if (snapshot.matches('screening')) {
    page = (
      <CheckAnswers
        context={context}
        caption={caption}
        onChange={onChange}
        onBack={() => send({ type: 'step.back' })}
        onSubmit={onSubmit}
        submitting={submit.isPending}
        submitError={submitError}
      />
    );
  } else {
    page = <p className="govuk-body">This contact has moved on to screening and decision.</p>;
  }

  return (
    <>
      {status}
      {page}
    </>
  );
}

/** The answer already recorded for the intake step the machine is on, to re-send it unchanged. */
function storedAnswerFor(snapshot: ReturnType<ContactSessionCurrent>): ContactEvent | undefined {
  const { context } = snapshot;
  if (snapshot.matches({ intake: 'referrer' }) && context.referrer) return { type: 'referrer.identified', referrer: context.referrer };
  if (snapshot.matches({ intake: 'children' }) && context.children) return { type: 'children.recorded', children: context.children };
  if (snapshot.matches({ intake: 'concern' }) && context.concern) return { type: 'concern.described', concern: context.concern };
  if (snapshot.matches({ intake: 'parents' }) && context.parents) return { type: 'parents.recorded', parents: context.parents };
  return undefined;
}

type ContactSessionCurrent = ReturnType<typeof useContactSession>['current'];

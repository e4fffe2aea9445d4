import { useEffect, useState, type ReactNode } from 'react';
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
import { LiveChartSlot, type RenderLiveChart } from './live-chart-slot';
import { SaveStatus } from './save-status';
import { SubmittedPage } from './submitted-page';
import { useContactSession } from './use-contact-session';

export interface ContactWizardProps {
  record: ContactRecord;
  /** Training mode hides the step guidance. */
  hideHints?: boolean;
  onStateChange?: (events: ContactEvent[]) => void;
  /** Training takes over after submission: called with the submitted record instead of showing the confirmation. */
  onSubmitted?: (record: ContactRecord) => void;
  /** Shown above the guidance in each step's side column (training's simulated caller); after the page where it has none. */
  asideExtra?: ReactNode;
  /** Told the page the call handler is on whenever it changes (training's caller follows the steps). Pass a stable function. */
  onStep?: (step: WizardStep) => void;
  /** Draws the live state chart (wired in src/app); offered under the page behind a toggle, never with hideHints (training). */
  renderLiveChart?: RenderLiveChart;
}

/** The page the wizard shows, named for callers outside triage (training). */
export type WizardStep = 'referrer' | 'children' | 'concern' | 'parents' | 'routing' | 'checklist' | 'check-answers' | 'submitted' | 'after-intake';

/**
 * The call handler's screen. The contact machine decides which page comes next; this component maps
 * the machine's state to a page and sends the page's answer back as an event.
 */
export function ContactWizard({ record, hideHints, onSubmitted, asideExtra, onStep, renderLiveChart }: ContactWizardProps) {
  const saveEvents = useSaveEvents(record.id);
  const submit = useSubmitContact(record.id);
  const session = useContactSession(record, (events, version) => saveEvents.mutateAsync({ events, version }));
  const { snapshot } = session;
  const { context } = snapshot;
  // The event just accepted, for the live chart's "transition just taken".
  const [lastEvent, setLastEvent] = useState<ContactEvent | null>(null);
  const send = (event: ContactEvent): boolean => {
    const ok = session.send(event);
    if (ok) setLastEvent(event);
    return ok;
  };
  // Reviewing: the call handler's part is done and Check your answers shows. `returning` remembers a
  // Change, so unchanged later answers are replayed and the page returns to review unless the route moved.
  const [reviewing, setReviewing] = useState(false);
  const [returning, setReturning] = useState<{ route: string | undefined } | undefined>();
  const [submitted, setSubmitted] = useState<ContactRecord | undefined>(record.status === 'submitted' ? record : undefined);
  const [submitError, setSubmitError] = useState<string>();

  const stateRules = Object.values(snapshot.getMeta() as Record<string, { rules?: RuleId[] } | undefined>).flatMap((m) => m?.rules ?? []);
  const aside = (
    <>
      {asideExtra}
      <GuidancePanel context={context} stateRules={[...new Set(stateRules)]} hideHints={hideHints} />
    </>
  );
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

  const step = wizardStep(snapshot, reviewing, submitted !== undefined);
  useEffect(() => onStep?.(step), [onStep, step]);

  if (submitted) return <SubmittedPage record={submitted} context={context} />;

  const back = () => send({ type: 'step.back' });
  const stepProps: StepProps = { context, send: sendStep, onBack: back, aside, caption };
  const status = <SaveStatus state={session.saveState} retrying={saveEvents.failureCount > 0} />;

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
      if (onSubmitted) onSubmitted(result);
      else setSubmitted(result);
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
        hideDeadlines={hideHints}
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
        hideDeadlines={hideHints}
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
      {/* Check your answers has no side column: the extra panel follows the page there. */}
      {step === 'check-answers' && asideExtra}
      {renderLiveChart && !hideHints && (
        <LiveChartSlot render={renderLiveChart} chart={{ machine: 'contact', authority: context.authority, snapshotValue: snapshot.value, lastEvent, path: context.path }} />
      )}
    </>
  );
}

function wizardStep(snapshot: ReturnType<ContactSessionCurrent>, reviewing: boolean, submitted: boolean): WizardStep {
  if (submitted) return 'submitted';
  if (snapshot.matches({ intake: 'referrer' })) return 'referrer';
  if (snapshot.matches({ intake: 'children' })) return 'children';
  if (snapshot.matches({ intake: 'concern' })) return 'concern';
  if (snapshot.matches({ intake: 'parents' })) return 'parents';
  if (snapshot.hasTag('redirected')) return reviewing ? 'check-answers' : 'routing';
  if (snapshot.matches('informationGathering')) return 'checklist';
  if (snapshot.matches('screening')) return 'check-answers';
  return 'after-intake';
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

import { createActor } from 'xstate';
import { fn } from 'storybook/test';
import { contactMachine, type ContactEvent } from '../../../machines/contact/contact.machine';
import type { AuthorityId, Channel } from '../../../machines/contact/contact.schema';
import { GuidancePanel } from '../../features/triage/guidance-panel';
import type { StepProps } from '../../features/triage/steps/step-props';
import { CHANNEL_LABELS } from '../../lib/labels';
import { WALK_CHANNEL, WALK_INPUT_TIME } from '../contact-state-walk';
import { contextAfter } from './records';

/**
 * Props for one wizard step, at the machine state those events reach. `send` is a spy around a real actor,
 * so it answers true or false as the machine would (the checklist step relies on a refusal), and a play
 * function can assert on the event a page sent.
 */
export function stepArgs(authority: AuthorityId, events: ContactEvent[], options: { receivedAt?: string; channel?: Channel } = {}): StepProps {
  const receivedAt = options.receivedAt ?? WALK_INPUT_TIME;
  const channel = options.channel ?? WALK_CHANNEL;
  const { context, stateRules } = contextAfter(authority, events, { receivedAt, channel });
  const actor = createActor(contactMachine, { input: { authority, receivedAt, channel } }).start();
  for (const event of events) actor.send(event);
  return {
    context,
    send: fn((event: ContactEvent) => {
      if (!actor.getSnapshot().can(event)) return false;
      actor.send(event);
      return true;
    }).mockName('send'),
    onBack: fn().mockName('onBack'),
    aside: <GuidancePanel context={context} stateRules={stateRules} />,
    caption: `${context.profile.name} · ${CHANNEL_LABELS[channel]} · FD-${authority.slice(0, 3).toUpperCase()}-000042`,
  };
}

// Sample answers for building a step's state, in the vocabulary of contact.schema.ts.
export const answers = {
  publicReferrer: { type: 'referrer.identified', referrer: { type: 'public', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false } },
  schoolReferrer: {
    type: 'referrer.identified',
    referrer: { type: 'professional', agency: 'school', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false },
  },
  policeReferrer: {
    type: 'referrer.identified',
    referrer: { type: 'professional', agency: 'police', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false },
  },
  oneChild: { type: 'children.recorded', children: [{ caseStatus: 'unknown', unborn: false, disability: false }] },
  openCase: { type: 'children.recorded', children: [{ caseStatus: 'open', unborn: false, disability: false }] },
  noConcernFlags: {
    type: 'concern.described',
    concern: { immediateDanger: false, crimeSuspected: false, significantHarm: false, harmByAnotherChild: false, allegationAgainstWorker: false },
  },
  significantHarm: {
    type: 'concern.described',
    concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true, harmByAnotherChild: false, allegationAgainstWorker: false },
  },
  emergency: {
    type: 'concern.described',
    concern: { immediateDanger: true, crimeSuspected: true, significantHarm: true, harmByAnotherChild: false, allegationAgainstWorker: false },
  },
  allegation: {
    type: 'concern.described',
    concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true, harmByAnotherChild: false, allegationAgainstWorker: true },
  },
  parentsAgreed: { type: 'parents.recorded', parents: { informed: true, agreed: true, reasonsNotInformed: [] } },
  parentsNotInformed: { type: 'parents.recorded', parents: { informed: false, agreed: false, reasonsNotInformed: ['evidence-loss'] } },
} satisfies Record<string, ContactEvent>;

import { expect, within } from 'storybook/test';
import type { ContactEvent } from '../../../machines/contact/contact.machine';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import type { ContactRecord } from '../../api/contacts';
import statesJson from '../generated/contact-states.json';
import type { ContactStates } from '../contact-state-walk';
import { acceptingHandlers, recordFrom } from './records';

const STATES = statesJson as unknown as ContactStates;

/** The page a call handler sees in each state: what the generated stories check, besides axe. */
const HEADINGS: Record<string, string> = {
  'intake.referrer': 'Who is making the contact?',
  'intake.children': 'Which children is the contact about?',
  'intake.concern': 'What is the concern?',
  'intake.parents': 'What do the parents know about this contact?',
  informationGathering: 'Information to gather',
  screening: 'Check your answers before recording the contact',
};

/**
 * One generated story: the real ContactWizard on the record those events build, with the autosave and
 * submit answered as the mock backend would. A state with no expectation above still renders and is
 * checked by axe, so a new machine state is covered as soon as the stories are generated again.
 */
export function stateStory(authority: AuthorityId, state: string) {
  const entry = STATES[authority]?.find((s) => s.state === state);
  if (!entry) throw new Error(`No generated path to ${authority} ${state}: run npm run stories:generate`);
  const record: ContactRecord = recordFrom(authority, entry.events as ContactEvent[], { seed: `state:${authority}:${state}` });
  return {
    name: state,
    args: { record },
    parameters: { msw: acceptingHandlers(record) },
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const canvas = within(canvasElement);
      await expect(canvas.getByRole('status')).toHaveTextContent('All answers saved');
      const heading = HEADINGS[state];
      if (heading) {
        await expect(canvas.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      } else if (record.route && record.route !== 'front-door' && record.route !== 'out-of-hours' && state !== 'closed') {
        // A redirected contact shows where it goes, marked with the machine's route.
        await expect(canvas.getByRole('heading', { level: 1 })).toHaveAttribute('data-route', record.route);
      }
    },
  };
}

import type { Meta, StoryObj } from '@storybook/react-vite';
import derSchoolBelowThreshold from '../../../scenarios/der-school-below-threshold-online-request.json';
import dorImmediateDanger from '../../../scenarios/dor-immediate-danger-public.json';
import herAnonNeighbour from '../../../scenarios/her-anon-neighbour-neglect.json';
import leiOpenCase from '../../../scenarios/lei-open-case-allocated-worker.json';
import linOutOfHours from '../../../scenarios/lin-1700-significant-harm-ooh.json';
import { playScenario, ScenarioContact, type ContactScenario } from './scenario-flow';

// One scenario per authority, played click by click against the shared mock backend (no story-level
// handlers: the contact is created, autosaved and replayed by the same MSW handlers the app uses).

const meta = {
  title: 'Flows/Scenarios',
  component: ScenarioContact,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ScenarioContact>;

export default meta;
type Story = StoryObj<typeof meta>;

function flow(scenario: unknown): Story {
  const s = scenario as ContactScenario;
  return {
    name: `${s.id}: ${s.title}`,
    args: { scenario: s },
    play: async ({ canvasElement }) => playScenario(canvasElement, s),
  };
}

/** Dorset: a named member of the public, a child in immediate danger: 999 and the police. */
export const DorsetEmergency = flow(dorImmediateDanger);
/** Hertfordshire: an anonymous neighbour. */
export const HertfordshireAnonymousCaller = flow(herAnonNeighbour);
/** Leicester: the child has an allocated worker. */
export const LeicesterOpenCase = flow(leiOpenCase);
/** Derbyshire: a school below the child-protection threshold uses the online request. */
export const DerbyshireOnlineRequest = flow(derSchoolBelowThreshold);
/** Lincolnshire: significant harm at 17:00, after the front door closes: out of hours. */
export const LincolnshireOutOfHours = flow(linOutOfHours);

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuthorityId } from '../../machines/contact/contact.schema';
import { statesJson, storyFile } from '../../scripts/generate-stories';
import { walkAllAuthorities, type StateStory } from '../../src/stories/contact-state-walk';

// The per-state stories are generated from the contact machine and checked in. A state the machine gains
// (or a shorter way to reach one) without `npm run stories:generate` fails here, not silently in Storybook.

const dir = path.resolve(__dirname, '../../src/stories/generated');
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('generated machine-state stories', () => {
  const walked = walkAllAuthorities();

  it('the checked-in contact-states.json matches a fresh walk of the contact machine', () => {
    expect(read('contact-states.json'), 'Run `npm run stories:generate` and commit the result').toBe(statesJson(walked));
  });

  it.each(Object.entries(walked) as [AuthorityId, StateStory[]][])('%s has one story per reachable state', (authority, states) => {
    expect(read(`${authority}-states.stories.tsx`), 'Run `npm run stories:generate` and commit the result').toBe(storyFile(authority, states));
  });

  it('every authority reaches intake, information gathering and closure', () => {
    for (const states of Object.values(walked)) {
      expect(states.map((s) => s.state)).toEqual(expect.arrayContaining(['intake.referrer', 'informationGathering', 'screening', 'decision', 'closed']));
    }
  });
});

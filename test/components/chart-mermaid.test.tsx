import { describe, expect, it } from 'vitest';
import { contactMachine } from '../../machines/contact/contact.machine';
import { infoRequestMachine } from '../../machines/info-request/info-request.machine';
import { buildChartModel } from '../../src/features/chart/chart-model';
import { mermaidId, toMermaid } from '../../src/features/chart/mermaid';

// toMermaid is a pure function of the machine: stateDiagram-v2 text with composite states, [*] starts and
// ends, and <<choice>> for eventless decision points. No Mermaid parser is installed, so the grammar the
// output keeps to is checked line by line.

const ID = String.raw`(?:\[\*\]|[A-Za-z_][A-Za-z0-9_]*)`;
const TRANSITION = new RegExp(String.raw`^\s*${ID} --> ${ID}(?: : [^{}:;%]+)?$`);
const STATE = /^\s*state (?:"[^"]+" as )?[A-Za-z_][A-Za-z0-9_]*(?: <<choice>>| \{)?$/;

function grammarProblems(text: string): string[] {
  const lines = text.trimEnd().split('\n');
  const problems: string[] = [];
  if (lines[0] !== 'stateDiagram-v2') problems.push('header');
  let depth = 0;
  for (const line of lines.slice(1)) {
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    if (depth < 0) problems.push(`close without open: ${line}`);
    const ok = line.includes('-->') ? TRANSITION.test(line) : STATE.test(line) || line.trim() === '}';
    if (!ok) problems.push(line);
  }
  if (depth !== 0) problems.push('unbalanced braces');
  return problems;
}

describe('toMermaid', () => {
  const contact = toMermaid(contactMachine);
  const infoRequest = toMermaid(infoRequestMachine);

  it('writes stateDiagram-v2 that keeps to the grammar, for both machines', () => {
    expect(grammarProblems(contact)).toEqual([]);
    expect(grammarProblems(infoRequest)).toEqual([]);
  });

  it('is pure: the same machine gives the same text', () => {
    expect(toMermaid(contactMachine)).toBe(contact);
  });

  it('nests compound states with their own initial state', () => {
    const block = contact.slice(contact.indexOf('state "Intake" as intake {'), contact.indexOf('\n  }\n'));
    expect(block).toContain('[*] --> intake_referrer');
    expect(block).toContain('intake_referrer --> intake_children : referrer.identified');
    expect(contact.split('\n')[1]).toBe('  [*] --> intake');
  });

  it('marks final states and eventless decision points', () => {
    expect(contact).toContain('closed --> [*]');
    expect(contact).toContain('state routing <<choice>>');
    expect(infoRequest).toContain('state deciding <<choice>>');
  });

  it('labels every transition with its event or branch order, guard and rule', () => {
    expect(contact).toContain('routing --> allocatedWorker : 1. [isOpenCase] INT-OPEN');
    expect(contact).toContain('routing --> frontDoor : 6. otherwise');
    expect(contact).toContain('informationGathering --> screening : information.completed [hasAskedRequiredQuestions] INFO-ASK-FAMILY-ISSUES');
    expect(contact).toContain('allocatedWorker --> intake_children : answers.change [isStep(step=children)]');
    expect(contact).toContain('frontDoor --> informationGathering : always');
    expect(infoRequest).toContain('deciding --> confirmWithoutConsent : 6. [isConfirmableWithoutConsent && hasGovUkReplyAddress] IR-OLA-S47');
  });

  it('has one line per transition of the machine, and a state line per state', () => {
    for (const [machine, text] of [
      [contactMachine, contact],
      [infoRequestMachine, infoRequest],
    ] as const) {
      const model = buildChartModel(machine);
      const arrows = text.split('\n').filter((l) => l.includes('-->') && !l.includes('[*]'));
      expect(arrows).toHaveLength(model.transitions.length);
      for (const state of model.states) expect(text).toMatch(new RegExp(`state (?:"[^"]+" as )?${mermaidId(state.id)}\\b`));
    }
  });
});

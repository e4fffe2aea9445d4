import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { contactMachine } from '../../machines/contact/contact.machine';
import { contactEventSchema } from '../../machines/contact/contact.schema';
import { infoRequestMachine } from '../../machines/info-request/info-request.machine';
import { requesterSchema, subjectSchema } from '../../machines/info-request/info-request.schema';
import { CHART_MACHINES } from '../../src/features/chart/chart-machines';
import { buildChartModel } from '../../src/features/chart/chart-model';
import { presetsFor } from '../../src/features/chart/presets';
import { transitionOptions } from '../../src/features/chart/simulate';

// Simulate mode asks the machine (`can`, and the transition xstate would select) what each transition
// out of the current state would do with the sample answers.

const model = buildChartModel(contactMachine);

function start(authority: 'hertfordshire' | 'dorset' | 'leicester'): AnyMachineSnapshot {
  return initialTransition(contactMachine, CHART_MACHINES.contact.input(authority) as never)[0] as AnyMachineSnapshot;
}

function sendFirstEnabled(snapshot: AnyMachineSnapshot, event: string, preset?: string): AnyMachineSnapshot {
  const option = transitionOptions(model, contactMachine, 'contact', snapshot).find((o) => o.transition.event === event && o.status === 'enabled');
  if (!option) throw new Error(`${event} is not enabled`);
  const index = preset ? option.presets.findIndex((p) => p.label === preset) : option.enabledWith[0]!;
  return transition(contactMachine, snapshot, option.presets[index]!.event as never)[0] as AnyMachineSnapshot;
}

function toInformationGathering(authority: 'hertfordshire' | 'dorset' | 'leicester') {
  let s = start(authority);
  s = sendFirstEnabled(s, 'referrer.identified', 'Family member');
  s = sendFirstEnabled(s, 'children.recorded');
  s = sendFirstEnabled(s, 'concern.described', 'Below the child-protection threshold');
  return sendFirstEnabled(s, 'parents.recorded');
}

describe('sample answers', () => {
  it('are all valid events by the machines’ own schemas', () => {
    const snapshot = toInformationGathering('leicester');
    for (const type of model.events) {
      for (const preset of presetsFor('contact', type, snapshot.context)) {
        expect(contactEventSchema.safeParse(preset.event).success, preset.label).toBe(true);
      }
    }
    for (const preset of presetsFor('info-request', 'request.logged', undefined)) {
      expect(requesterSchema.safeParse(preset.event.requester).success, preset.label).toBe(true);
      expect(subjectSchema.safeParse(preset.event.subject).success, preset.label).toBe(true);
    }
  });
});

describe('transition options', () => {
  it('offers the first intake step, with every referrer sample accepted', () => {
    const [option] = transitionOptions(model, contactMachine, 'contact', start('dorset'));
    expect(option?.transition.id).toBe('intake.referrer:referrer.identified:0');
    expect(option?.status).toBe('enabled');
    expect(option?.enabledWith).toHaveLength(option!.presets.length);
  });

  it('picks, per Change link, the sample that takes exactly that transition', () => {
    const s = toInformationGathering('dorset');
    const changes = transitionOptions(model, contactMachine, 'contact', s).filter((o) => o.transition.event === 'answers.change');
    expect(changes.map((o) => o.presets[o.enabledWith[0]!]!.event.step)).toEqual(['referrer', 'children', 'concern', 'parents']);
  });

  it('says which guard and rule block information gathering from ending in Hertfordshire', () => {
    const s = toInformationGathering('hertfordshire');
    expect(s.value).toBe('informationGathering');
    const done = transitionOptions(model, contactMachine, 'contact', s).find((o) => o.transition.event === 'information.completed');
    expect(done).toMatchObject({ status: 'blocked', blockedBy: { guard: { text: 'hasAskedRequiredQuestions' }, rule: 'INFO-ASK-FAMILY-ISSUES' } });
    // Dorset has no question that must always be asked.
    const dorset = transitionOptions(model, contactMachine, 'contact', toInformationGathering('dorset')).find((o) => o.transition.event === 'information.completed');
    expect(dorset?.status).toBe('enabled');
  });

  it('separates a valid decision from a rejected one (DEC-MANAGER, DEC-OUTCOMES)', () => {
    let s = toInformationGathering('dorset');
    s = sendFirstEnabled(s, 'information.completed');
    s = sendFirstEnabled(s, 'screening.recorded', 'Records only, no agency checks');
    const options = transitionOptions(model, contactMachine, 'contact', s).filter((o) => o.transition.event === 'decision.recorded');
    // One guarded transition: the machine refuses a decision that breaks DEC-MANAGER or DEC-OUTCOMES.
    expect(options).toHaveLength(1);
    const [decide] = options;
    const accepted = decide!.enabledWith.map((i) => decide!.presets[i]!.label);
    expect(accepted).toContain('Manager: Strategy discussion');
    expect(accepted).not.toContain('Social worker, without a manager: assessment');
    expect(accepted).not.toContain('Manager: closure at referral');
  });

  it('works for the information-request machine', () => {
    const infoModel = buildChartModel(infoRequestMachine);
    const s = initialTransition(infoRequestMachine, CHART_MACHINES['info-request'].input('hertfordshire') as never)[0] as AnyMachineSnapshot;
    const [option] = transitionOptions(infoModel, infoRequestMachine, 'info-request', s);
    expect(option?.transition.event).toBe('request.logged');
    expect(option?.status).toBe('enabled');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor, createMachine } from 'xstate';
import { toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { contactMachine } from '../../machines/contact/contact.machine';
import { infoRequestMachine } from '../../machines/info-request/info-request.machine';
import { runScenario } from '../../machines/scenario/run';
import { parseScenarioText } from '../../machines/scenario/scenario.schema';
import { activeLeaves, activeStates, buildChartModel, transitionLabel } from '../../src/features/chart/chart-model';
import { pathTransition, takenStep } from '../../src/features/chart/simulate';

const contact = buildChartModel(contactMachine);
const infoRequest = buildChartModel(infoRequestMachine);

describe('chart model (derived from the machine)', () => {
  it('has every state with its kind, nesting and initial state', () => {
    expect(contact.initial).toBe('intake');
    expect(contact.byId.get('intake')).toMatchObject({ kind: 'compound', initial: 'intake.referrer', children: ['intake.referrer', 'intake.children', 'intake.concern', 'intake.parents'] });
    expect(contact.byId.get('intake.parents')).toMatchObject({ kind: 'atomic', parent: 'intake', depth: 1 });
    expect(contact.byId.get('closed')?.kind).toBe('final');
    expect(contact.byId.get('allocatedWorker')?.tags).toEqual(['redirected']);
  });

  it('draws eventless routing as a decision point with ordered, guarded branches citing their rules', () => {
    expect(contact.byId.get('routing')?.kind).toBe('choice');
    // One eventless transition is not a decision: out of hours goes straight on.
    expect(contact.byId.get('outOfHours')?.kind).toBe('atomic');
    const branches = contact.transitions.filter((t) => t.source === 'routing');
    expect(branches.map(transitionLabel)).toEqual([
      '1. [isOpenCase] INT-OPEN',
      '2. [isAllegationAgainstWorker] INT-ALLEGATION',
      '3. [isOutOfHours] INT-OOH',
      '4. [needsConsultationHub] INT-HUB',
      '5. [isBelowThresholdProfessional] INT-FORMS',
      '6. otherwise',
    ]);
    expect(branches.at(-1)?.branch).toEqual({ index: 6, of: 6, isDefault: true });
  });

  it('has every transition toDirectedGraph lists, plus the eventless ones it leaves out', () => {
    for (const machine of [contactMachine, infoRequestMachine]) {
      const model = buildChartModel(machine);
      let edges = 0;
      let always = 0;
      const walk = (n: DirectedGraphNode) => {
        edges += n.edges.length;
        always += n.stateNode.always?.length ?? 0;
        n.children.forEach(walk);
      };
      walk(toDirectedGraph(machine));
      expect(model.transitions).toHaveLength(edges + always);
      expect(model.transitions.every((t) => t.eventless || t.event.length > 0)).toBe(true);
    }
  });

  it('keeps guards with params and higher-order guards readable', () => {
    const change = contact.transitions.find((t) => t.source === 'screening' && t.target === 'intake.concern');
    expect(change?.guard?.text).toBe('isStep(step: concern)');
    const and = infoRequest.transitions.find((t) => t.target === 'confirmWithoutConsent');
    expect(and?.guard).toEqual({ text: 'isConfirmableWithoutConsent && hasGovUkReplyAddress', names: ['isConfirmableWithoutConsent', 'hasGovUkReplyAddress'] });
  });

  it('marks transitions without a target as staying in their state', () => {
    const checklist = contact.transitions.find((t) => t.event === 'checklist.answered');
    expect(checklist).toMatchObject({ internal: true, source: 'informationGathering', target: 'informationGathering' });
  });

  it('reads the rules of a state from meta.rules, and ids cited in its description', () => {
    expect(contact.byId.get('routing')?.rules).toEqual(['INT-OPEN', 'INT-ALLEGATION', 'INT-OOH', 'INT-HUB', 'INT-FORMS']);
    // meta.rules first (in the machine's order), then any other id the description cites.
    expect(infoRequest.byId.get('dataProtectionTeam')?.rules).toEqual(['IR-CRIME', 'IR-SAR', 'IR-CLOSED', 'IR-ADULT']);
    const fromDescription = buildChartModel(createMachine({ initial: 'a', states: { a: { description: 'Cites IR-KNOWN.', meta: { rules: ['IR-OPEN'] } } } }));
    expect(fromDescription.byId.get('a')?.rules).toEqual(['IR-OPEN', 'IR-KNOWN']);
  });

  it('reads active states from a snapshot value', () => {
    expect([...activeStates({ intake: 'children' })]).toEqual(['intake', 'intake.children']);
    expect(activeLeaves(contact, { intake: 'children' })).toEqual(['intake.children']);
  });
});

describe('the step just taken', () => {
  it('finds the event’s transition and, with context.path, the eventless branch it went through', () => {
    const actor = createActor(contactMachine, { input: { authority: 'dorset', receivedAt: '2026-03-04T10:15:00+00:00', channel: 'phone' } }).start();
    actor.send({ type: 'referrer.identified', referrer: { type: 'public', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false } });
    actor.send({ type: 'children.recorded', children: [{ caseStatus: 'unknown', unborn: false, disability: false }] });
    actor.send({ type: 'concern.described', concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true, harmByAnotherChild: false, allegationAgainstWorker: false } });
    const before = actor.getSnapshot();
    actor.send({ type: 'parents.recorded', parents: { informed: true, agreed: true, reasonsNotInformed: [] } });
    const after = actor.getSnapshot();
    actor.stop();

    const visited = after.context.path.slice(before.context.path.length);
    expect(takenStep(contact, before.value, after.value, 'parents.recorded', visited)).toEqual({
      transitions: ['intake.parents:parents.recorded:0', 'routing:always:5', 'frontDoor:always:0'],
      passedThrough: ['routing', 'frontDoor'],
    });
    // Without the path, out of hours and front door both reach information gathering: only the event's
    // own transition is claimed.
    expect(takenStep(contact, before.value, after.value, 'parents.recorded').transitions).toEqual(['intake.parents:parents.recorded:0']);
  });

  it('marks no transition for a refused decision: the machine stays in decision', () => {
    expect(takenStep(contact, 'decision', 'decision', 'decision.recorded').transitions).toEqual([]);
    expect(takenStep(contact, 'decision', 'feedback', 'decision.recorded').transitions).toEqual(['decision:decision.recorded:0']);
  });

  it('can draw every shipped scenario’s path: each step has a transition', () => {
    const dir = join(process.cwd(), 'scenarios');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const parsed = parseScenarioText(readFileSync(join(dir, file), 'utf8'));
      if (!parsed.ok) continue;
      for (const scenario of parsed.scenarios) {
        const model = scenario.kind === 'contact' ? contact : infoRequest;
        const { path } = runScenario(scenario);
        for (let i = 1; i < path.length; i++) {
          expect(pathTransition(model, path[i - 1]!, path[i]!), `${file}: ${path[i - 1]} -> ${path[i]}`).toBeDefined();
        }
      }
    }
  });

  it('gives every information-request state the rules that lead into it and apply there (meta.rules)', () => {
    const silent = new Set(['notCovered', 'closed']);
    for (const state of infoRequest.states) {
      if (silent.has(state.id)) continue;
      expect(state.rules.length, state.id).toBeGreaterThan(0);
      // A branch of the decision point cites one rule; the state it leads to lists that rule too.
      for (const t of infoRequest.transitions.filter((x) => x.target === state.id && x.rule)) {
        expect(state.rules, `${t.id} -> ${state.id}`).toContain(t.rule);
      }
    }
    expect(infoRequest.byId.get('deciding')?.rules).toEqual(expect.arrayContaining(['IR-DOUBT', 'IR-CRIME', 'IR-SAR', 'IR-COURT', 'IR-OPEN', 'IR-KNOWN', 'IR-DETAILED']));
  });
});

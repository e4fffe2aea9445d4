import { describe, expect, it } from 'vitest';
import { contactMachine } from '../../machines/contact/contact.machine';
import { infoRequestMachine } from '../../machines/info-request/info-request.machine';
import { buildChartModel } from '../../src/features/chart/chart-model';
import { compareAuthorities, computeReachability } from '../../src/features/chart/reachability';

// Which routing branches each profile can ever take, found by running the machine's own guards over
// sample calls built from the schemas. What the procedures say about each authority is the oracle.

const contact = buildChartModel(contactMachine);
const infoRequest = buildChartModel(infoRequestMachine);
const target = (id: string) => contact.transitions.find((t) => t.id === id)?.target;
type Authority = Parameters<typeof computeReachability>[2];
// Each authority samples tens of thousands of calls: compute once per file.
const memo = new Map<Authority, ReturnType<typeof computeReachability>>();
const contactReach = (authority: Authority) => {
  if (!memo.has(authority)) memo.set(authority, computeReachability(contact, 'contact', authority));
  return memo.get(authority)!;
};
const neverTakenTargets = (authority: Authority) => [...contactReach(authority).neverTaken].map(target).sort();

describe('routing branches by authority', { timeout: 60_000 }, () => {
  it('takes the Consultation Hub and Managing Allegations branches only in Hertfordshire', () => {
    expect(neverTakenTargets('hertfordshire')).toEqual(['onlineRequest']);
    expect(neverTakenTargets('dorset')).toEqual(['consultationHub', 'managingAllegations', 'onlineRequest', 'outOfHours']);
  });

  it('takes the online request only in Derbyshire, and out of hours only where hours are published', () => {
    expect(neverTakenTargets('derbyshire')).toEqual(['consultationHub', 'managingAllegations', 'outOfHours']);
    expect(neverTakenTargets('leicester')).toEqual(['consultationHub', 'managingAllegations', 'onlineRequest', 'outOfHours']);
    expect(neverTakenTargets('lincolnshire')).toEqual(['consultationHub', 'managingAllegations', 'onlineRequest']);
  });

  it('treats a state reached only through never-taken branches as unreachable', () => {
    const dorset = contactReach('dorset');
    expect([...dorset.unreachableStates].sort()).toEqual(['consultationHub', 'managingAllegations', 'onlineRequest', 'outOfHours']);
    expect(dorset.samples).toBeGreaterThan(10_000);
  });

  it('sends every information request outside Hertfordshire to "not covered"', () => {
    const leicester = computeReachability(infoRequest, 'info-request', 'leicester');
    const taken = infoRequest.transitions.filter((t) => t.source === 'deciding' && !leicester.neverTaken.has(t.id));
    expect(taken.map((t) => t.id)).toEqual(['deciding:always:0']);
    const hertfordshire = computeReachability(infoRequest, 'info-request', 'hertfordshire');
    expect(hertfordshire.neverTaken.has('deciding:always:0')).toBe(true);
    expect(hertfordshire.unreachableStates.has('awaitConsent')).toBe(false);
  });

  it('lists the differences between two authorities', () => {
    const differences = compareAuthorities(contact, contactReach('hertfordshire'), contactReach('dorset'));
    const branches = differences.flatMap((d) => (d.kind === 'branch' ? [`${d.transition.target}: ${d.takenIn} not ${d.neverIn}`] : []));
    expect(branches).toEqual([
      'managingAllegations: hertfordshire not dorset',
      'outOfHours: hertfordshire not dorset',
      'consultationHub: hertfordshire not dorset',
    ]);
    expect(differences).toContainEqual({ kind: 'rule', state: 'routing', rule: 'INT-HUB', statedIn: 'hertfordshire', notStatedIn: 'dorset' });
  });
});

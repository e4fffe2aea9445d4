import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import { api, FRONT_DOOR, frontDoorIntake, manager, managerDecision, screening } from '../mocks/support';

// The audit trail: the backend records every event it accepted, with who, role and the states it moved
// between; refused events leave no trace. And the contacts export says whether the decision was in time.

beforeEach(async () => {
  await resetStore();
});

describe('audit trail (mock backend)', () => {
  it('records each accepted event once, append-only, and nothing for a refused one', async () => {
    const created = await api('POST', '/api/contacts', { body: FRONT_DOOR });
    const id = created.body.id as string;
    const intake = await api('PUT', `/api/contacts/${id}/events`, { body: { version: 1, events: [...frontDoorIntake, ...screening] } });
    expect(intake.status).toBe(200);

    // A call handler recording a manager's decision: 403, and the trail does not change.
    const refused = await api('PUT', `/api/contacts/${id}/events`, {
      body: { version: intake.body.version, events: [...intake.body.events, managerDecision] },
    });
    expect(refused.status).toBe(403);

    const decided = await api('PUT', `/api/contacts/${id}/events`, {
      as: manager,
      body: { version: intake.body.version, events: [...intake.body.events, managerDecision] },
    });
    expect(decided.status).toBe(200);
    // Re-sending the same log is a no-op: no duplicate entries.
    await api('PUT', `/api/contacts/${id}/events`, { as: manager, body: { version: decided.body.version, events: decided.body.events } });

    const audit = await api('GET', `/api/contacts/${id}/audit`);
    expect(audit.status).toBe(200);
    const items = audit.body.items as { seq: number; event: string; role: string; from: string; to: string; reason?: string }[];
    expect(items.map((e) => e.event)).toEqual([...frontDoorIntake, ...screening, managerDecision].map((e) => e.type));
    expect(items.map((e) => e.seq)).toEqual(items.map((_, i) => i + 1));
    const decision = items.at(-1);
    expect(decision).toMatchObject({ event: 'decision.recorded', role: 'team-manager', from: 'decision', to: 'feedback' });
    expect(decision?.reason).toContain('assessment, authorised by manager');
    expect(items.find((e) => e.event === 'screening.recorded')).toMatchObject({ role: 'call-handler', from: 'screening', to: 'decision' });

    const exported = await api('GET', '/api/exports/contacts');
    expect(exported.body.items[0]).toMatchObject({ outcome: 'assessment', route: 'front-door', withinTimescale: 'yes' });
  });
});

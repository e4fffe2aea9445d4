import { describe, expect, it } from 'vitest';
import { AUTHORITY_IDS } from '../../machines/contact/contact.schema';
import { CHILD_RECORDS, FAMILY_COUNT } from '../../mocks/seed/children';
import { childRecordSchema, childSearchSchema } from '../../src/api/children';
import { api } from './support';

describe('GET /api/children?q=', () => {
  it('finds records by any part of the name, ignoring case', async () => {
    const response = await api('GET', '/api/children?q=QUILLfeath');

    expect(response.status).toBe(200);
    const { items } = childSearchSchema.parse(response.body);
    expect(items.map((c) => c.name)).toEqual(['Ada Quillfeather', 'Barnaby Quillfeather']);
    expect(items[0]).toMatchObject({
      authority: 'dorset',
      caseStatus: 'open',
      childProtectionPlan: true,
      allocatedWorker: { name: 'Hester Wickstaff', team: 'Puddlecombe Child Protection Team' },
    });
    expect(items[0]?.siblings.map((s) => s.name)).toEqual(['Barnaby Quillfeather', 'Clementine Tindlewood']);
    expect(items[0]?.household).toContainEqual({ name: 'Clementine Tindlewood', relationship: 'Half-sister', knownToServices: true });
  });

  it('can be limited to one authority', async () => {
    const all = await api('GET', '/api/children?q=wh');
    const herts = await api('GET', '/api/children?q=wh&authority=hertfordshire');

    expect(new Set(all.body.items.map((c: { authority: string }) => c.authority)).size).toBeGreaterThan(1);
    expect(herts.body.items.length).toBeGreaterThan(0);
    expect(herts.body.items.every((c: { authority: string }) => c.authority === 'hertfordshire')).toBe(true);
  });

  it('returns an empty list when nobody matches', async () => {
    const response = await api('GET', '/api/children?q=Smith');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [] });
  });

  it('needs at least 2 characters, as a problem on the field q', async () => {
    for (const query of ['?q=a', '?q=%20%20a%20', '']) {
      const response = await api('GET', `/api/children${query}`);
      expect(response.status).toBe(400);
      expect(response.contentType).toBe('application/problem+json');
      expect(response.body.errors).toEqual([{ field: 'q', message: 'Enter at least 2 letters of the child’s name' }]);
    }
  });

  it('answers 401 without a role', async () => {
    expect((await api('GET', '/api/children?q=Ada', { as: null })).status).toBe(401);
  });
});

describe('GET /api/children/:id', () => {
  it('returns one record', async () => {
    const response = await api('GET', '/api/children/ch-her-005');

    expect(response.status).toBe(200);
    expect(childRecordSchema.parse(response.body)).toMatchObject({
      name: 'Lyra Gorsewick',
      lookedAfter: true,
      address: 'Placement address withheld: ask the allocated worker',
      household: [{ name: 'Beatrix Hollyhock', relationship: 'Foster carer', knownToServices: false }],
      siblings: [{ id: 'ch-her-004', name: 'Kit Gorsewick' }],
    });
  });

  it('answers 404 for an unknown id', async () => {
    const response = await api('GET', '/api/children/ch-xyz-999');

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ status: 404, title: 'The child’s record was not found' });
  });
});

describe('the seed', () => {
  it('is valid against the client’s schema', () => {
    for (const record of CHILD_RECORDS) childRecordSchema.parse(record);
    expect(new Set(CHILD_RECORDS.map((c) => c.id)).size).toBe(CHILD_RECORDS.length);
    expect(FAMILY_COUNT).toBe(20);
  });

  it.each(AUTHORITY_IDS)('has every kind of record a %s call handler needs to practise on', (authority) => {
    const records = CHILD_RECORDS.filter((c) => c.authority === authority);

    expect(records.some((c) => c.caseStatus === 'open' && c.allocatedWorker?.team)).toBe(true);
    expect(records.some((c) => c.caseStatus === 'closed' && c.knownBefore)).toBe(true);
    expect(records.some((c) => c.childProtectionPlan)).toBe(true);
    expect(records.some((c) => c.lookedAfter)).toBe(true);
    expect(records.some((c) => c.household.some((m) => c.siblings.some((s) => s.name === m.name)))).toBe(true);
  });

  it('uses only telephone numbers from Ofcom’s drama ranges', () => {
    const phones = CHILD_RECORDS.flatMap((c) => (c.allocatedWorker ? [c.allocatedWorker.phone] : []));
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(phone).toMatch(/^(01632 960\d{3}|07700 900\d{3})$/);
  });

  it('points every sibling link at a record that links back', () => {
    const byId = new Map(CHILD_RECORDS.map((c) => [c.id, c]));
    for (const child of CHILD_RECORDS) {
      for (const sibling of child.siblings) {
        expect(byId.get(sibling.id)?.siblings.map((s) => s.id)).toContain(child.id);
      }
    }
  });
});

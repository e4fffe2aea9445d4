import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { PROFILE_LIST } from '../../machines/authorities';
import { server } from '../../mocks/node';
import { Problem, withProblems } from '../../mocks/problem';
import { api } from './support';

describe('GET /api/authorities', () => {
  it('summarises every profile of the procedure engine, in its order, without needing a role', async () => {
    const response = await api('GET', '/api/authorities', { as: null });

    expect(response.status).toBe(200);
    expect(response.body.map((a: { id: string }) => a.id)).toEqual(PROFILE_LIST.map((p) => p.id));
    expect(response.body[1]).toEqual({
      id: 'hertfordshire',
      name: 'Hertfordshire',
      frontDoor: { short: 'CSC', name: 'Customer Service Centre' },
      hoursNote:
        'Monday to Friday 8am to 8pm; Saturday 9am to 4pm, not on bank holidays. (Assumed: The procedure gives weekday and Saturday hours only; we assume the CSC is closed on bank holidays.)',
      decisionTimescale: { kind: 'working-days', days: 1, note: 'Within 1 working day' },
    });
    expect(response.body[0]).toMatchObject({
      id: 'dorset',
      hoursNote: 'The procedure does not give ChAD opening hours, so no contact is routed out of hours.',
      decisionTimescale: { kind: 'hours', hours: 24, note: 'Within 24 hours' },
    });
  });
});

describe('GET /api/authorities/:id', () => {
  it('returns the full profile', async () => {
    const response = await api('GET', '/api/authorities/derbyshire');

    expect(response.status).toBe(200);
    expect(response.body).toEqual(JSON.parse(JSON.stringify(PROFILE_LIST.find((p) => p.id === 'derbyshire'))));
  });

  it('answers 404 for an authority the app does not model', async () => {
    const response = await api('GET', '/api/authorities/rutland');

    expect(response.status).toBe(404);
    expect(response.contentType).toBe('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, title: 'The authority was not found' });
  });
});

describe('withProblems', () => {
  it('turns a thrown Problem into its response and any other error into a 500 problem', async () => {
    server.use(
      http.get(
        '/api/test/teapot',
        withProblems(() => {
          throw new Problem(418, 'teapot', 'I am a teapot', { detail: 'Short and stout.' });
        }),
      ),
      http.get(
        '/api/test/broken',
        withProblems(() => {
          throw new Error('database on fire');
        }),
      ),
    );
    const quiet = console.error;
    console.error = () => undefined;
    try {
      const teapot = await api('GET', '/api/test/teapot');
      expect(teapot.status).toBe(418);
      expect(teapot.body).toEqual({
        type: 'https://front-door.example/problems/teapot',
        title: 'I am a teapot',
        status: 418,
        detail: 'Short and stout.',
      });

      const broken = await api('GET', '/api/test/broken');
      expect(broken.status).toBe(500);
      expect(broken.contentType).toBe('application/problem+json');
      expect(broken.body).toMatchObject({ status: 500, title: 'Something went wrong on the server' });
      expect(JSON.stringify(broken.body)).not.toContain('database on fire');
    } finally {
      console.error = quiet;
    }
  });
});

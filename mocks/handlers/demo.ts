import { http, HttpResponse } from 'msw';
import { clearAll, serialised, write } from '../db/store';
import { seedTrainingAttemptRows } from '../seed/training-attempts';
import { requireRole, withProblems } from '../problem';

// Demo housekeeping. Child records are fixed seed data, so restoring the seed means removing every
// contact, idempotency record and reference sequence: the next contact is FD-XXX-000001 again.
// Training: authored scenarios and attempts go too, and a few demo attempts come back so that the
// trainer's results page has something to show (scored by the machines, see mocks/seed/training-attempts.ts).

export const demoHandlers = [
  http.post(
    '/api/demo/reset',
    withProblems(async ({ request }) => {
      requireRole(request);
      const seeded = seedTrainingAttemptRows();
      await serialised(async () => {
        await clearAll();
        await write(seeded);
      });
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];

import { http, HttpResponse } from 'msw';
import { clearAll, serialised } from '../db/store';
import { requireRole, withProblems } from '../problem';

// Demo housekeeping. Child records are fixed seed data, so restoring the seed means removing every
// contact, idempotency record and reference sequence: the next contact is FD-XXX-000001 again.

export const demoHandlers = [
  http.post(
    '/api/demo/reset',
    withProblems(async ({ request }) => {
      requireRole(request);
      await serialised(clearAll);
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];

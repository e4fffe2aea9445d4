import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { authorityIdSchema } from '../../machines/contact/contact.schema';
import { notFound, parseQuery, requireRole, withProblems } from '../problem';
import { CHILD_RECORDS } from '../seed/children';

// Children's social care records, searched by name during a contact (is the child known? open? on a plan?).
// Read-only seed data: all of it fictional (see mocks/seed/children.ts).

const MAX_RESULTS = 25;

const searchQuerySchema = z.object({
  q: z
    .string({ error: 'Enter at least 2 letters of the child’s name' })
    .trim()
    .min(2, { error: 'Enter at least 2 letters of the child’s name' })
    .max(100, { error: 'Enter at most 100 characters' }),
  authority: authorityIdSchema.optional(),
});

export const childrenHandlers = [
  http.get(
    '/api/children',
    withProblems(({ request }) => {
      requireRole(request);
      const { q, authority } = parseQuery(request, searchQuerySchema);
      const needle = q.toLocaleLowerCase('en-GB');
      const items = CHILD_RECORDS.filter(
        (child) =>
          child.name.toLocaleLowerCase('en-GB').includes(needle) && (authority === undefined || child.authority === authority),
      )
        .slice()
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .slice(0, MAX_RESULTS);
      return HttpResponse.json({ items });
    }),
  ),

  http.get(
    '/api/children/:id',
    withProblems<{ id: string }>(({ request, params }) => {
      requireRole(request);
      const child = CHILD_RECORDS.find((c) => c.id === params.id);
      if (!child) throw notFound('The child’s record');
      return HttpResponse.json(child);
    }),
  ),
];

import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from './client';

export const authoritySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
});

export const authoritiesResponseSchema = z.array(authoritySchema);

export type Authority = z.infer<typeof authoritySchema>;

export const authoritiesQueryKey = ['authorities'] as const;

export function getAuthorities(signal?: AbortSignal): Promise<Authority[]> {
  return getJson('/api/authorities', authoritiesResponseSchema, signal);
}

export function useAuthorities() {
  return useQuery({
    queryKey: authoritiesQueryKey,
    queryFn: ({ signal }) => getAuthorities(signal),
    // The list of authorities changes when the product does, not during a call.
    staleTime: Infinity,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchNoContent } from './problem';

/** POST /api/demo/reset: restores the seeded demo data and deletes every contact. */
export function resetDemoData(): Promise<void> {
  return fetchNoContent('/api/demo/reset', { method: 'POST' });
}

export function useResetDemoData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetDemoData,
    onSuccess: async () => {
      // Answers kept in this browser belong to contacts that no longer exist.
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith('front-door:contact-events:')) localStorage.removeItem(key);
      }
      await queryClient.invalidateQueries();
    },
  });
}

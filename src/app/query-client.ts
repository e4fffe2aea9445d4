import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data comes from the in-browser mock: a failure is a bug to show, not a flaky network to retry.
        retry: false,
        refetchOnWindowFocus: false,
      },
    },
  });
}

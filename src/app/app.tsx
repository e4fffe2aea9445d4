import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PageLayout } from '../components/page-layout/page-layout';
import { createQueryClient } from './query-client';
import { Routes, useLinkInterception, type RouteTable } from './router';
import { NotFoundPage } from './routes/not-found-page';
import { StartPage } from './routes/start-page';

const routes: RouteTable = {
  '/': () => <StartPage />,
};

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useLinkInterception();

  return (
    <QueryClientProvider client={client}>
      <PageLayout>
        <Routes routes={routes} notFound={() => <NotFoundPage />} />
      </PageLayout>
    </QueryClientProvider>
  );
}

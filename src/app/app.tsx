import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PageLayout } from '../components/page-layout/page-layout';
import { createQueryClient } from './query-client';
import { Routes, useLinkInterception, type RouteTable } from './router';
import { NotFoundPage } from './routes/not-found-page';
import { StartPage } from './routes/start-page';
import { ContactListPage } from '../features/triage/contact-list-page';
import { ContactPage } from '../features/triage/contact-page';
import { StartContactPage } from '../features/triage/start-contact-page';

const routes: RouteTable = {
  '/': () => <StartPage />,
  '/contacts': () => <ContactListPage />,
  '/contacts/new': () => <StartContactPage />,
  // Keyed by id so moving between contacts starts a fresh wizard and actor.
  '/contacts/:id': ({ id = '' }) => <ContactPage key={id} id={id} />,
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

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { PageLayout } from '../components/page-layout/page-layout';
import { createQueryClient } from './query-client';
import { Routes, useLinkInterception, type RouteTable } from '../lib/router';
import { NotFoundPage } from './routes/not-found-page';
import { StartPage } from './routes/start-page';
import { ContactListPage } from '../features/triage/contact-list-page';
import { ContactPage } from '../features/triage/contact-page';
import { StartContactPage } from '../features/triage/start-contact-page';
import { DeskContactPage } from '../features/desk/desk-contact-page';
import { QueuePage } from '../features/desk/queue-page';
import { restoreSession } from '../lib/session';
import { SignedInAs } from '../features/desk/signed-in-as';
import { SignInPage } from '../features/desk/sign-in-page';
import { InfoRequestPage } from '../features/info-requests/info-request-page';
import { InfoRequestsPage } from '../features/info-requests/info-requests-page';
import { NewInfoRequestPage } from '../features/info-requests/new-info-request-page';

// A remembered sign-in sets the API client's X-User and X-Role before the first request.
restoreSession();

// The state chart is its own chunk (React Flow and the ELK worker with it), loaded on first visit only.
const ChartPage = lazy(() => import('../features/chart/chart-page'));
const chartRoute = (params: Record<string, string>) => (
  <Suspense fallback={<p className="govuk-body">Loading the chart…</p>}>
    <ChartPage {...params} />
  </Suspense>
);

const routes: RouteTable = {
  '/': () => <StartPage />,
  '/contacts': () => <ContactListPage />,
  '/contacts/new': () => <StartContactPage />,
  // Keyed by id so moving between contacts starts a fresh wizard and actor.
  '/contacts/:id': ({ id = '' }) => <ContactPage key={id} id={id} />,
  '/chart': chartRoute,
  '/sign-in': () => <SignInPage />,
  '/desk': () => <QueuePage />,
  '/desk/:id': ({ id = '' }) => <DeskContactPage key={id} id={id} />,
  '/info-requests': () => <InfoRequestsPage />,
  '/info-requests/new': () => <NewInfoRequestPage />,
  '/info-requests/:id': ({ id = '' }) => <InfoRequestPage key={id} id={id} />,
  '/chart/:machine/:authority': chartRoute,
};

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useLinkInterception();

  return (
    <QueryClientProvider client={client}>
      <PageLayout account={<SignedInAs />}>
        <Routes routes={routes} notFound={() => <NotFoundPage />} />
      </PageLayout>
    </QueryClientProvider>
  );
}

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { PageLayout } from '../components/page-layout/page-layout';
import { createQueryClient } from './query-client';
import { Routes, useLinkInterception, usePathname, type RouteTable } from '../lib/router';
import { ScreenErrorBoundary } from '../components/error-boundary/screen-error-boundary';
import { NotFoundPage } from './routes/not-found-page';
import { StartPage } from './routes/start-page';
import { ContactListPage } from '../features/triage/contact-list-page';
import type { RenderLiveChart } from '../features/triage/live-chart-slot';
import { StartContactPage } from '../features/triage/start-contact-page';
import { restoreSession } from '../lib/session';
import { SignedInAs } from '../features/desk/signed-in-as';

// A remembered sign-in sets the API client's X-User and X-Role before the first request.
restoreSession();

// Only what the first screens need is in the first load (the start page and "Start a contact"): the wizard,
// the desk and information requests are fetched when first opened, behind the one Suspense in App. This keeps
// the JS before the first question under its budget (docs/benchmarks.md).
const ContactPage = lazy(() => import('../features/triage/contact-page').then((m) => ({ default: m.ContactPage })));
const DeskContactPage = lazy(() => import('../features/desk/desk-contact-page').then((m) => ({ default: m.DeskContactPage })));
const QueuePage = lazy(() => import('../features/desk/queue-page').then((m) => ({ default: m.QueuePage })));
const SignInPage = lazy(() => import('../features/desk/sign-in-page').then((m) => ({ default: m.SignInPage })));
const InfoRequestPage = lazy(() => import('../features/info-requests/info-request-page').then((m) => ({ default: m.InfoRequestPage })));
const InfoRequestsPage = lazy(() => import('../features/info-requests/info-requests-page').then((m) => ({ default: m.InfoRequestsPage })));
const NewInfoRequestPage = lazy(() => import('../features/info-requests/new-info-request-page').then((m) => ({ default: m.NewInfoRequestPage })));
const InfoRequestForm = lazy(() => import('../features/info-requests/new-info-request-page').then((m) => ({ default: m.InfoRequestForm })));

// The state chart is its own chunk (React Flow and the ELK worker with it), loaded on first visit only.
const ChartPage = lazy(() => import('../features/chart/chart-page'));
// The live chart beside a running call: fetched only when the call handler shows it (triage cannot import
// chart; it offers a slot, this fills it).
const LiveChart = lazy(() => import('../features/chart/live-chart').then((m) => ({ default: m.LiveChart })));
const renderLiveChart: RenderLiveChart = (props) => (
  <Suspense fallback={<p className="govuk-body-s">Loading the chart…</p>}>
    <LiveChart {...props} />
  </Suspense>
);
// Training (/training/...) is its own chunk. It runs the real wizard and the real information-request form,
// and the debrief's path chart, all passed in here because features do not import each other.
const TrainingApp = lazy(() => import('../features/training/training-app'));
const PathCompareChart = lazy(() => import('../features/chart/path-compare-chart'));
const trainingRoute = () => (
  <Suspense fallback={<p className="govuk-body">Loading training…</p>}>
    <TrainingApp
      renderWizard={(props) => <ContactPage key={props.id} {...props} />}
      renderRequestForm={(props) => <InfoRequestForm {...props} />}
      renderPathChart={(props) => (
        <Suspense fallback={null}>
          <PathCompareChart {...props} />
        </Suspense>
      )}
    />
  </Suspense>
);
// Fault injection for the mock backend (a developer's tool, so not in the first load).
const DevFaultsPage = lazy(() => import('./routes/dev-faults-page'));
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
  '/contacts/:id': ({ id = '' }) => <ContactPage key={id} id={id} renderLiveChart={renderLiveChart} />,
  '/chart': chartRoute,
  '/sign-in': () => <SignInPage />,
  '/desk': () => <QueuePage />,
  '/desk/:id': ({ id = '' }) => <DeskContactPage key={id} id={id} />,
  '/info-requests': () => <InfoRequestsPage />,
  '/info-requests/new': () => <NewInfoRequestPage />,
  '/info-requests/:id': ({ id = '' }) => <InfoRequestPage key={id} id={id} />,
  '/chart/:machine/:authority': chartRoute,
  '/training': trainingRoute,
  '/training/:page': trainingRoute,
  '/training/:page/:id': trainingRoute,
  '/dev/faults': () => (
    <Suspense fallback={<p className="govuk-body">Loading…</p>}>
      <DevFaultsPage />
    </Suspense>
  ),
};

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  useLinkInterception();
  const pathname = usePathname();

  return (
    <QueryClientProvider client={client}>
      <PageLayout account={<SignedInAs />}>
        {/* One boundary per screen: a crash shows a plain message with Try again and Go back, and leaves
            every stored draft alone; moving to another path clears it. */}
        <ScreenErrorBoundary resetKey={pathname}>
          <Suspense fallback={<p className="govuk-body">Loading…</p>}>
            <Routes routes={routes} notFound={() => <NotFoundPage />} />
          </Suspense>
        </ScreenErrorBoundary>
      </PageLayout>
    </QueryClientProvider>
  );
}

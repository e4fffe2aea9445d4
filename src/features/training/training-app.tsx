import { Routes, type RouteTable } from '../../lib/router';
import { AuthorPage } from './author-page';
import { DebriefPage } from './debrief-page';
import { HistoryPage } from './history-page';
import { RequestRunPage } from './request-run-page';
import { ResultsPage } from './results-page';
import { RunPage } from './run-page';
import type { TrainingSlots } from './slots';
import { TrainingHome } from './training-home';
import './training.scss';

// Training's own screens under /training, one chunk loaded on first visit (app.tsx lazy-loads this file).
// What training borrows from triage, info-requests and chart arrives as render props (TrainingSlots).

export default function TrainingApp(slots: TrainingSlots) {
  const routes: RouteTable = {
    '/training': () => <TrainingHome />,
    '/training/history': () => <HistoryPage />,
    '/training/results': () => <ResultsPage />,
    '/training/author': () => <AuthorPage />,
    '/training/author/:id': ({ id = '' }) => <AuthorPage key={id} id={id} />,
    // Keyed by id: another practice call is a fresh wizard, call log and caller.
    '/training/run/:contactId': ({ contactId = '' }) => <RunPage key={contactId} contactId={contactId} renderWizard={slots.renderWizard} />,
    '/training/request/:runId': ({ runId = '' }) => <RequestRunPage key={runId} runId={runId} renderRequestForm={slots.renderRequestForm} />,
    '/training/attempts/:id': ({ id = '' }) => <DebriefPage key={id} id={id} renderPathChart={slots.renderPathChart} />,
  };
  return (
    <Routes
      routes={routes}
      notFound={() => (
        <>
          <h1 className="govuk-heading-l">Page not found</h1>
          <p className="govuk-body">
            <a className="govuk-link" href="/training">
              Go to training
            </a>
          </p>
        </>
      )}
    />
  );
}

import { useEffect, type ReactNode } from 'react';
import { isProblem } from '../../api/problem';
import { useAttempt } from '../../api/training';
import { DebriefView } from './debrief';
import type { PathChartSlotProps } from './slots';

export function DebriefPage({ id, renderPathChart }: { id: string; renderPathChart?: ((p: PathChartSlotProps) => ReactNode) | undefined }) {
  const attempt = useAttempt(id);
  useEffect(() => {
    document.title = 'Debrief – Front Door';
  }, []);
  if (attempt.isPending) return <p className="govuk-body">Loading the debrief…</p>;
  if (attempt.isError) {
    const forbidden = isProblem(attempt.error, 403);
    return (
      <>
        <h1 className="govuk-heading-l">{forbidden ? 'This is someone else’s debrief' : 'Debrief not found'}</h1>
        <p className="govuk-body">
          {forbidden ? 'Only the trainee who took the call and trainers can see a debrief.' : attempt.error.message}
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/training/history">
            My history
          </a>
        </p>
      </>
    );
  }
  return <DebriefView attempt={attempt.data} renderPathChart={renderPathChart} />;
}

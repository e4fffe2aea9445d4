import { useId, useState, type ReactNode } from 'react';
import type { StateValue } from 'xstate';
import type { AuthorityId } from '../../../machines/contact/contact.schema';

/**
 * What the wizard gives the live state chart. Declared here, not imported: triage may not import the
 * chart feature. src/app/app.tsx passes a render prop drawing the chart's LiveChart, whose props are
 * structurally the same.
 */
export interface LiveChartSlotProps {
  machine: 'contact';
  authority: AuthorityId;
  snapshotValue: StateValue;
  /** The event just accepted (a new object per send); null before the first in this session. */
  lastEvent: { type: string } | null;
  path: readonly string[];
}

export type RenderLiveChart = (props: LiveChartSlotProps) => ReactNode;

/**
 * "Show where this call is in the procedure": the live chart under the wizard's page, drawn only once the
 * call handler asks for it, so its code (a lazy chunk) is fetched only then. Rendered by the wizard at
 * the same place on every step, so the chart stays mounted and can mark the transition each answer takes.
 */
export function LiveChartSlot({ render, chart }: { render: RenderLiveChart; chart: LiveChartSlotProps }) {
  const id = useId();
  const [shown, setShown] = useState(false);
  return (
    <div className="govuk-!-margin-top-6" data-testid="live-chart-slot">
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-3" aria-expanded={shown} aria-controls={id} onClick={() => setShown((s) => !s)}>
        {shown ? 'Hide where this call is in the procedure' : 'Show where this call is in the procedure'}
      </button>
      <div id={id}>{shown && render(chart)}</div>
    </div>
  );
}

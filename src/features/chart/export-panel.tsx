import { useId, useState } from 'react';
import type { ChartModel } from './chart-model';
import type { ChartLayout } from './layout';
import { modelToMermaid } from './mermaid';
import { download, svgToPng, toSvg } from './svg-export';
import type { ChartView } from './view';

// Export: the view as SVG or PNG (drawn from the same layout and marks), and the machine as Mermaid text.

export interface ExportPanelProps {
  model: ChartModel;
  layout?: ChartLayout;
  view: ChartView;
  title: string;
  fileName: string;
}

export function ExportPanel({ model, layout, view, title, fileName }: ExportPanelProps) {
  const id = useId();
  const [mermaid, setMermaid] = useState<string>();
  const [error, setError] = useState<string>();

  const png = async () => {
    if (!layout) return;
    setError(undefined);
    try {
      const longest = Math.max(layout.width, layout.height);
      download(`${fileName}.png`, await svgToPng(toSvg(model, layout, view, title), Math.min(2, 8000 / longest)));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The PNG could not be made');
    }
  };

  return (
    <div className="fd-chart-export">
      <h2 className="govuk-heading-s">Export</h2>
      <div className="govuk-button-group fd-chart-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary fd-chart-small-button"
          disabled={!layout}
          onClick={() => layout && download(`${fileName}.svg`, toSvg(model, layout, view, title), 'image/svg+xml')}
        >
          Download SVG
        </button>
        <button type="button" className="govuk-button govuk-button--secondary fd-chart-small-button" disabled={!layout} onClick={() => void png()}>
          Download PNG
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary fd-chart-small-button"
          aria-expanded={mermaid !== undefined}
          aria-controls={`${id}-mermaid`}
          onClick={() => setMermaid((m) => (m === undefined ? modelToMermaid(model) : undefined))}
        >
          {mermaid === undefined ? 'Show Mermaid text' : 'Hide Mermaid text'}
        </button>
      </div>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <div id={`${id}-mermaid`} hidden={mermaid === undefined}>
        {mermaid !== undefined && (
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s fd-chart-small-label" htmlFor={`${id}-mermaid-text`}>
              Mermaid state diagram
            </label>
            <textarea className="govuk-textarea fd-chart-json" id={`${id}-mermaid-text`} rows={10} readOnly value={mermaid} spellCheck={false} />
            <button
              type="button"
              className="govuk-button govuk-button--secondary fd-chart-small-button"
              onClick={() => download(`${fileName}.mmd`, mermaid, 'text/plain')}
            >
              Download Mermaid
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

import { useEffect, type ReactNode } from 'react';
import { useRecordAttempt, useTrainingScenario } from '../../api/training';
import { navigate } from '../../lib/router';
import { askedIn, rememberAttempt, rememberedAttempt, useCallLog, useIdempotencyKey } from './call-log';
import { CallerPanel } from './caller-panel';
import { HintPanel } from './hint-panel';
import { MODE_NAMES, runSettings, type RunSettings } from './search';
import type { RequestFormSlotProps } from './slots';

// The walk-through of an information-request scenario: the trainee logs the request on the real
// information-request form (passed in by app.tsx) while the requester is on the line. Nothing is logged
// for real: what the trainee entered goes to the server as the attempt, and the machine scores it.

export function RequestRunPage({
  runId,
  renderRequestForm,
  settings = runSettings(),
}: {
  runId: string;
  renderRequestForm?: ((props: RequestFormSlotProps) => ReactNode) | undefined;
  /** From the query string unless given (stories). */
  settings?: RunSettings;
}) {
  const { scenarioId, mode } = settings;
  const scenario = useTrainingScenario(scenarioId);
  const { log, reach, ask } = useCallLog(runId);
  const record = useRecordAttempt();
  const keyFor = useIdempotencyKey();
  const finished = rememberedAttempt(runId);

  useEffect(() => {
    document.title = 'Practice request – Front Door';
    reach('request');
  }, [reach]);

  if (scenario.isPending) return <p className="govuk-body">Loading the practice request…</p>;
  if (scenario.isError || scenario.data.scenario.kind !== 'info-request' || !renderRequestForm) {
    return (
      <>
        <h1 className="govuk-heading-l">This practice request cannot be opened</h1>
        <p className="govuk-body">{scenario.error?.message ?? 'This scenario is not an information request.'}</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/training">
            Choose a scenario
          </a>
        </p>
      </>
    );
  }
  const s = scenario.data.scenario;
  const caption = `Practice request · ${s.title} · ${MODE_NAMES[mode]} mode`;
  if (finished) {
    return (
      <>
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">You have finished this practice request</h1>
        <p className="govuk-body">
          <a className="govuk-link" href={`/training/attempts/${finished}`}>
            See the debrief
          </a>
        </p>
      </>
    );
  }

  const aside = (
    <div className="fd-training-aside">
      {mode === 'guided' && <HintPanel scenario={s} step="request" />}
      <CallerPanel scenario={s} step="request" log={log} onAsk={ask} />
    </div>
  );
  return renderRequestForm({
    caption,
    submitLabel: 'Log the request and see the debrief',
    defaultAuthority: s.authority,
    aside,
    onSubmitValue: async (value) => {
      const input = { kind: 'info-request' as const, requester: value.requester, subject: value.subject, asked: askedIn(log) };
      const attempt = await record.mutateAsync({ scenarioId: s.id, mode, input, key: keyFor(input) });
      rememberAttempt(runId, attempt.id);
      navigate(`/training/attempts/${attempt.id}`);
    },
  });
}

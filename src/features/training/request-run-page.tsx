import { useEffect, type ReactNode } from 'react';
import { useTrainingScenario } from '../../api/training';
import { askedIn, rememberedAttempt, useCallLog } from './call-log';
import { MODE_NAMES, runSettings, type RunSettings } from './search';
import type { RequestFormSlotProps } from './slots';
import { AlreadyFinished, CannotOpen, TrainingAside, useFinishAttempt } from './walk-through';

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
  const finish = useFinishAttempt(runId);
  const finished = rememberedAttempt(runId);

  useEffect(() => {
    document.title = 'Practice request – Front Door';
    reach('request');
  }, [reach]);

  if (scenario.isPending) return <p className="govuk-body">Loading the practice request…</p>;
  if (scenario.isError || scenario.data.scenario.kind !== 'info-request' || !renderRequestForm) {
    return <CannotOpen heading="This practice request cannot be opened">{scenario.error?.message ?? 'This scenario is not an information request.'}</CannotOpen>;
  }
  const s = scenario.data.scenario;
  const caption = `Practice request · ${s.title} · ${MODE_NAMES[mode]} mode`;
  if (finished) return <AlreadyFinished caption={caption} heading="You have finished this practice request" attemptId={finished} />;

  return renderRequestForm({
    caption,
    submitLabel: 'Log the request and see the debrief',
    defaultAuthority: s.authority,
    aside: <TrainingAside scenario={s} mode={mode} step="request" log={log} onAsk={ask} />,
    onSubmitValue: (value) =>
      finish({ scenarioId: s.id, mode, input: { kind: 'info-request' as const, requester: value.requester, subject: value.subject, asked: askedIn(log) } }),
  });
}

import type { TrainingMode } from '../../api/training';

/** The walk-through's settings travel in the query string (?scenario=&mode=), so a reload keeps them. */
export interface RunSettings {
  scenarioId: string;
  mode: TrainingMode;
}

export function runSettings(): RunSettings {
  const params = new URLSearchParams(window.location.search);
  return { scenarioId: params.get('scenario') ?? '', mode: params.get('mode') === 'assessed' ? 'assessed' : 'guided' };
}

export const MODE_NAMES: Record<TrainingMode, string> = { guided: 'Guided', assessed: 'Assessed' };
export const MODE_HINTS: Record<TrainingMode, string> = {
  guided: 'A hint before each step, citing the rules this call teaches.',
  assessed: 'No hints until the debrief at the end.',
};

import { buildChartModel } from './src/features/chart/chart-model';
import { CHART_MACHINES } from './src/features/chart/chart-machines';
import { computeReachability } from './src/features/chart/reachability';
const model = buildChartModel(CHART_MACHINES.contact.machine);
for (const a of ['dorset','hertfordshire','lincolnshire'] as const) { const t0 = performance.now(); computeReachability(model, 'contact', a); console.log(a, Math.round(performance.now()-t0)); }

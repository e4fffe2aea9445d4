import { chromium } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { buildChartModel } from './src/features/chart/chart-model';
import { CHART_MACHINES } from './src/features/chart/chart-machines';
import { toElkGraph } from './src/features/chart/layout';
const base = toElkGraph(buildChartModel(CHART_MACHINES.contact.machine), { collapsed: new Set(), hideNavigation: true });
const variants: Record<string, Record<string, string>> = {
  base: {},
  greedyOff: { 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' },
  t1: { 'elk.layered.thoroughness': '1' },
  noModelOrder: { 'elk.layered.considerModelOrder.strategy': 'NONE' },
  linSeg: { 'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS' },
  combo: { 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF', 'elk.layered.thoroughness': '1' },
};
const worker = readdirSync('dist/assets').find(f => f.startsWith('elk-worker'))!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext(); const page = await ctx.newPage();
await page.goto('http://localhost:4175/robots.txt').catch(() => {});
const graphs = Object.fromEntries(Object.entries(variants).map(([k, v]) => [k, { ...base, layoutOptions: { ...base.layoutOptions, ...v } }]));
const r = await page.evaluate(`(async () => {
  const w = new Worker('/assets/${worker}');
  let id = 0; const pending = new Map();
  w.onmessage = (e) => { const p = pending.get(e.data.id); pending.delete(e.data.id); p(e.data); };
  const call = (msg) => new Promise(res => { const i = id++; pending.set(i, res); w.postMessage({ ...msg, id: i }); });
  await call({ cmd: 'register', algorithms: ['layered'] });
  const graphs = ${JSON.stringify(graphs)};
  for (let i = 0; i < 3; i++) await call({ cmd: 'layout', graph: graphs.base, layoutOptions: {}, options: {} });
  const out = {};
  for (let round = 0; round < 5; round++) for (const [k, g] of Object.entries(graphs)) {
    const t0 = performance.now(); const res = await call({ cmd: 'layout', graph: g, layoutOptions: {}, options: {} });
    (out[k] ??= []).push(performance.now() - t0);
    out[k + ':size'] = [Math.round(res.data.width), Math.round(res.data.height)];
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, k.endsWith(':size') ? v.join('x') : Math.round(v.sort((a,b)=>a-b)[2])]));
})()`);
console.log(JSON.stringify(r));
await browser.close();

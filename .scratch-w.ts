import { chromium } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { buildChartModel } from './src/features/chart/chart-model';
import { CHART_MACHINES } from './src/features/chart/chart-machines';
import { toElkGraph } from './src/features/chart/layout';
const graph = toElkGraph(buildChartModel(CHART_MACHINES.contact.machine), { collapsed: new Set(), hideNavigation: true });
const worker = readdirSync('dist/assets').find(f => f.startsWith('elk-worker'))!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
for (let i = 0; i < 4; i++) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  await page.goto('http://localhost:4175/robots.txt').catch(() => {});
  const r = await page.evaluate(`(async () => {
    const t0 = performance.now();
    const w = new Worker('/assets/${worker}');
    let id = 0; const pending = new Map();
    w.onmessage = (e) => { const p = pending.get(e.data.id); pending.delete(e.data.id); p(e.data); };
    const call = (msg) => new Promise(res => { const i = id++; pending.set(i, res); w.postMessage({ ...msg, id: i }); });
    await call({ cmd: 'register', algorithms: ['layered'] });
    const t1 = performance.now();
    await call({ cmd: 'layout', graph: { id: 'x', children: [{ id: 'a', width: 1, height: 1 }] }, layoutOptions: {}, options: {} });
    const t2 = performance.now();
    const res = await call({ cmd: 'layout', graph: ${JSON.stringify(graph)}, layoutOptions: {}, options: {} });
    const t3 = performance.now();
    await call({ cmd: 'layout', graph: ${JSON.stringify(graph)}, layoutOptions: {}, options: {} });
    const t4 = performance.now();
    return { register: Math.round(t1 - t0), trivial: Math.round(t2 - t1), real: Math.round(t3 - t2), again: Math.round(t4 - t3), err: res.error ? String(res.error) : '' };
  })()`);
  console.log(JSON.stringify(r));
  await ctx.close();
}
await browser.close();

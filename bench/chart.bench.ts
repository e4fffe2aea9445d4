// State chart performance on the production build: the contact chart's layout-and-first-paint for the
// largest profile (cold, in a fresh browser context each time; the default layout is precomputed by ELK,
// checked in), the first collapse (a new layout from ELK in its worker, cold), the time to re-highlight
// after a state change, and the gzip size of the chart's lazy chunks. Prints JSON lines for
// scripts/bench.mjs.
//
// Measures a production build: dist/, or the folder BENCH_DIST (scripts/bench.mjs builds it) or
// CHART_BENCH_DIST names. Serves it with vite preview on port 4174 (CHART_BENCH_PORT to change it; the
// comparison copy on that port + 20) and drives the system Chromium.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { PROFILE_LIST } from '../machines/authorities';
import { chromiumArgs, chromiumExecutablePath } from '../test/support/chromium';

// 4174 unless CHART_BENCH_PORT says otherwise (the e2e suite uses 4173).
const PORT = Number(process.env.CHART_BENCH_PORT ?? 4174);
const BASE = `http://localhost:${PORT}`;
// The comparison copy without precomputed layouts (below); clear of the other benches' ports.
const COMPARE_PORT = PORT + 20;
const root = process.cwd();
const dist = path.join(root, process.env.CHART_BENCH_DIST ?? process.env.BENCH_DIST ?? 'dist');
const COLD_RUNS = 5;
const HIGHLIGHT_ROUNDS = 12;

// In the page: a click on the chart's own transition label, then Undo from the side panel, each timed with
// performance.now from just before the click to the next animation frame, and checked for the new highlight.
const HIGHLIGHT_SCRIPT = String.raw`async function (rounds) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const times = [];
  let misses = 0;
  const step = async (click, expected) => {
    await frame();
    const t0 = performance.now();
    click();
    await frame();
    const t1 = performance.now();
    if (!document.querySelector('.fd-chart-canvas [data-state-id="' + expected + '"][data-active="true"]')) misses++;
    times.push(t1 - t0);
  };
  const undo = () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Undo').click();
  for (let i = 0; i < rounds; i++) {
    await step(() => document.querySelector('.fd-chart-label[data-event="referrer.identified"]').click(), 'intake.children');
    await step(undo, 'intake.referrer');
  }
  return { times, misses };
}`;

interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Absent for a figure reported without a target. */
  target?: string;
  met?: boolean;
  detail: string;
}
const print = (figure: Figure) => console.log(JSON.stringify(figure));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;
const round = (x: number) => Math.round(x * 10) / 10;

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/ has no build. Run `npm run build` first.');
  process.exit(1);
}

// The largest profile: the most rules and checklist questions (Hertfordshire). The drawing is the same
// machine for every authority; the profile changes the greyed branches, the citations and the samples.
const largest = [...PROFILE_LIST].sort((a, b) => b.rules.length + b.checklist.length - (a.rules.length + a.checklist.length))[0]!;

const server = await preview({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { outDir: dist },
  preview: { port: PORT, strictPort: true, host: 'localhost' },
});

// For comparison, the same build with the precomputed layouts taken out: a copy whose layout chunks (each
// JSON file becomes a module exporting its keys, `... as inputHash`) throw when loaded, so every chart is
// laid out by ELK in its worker, as all cold charts were before. Served on COMPARE_PORT. (Blocking the
// chunks with page.route is not enough: the mock backend's service worker fetches past it.)
const layoutChunks = readdirSync(path.join(dist, 'assets')).filter((f) => {
  const text = /\.js$/.test(f) ? readFileSync(path.join(dist, 'assets', f), 'utf8') : '';
  return /\bas inputHash\b/.test(text) && /\bas layout\b/.test(text);
});
const workerOnlyDist = mkdtempSync(path.join(tmpdir(), 'chart-bench-worker-only-'));
cpSync(dist, workerOnlyDist, { recursive: true });
for (const f of layoutChunks) writeFileSync(path.join(workerOnlyDist, 'assets', f), "throw new Error('precomputed layouts removed for the comparison');\n");
const workerOnlyServer = await preview({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { outDir: workerOnlyDist },
  preview: { port: COMPARE_PORT, strictPort: true, host: 'localhost' },
});

let browser: Browser | undefined;
try {
  browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs, headless: true });

  // --- Layout and first paint, cold -----------------------------------------------------------------
  // Each run in a fresh browser context (nothing cached). Alternated with a run against the copy without
  // precomputed layouts (above), so that both see the same machine load, which on this shared machine
  // matters more than anything else.
  interface Cold {
    route: number;
    page: number;
    layout: number;
    precomputed: number;
    fromNavigation: number;
  }
  async function coldRun(workerOnly: boolean): Promise<Cold> {
    const context = await browser!.newContext({ viewport: { width: 1400, height: 1000 } });
    const tab = await context.newPage();
    await tab.goto(`${workerOnly ? `http://localhost:${COMPARE_PORT}` : BASE}/chart/contact/${largest.id}`);
    await tab.locator('.fd-chart-page[data-painted="true"]').waitFor({ timeout: 20_000 });
    const entries = (await tab.evaluate(`(() => {
      const get = (name) => performance.getEntriesByName(name)[0];
      const route = get('fd-chart:route-to-paint');
      return {
        route: route ? route.duration : NaN,
        page: get('fd-chart:layout-and-paint')?.duration ?? NaN,
        layout: get('fd-chart:layout')?.duration ?? NaN,
        precomputed: get('fd-chart:precomputed')?.duration ?? NaN,
        fromNavigation: route ? route.startTime + route.duration : NaN,
      };
    })()`)) as Cold;
    await context.close();
    return entries;
  }
  const fast: Cold[] = [];
  const viaWorker: Cold[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    fast.push(await coldRun(false));
    viaWorker.push(await coldRun(true));
  }
  const pick = (runs: Cold[], key: keyof Cold) => runs.map((r) => r[key]).filter((x) => !Number.isNaN(x));
  const describe = (runs: Cold[]) => {
    const route = pick(runs, 'route');
    const pre = pick(runs, 'precomputed');
    const elk = pick(runs, 'layout');
    return `median of ${runs.length} fresh browser contexts (${route.map(round).join(', ')} ms) from entering the chart route to the first frame with the chart; ${[
      pre.length > 0 ? `layout precomputed by ELK (npm run chart:layouts), its chunk fetched and checked in ${round(median(pre))} ms (${pre.length} runs)` : '',
      elk.length > 0 ? `ELK's worker laid it out in ${round(median(elk))} ms (${elk.length} runs), worker start-up included` : '',
    ]
      .filter(Boolean)
      .join('; ')}; ${round(median(pick(runs, 'page')))} ms from the page's own first render; ${round(median(pick(runs, 'fromNavigation')))} ms from navigation`;
  };
  const fastMedian = median(pick(fast, 'route'));
  print({
    name: `chart layout and first paint (contact, ${largest.name}, cold)`,
    value: round(fastMedian),
    unit: 'ms',
    target: '< 800',
    met: fastMedian < 800 && pick(fast, 'precomputed').length === fast.length,
    detail: describe(fast),
  });
  print({
    name: `chart layout and first paint (contact, ${largest.name}, cold, ELK worker only)`,
    value: round(median(pick(viaWorker, 'route'))),
    unit: 'ms',
    detail: `for comparison, alternated with the runs above: the same build with the precomputed layouts (${layoutChunks.join(', ')}) taken out, so ELK lays the chart out in its worker; ${describe(viaWorker)}`,
  });

  // --- First collapse: ELK in its worker, cold ------------------------------------------------------
  // Collapsing a compound state needs a new layout, which only the worker computes. Clicked as soon as the
  // chart is painted in a fresh context, so this includes whatever is left of the worker's start-up.
  const collapse: number[] = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const tab = await context.newPage();
    await tab.goto(`${BASE}/chart/contact/${largest.id}`);
    await tab.locator('.fd-chart-page[data-painted="true"]').waitFor({ timeout: 20_000 });
    collapse.push(
      (await tab.evaluate(`new Promise((resolve, reject) => {
        const t0 = performance.now();
        document.querySelector('.fd-chart-canvas [data-toggle-state="intake"]').click();
        const poll = () => {
          if (document.querySelector('.fd-chart-canvas [data-toggle-state="intake"][data-open="false"]')) requestAnimationFrame(() => resolve(performance.now() - t0));
          else if (performance.now() - t0 > 15000) reject(new Error('intake never collapsed'));
          else requestAnimationFrame(poll);
        };
        poll();
      })`)) as number,
    );
    await context.close();
  }
  print({
    name: 'chart re-layout on the first collapse (ELK worker, cold)',
    value: round(median(collapse)),
    unit: 'ms',
    detail: `median of ${collapse.length} fresh browser contexts (${collapse.map(round).join(', ')} ms), from clicking Collapse on Intake right after the first paint to the frame with the new layout; the worker is started when the main thread is first idle after that paint`,
  });

  // --- Layout and first paint, repeat visit -----------------------------------------------------------
  // The same browser reloading the chart: every chunk, the precomputed layout's included, is cached.
  const repeat: number[] = [];
  {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const tab = await context.newPage();
    await tab.goto(`${BASE}/chart/contact/${largest.id}`);
    await tab.locator('.fd-chart-page[data-painted="true"]').waitFor({ timeout: 20_000 });
    for (let i = 0; i < 3; i++) {
      await tab.reload();
      await tab.locator('.fd-chart-page[data-painted="true"]').waitFor({ timeout: 20_000 });
      repeat.push((await tab.evaluate(`performance.getEntriesByName('fd-chart:route-to-paint')[0]?.duration ?? NaN`)) as number);
    }
    await context.close();
  }
  print({
    name: `chart layout and first paint (contact, ${largest.name}, repeat visit)`,
    value: round(median(repeat)),
    unit: 'ms',
    target: '< 800',
    met: median(repeat) < 800,
    detail: `median of ${repeat.length} reloads in one browser context (${repeat.map(round).join(', ')} ms); the precomputed layout's chunk comes from the HTTP cache, ELK is not asked`,
  });

  // --- Re-highlight on a state change -----------------------------------------------------------------
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const tab = await context.newPage();
  await tab.goto(`${BASE}/chart/contact/${largest.id}?mode=simulate`);
  await tab.locator('.fd-chart-page[data-painted="true"]').waitFor({ timeout: 20_000 });
  // Settled first: ELK's worker is fetched and started once the page is idle after the first paint (for a
  // later collapse); that one-off start-up is not what a state change costs.
  await tab.waitForLoadState('networkidle');
  // Passed as source text: tsx would otherwise wrap the function's inner helpers in its own __name(),
  // which does not exist in the page.
  const highlight = (await tab.evaluate(`(${HIGHLIGHT_SCRIPT})(${HIGHLIGHT_ROUNDS})`)) as { times: number[]; misses: number };
  await context.close();
  const highlightMedian = median(highlight.times);
  print({
    name: 'chart re-highlight on a state change',
    value: round(highlightMedian),
    unit: 'ms',
    target: '< 50',
    met: highlightMedian < 50 && highlight.misses === 0,
    detail: `median of ${highlight.times.length} state changes in simulate mode (p95 ${round(percentile(highlight.times, 95))} ms, max ${round(Math.max(...highlight.times))} ms), performance.now from the click to the next requestAnimationFrame${highlight.misses ? `; ${highlight.misses} without the new highlight by then` : ''}`,
  });
} finally {
  await browser?.close();
  await server.close();
  await workerOnlyServer.close();
  rmSync(workerOnlyDist, { recursive: true, force: true });
}

// --- The chart's lazy chunk -----------------------------------------------------------------------------
const assets = readdirSync(path.join(dist, 'assets'));
const gz = (file: string) => gzipSync(readFileSync(path.join(dist, 'assets', file))).length;
// The chart's lazy chunks: everything the chart route loads that the app's first load does not. Found by
// following the imports between the built files: static ones from the main entry (the first load), static
// and dynamic ones from the chart route's entry.
const read = (file: string) => readFileSync(path.join(dist, 'assets', file), 'utf8');
const staticImports = (file: string) => [...read(file).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
const dynamicImports = (file: string) => [
  ...[...read(file).matchAll(/"assets\/([^"]+\.js)"/g)].map((m) => m[1]!),
  // import(`./x.js`): a dynamic import without preloads (the precomputed layouts' JSON chunks).
  ...[...read(file).matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)].map((m) => m[1]!),
];
function closure(start: string[], follow: (file: string) => string[], stopAt: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    // A chunk of the first load is already there, and what it loads lazily is not the chart's.
    if (seen.has(file) || !assets.includes(file) || stopAt.has(file)) continue;
    seen.add(file);
    queue.push(...follow(file));
  }
  return seen;
}
const main = assets.filter((f) => /^index-.*\.js$/.test(f));
const firstLoad = closure(main, staticImports);
const entry = assets.filter((f) => /^chart-page-.*\.js$/.test(f));
const chunks = [...closure(entry, (f) => [...staticImports(f), ...dynamicImports(f)], firstLoad)].filter((f) => !/^elk-worker/.test(f));
const css = assets.find((f) => /^chart-.*\.css$/.test(f));
const worker = assets.find((f) => /^elk-worker.*\.js$/.test(f));
const mainHasChart = [...firstLoad].some((f) => /react-flow__|workerFactory|fd-chart-/.test(read(f)));
if (chunks.length === 0) {
  console.error('No chart chunk in dist/assets: is the chart route lazy?');
  process.exit(1);
}
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const total = kb(chunks.reduce((sum, f) => sum + gz(f), 0));
print({
  name: 'chart chunk size (gzip)',
  value: total,
  unit: 'KiB',
  target: '<= 100',
  met: total <= 100 && !mainHasChart,
  detail: `${chunks.map((f) => `${f} ${kb(gz(f))} KiB`).join(' + ')} (React Flow, ELK's client, the chart feature and its precomputed layouts); also ${css ? `${css} ${kb(gz(css))} KiB` : 'no CSS chunk'}, ELK worker ${worker ? `${kb(gz(worker))} KiB` : 'missing'} fetched on entering the chart only; first load (${[...firstLoad].join(', ')}) ${mainHasChart ? 'CONTAINS chart code' : 'has no chart code'}`,
});

// The call handler's first minute, on the production build in headless Chromium:
// - JS loaded before the first question is interactive, gzip, split into the app and the mock backend (by the
//   source modules in each chunk the page actually fetched; target: app under 150 KB);
// - time from navigation to the first question being interactive, against a static HTML page with the same
//   first question, measured in the same run (the ratio is the price of the single-page app + mock backend);
// - Continue-to-next-step latency over many steps of the wizard (target p95 under 50 ms).
// Prints JSON lines for scripts/bench.mjs, which builds first (BENCH_DIST, with <dist>/.vite/modules.json).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { dist, launchChromium, median, percentile, print, servePreview } from './support';

const PORT = Number(process.env.BENCH_APP_PORT ?? 4176);
const BASE = `http://localhost:${PORT}`;
const COLD_RUNS = 7;
const WARM_RUNS = 7;
const CONTINUE_CYCLES = 15;
/** The first question: the start page's "Which authority is the contact for?" radios. */
const FIRST_QUESTION = 'input[type="radio"][name="authority"]';
const STATIC_PATH = '/__bench/first-question.html';

// In the page (a string, so no bundler helper names leak in). Answers every intake page on the first round,
// then uses Back to return to the first page and times each Continue.
const CONTINUE_SCRIPT = String.raw`async (cycles) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const heading = () => (document.querySelector('h1') || {}).textContent || '';
  const click = (selector) => { const el = document.querySelector(selector); if (!el) throw new Error('missing ' + selector); el.click(); };
  const button = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
  const waitForChange = async (before) => {
    for (let i = 0; i < 600; i++) { await frame(); if (heading() !== before) return; }
    throw new Error('the page did not change from ' + before);
  };
  const answers = {
    'Who is making the contact?': () => { click('input[name="type"][value="public"]'); click('input[name="requestsAnonymity"][value="no"]'); click('input[name="relaysThirdParty"][value="no"]'); },
    'Which children is the contact about?': () => click('input[name="children.0.caseStatus"][value="unknown"]'),
    'What is the concern?': () => {
      for (const name of ['immediateDanger', 'crimeSuspected', 'harmByAnotherChild', 'allegationAgainstWorker']) click('input[name="' + name + '"][value="no"]');
      click('input[name="significantHarm"][value="yes"]');
    },
    'What do the parents know about this contact?': () => click('input[name="state"][value="informed-agreed"]'),
  };
  const times = [];
  const pages = [];
  for (let round = 0; round < cycles; round++) {
    for (let step = 0; step < 4; step++) {
      const before = heading();
      if (round === 0) answers[before]();
      await frame();
      const t0 = performance.now();
      button('Continue').click();
      await waitForChange(before);
      times.push(performance.now() - t0);
      pages.push(before);
    }
    // Back to the first page for the next round (not timed).
    for (let step = 0; step < 4; step++) {
      const before = heading();
      button('Back').click();
      await waitForChange(before);
    }
  }
  return { times, pages };
}`;

const mapFile = path.join(dist, '.vite', 'modules.json');
if (!existsSync(path.join(dist, 'index.html')) || !existsSync(mapFile)) {
  console.error(`${dist} has no build with a module map: run \`npm run bench\` (it builds first).`);
  process.exit(1);
}

interface ModuleMap {
  chunks: Record<string, { isEntry: boolean; modules: Record<string, number> }>;
  graph: Record<string, { imports: string[]; dynamic: string[] }>;
}
const map = JSON.parse(readFileSync(mapFile, 'utf8')) as ModuleMap;

/**
 * The mock backend's modules: everything not statically reachable from the app's entry except through
 * mocks/. What the first screen itself needs (react, zod, the authority profiles) counts as the app's, even
 * where the mock uses it too; what is there only because the mock backend replays contacts (the contact
 * machine, the rule catalogue) counts as the mock's.
 */
function mockModules(): Set<string> {
  const isMock = (id: string) => id.includes(`${path.sep}mocks${path.sep}`) || id.includes('/mocks/');
  // Static imports only: a module the app reaches only through a lazy import (the wizard's machines) but
  // that is fetched before the first question is there because the mock backend needs it.

  const entryChunk = Object.values(map.chunks).find((c) => c.isEntry);
  const entry = Object.keys(entryChunk?.modules ?? {}).find((id) => id.endsWith('src/main.tsx'));
  if (!entry) throw new Error('src/main.tsx is not in the entry chunk');
  const app = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (app.has(id) || isMock(id)) continue;
    app.add(id);
    const node = map.graph[id];
    if (node) stack.push(...node.imports);
  }
  return new Set(Object.keys(map.graph).filter((id) => !app.has(id)));
}
const mock = mockModules();

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A fetched JS file's gzip bytes, split between app and mock backend in proportion to their modules' gzip weight. */
function attribute(urlPath: string): { app: number; mock: number } {
  const file = path.join(dist, urlPath);
  if (!existsSync(file)) return { app: 0, mock: 0 };
  const bytes = gzip(file);
  if (urlPath === '/mockServiceWorker.js') return { app: 0, mock: bytes };
  const chunk = map.chunks[urlPath.replace(/^\//, '')];
  if (!chunk) return { app: bytes, mock: 0 };
  let mockLength = 0;
  let total = 0;
  for (const [id, length] of Object.entries(chunk.modules)) {
    total += length;
    if (mock.has(id)) mockLength += length;
  }
  const share = total === 0 ? 0 : mockLength / total;
  return { app: Math.round(bytes * (1 - share)), mock: Math.round(bytes * share) };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const ms = (x: number) => Math.round(x);

// Runs in the page before any of its scripts: notes when the first question's radio first exists in the DOM.
// In the app React has attached its handlers by the time it commits the element, so from then on it works.
const WATCH_FIRST_QUESTION = `
  window.__name = (fn) => fn;
  (() => {
    const look = () => {
      if (window.__firstQuestion === undefined && document.querySelector('${FIRST_QUESTION}')) {
        window.__firstQuestion = performance.now();
      }
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true });
    document.addEventListener('DOMContentLoaded', look);
  })();
`;

async function timeFirstQuestion(context: BrowserContext, url: string): Promise<{ ms: number; scripts: string[] }> {
  const page = await context.newPage();
  const scripts: string[] = [];
  const onResponse = (response: { url: () => string }) => {
    const u = new URL(response.url());
    if (u.origin === BASE && u.pathname.endsWith('.js')) scripts.push(u.pathname);
  };
  context.on('response', onResponse);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __firstQuestion?: number }).__firstQuestion !== undefined, undefined, { timeout: 30_000 });
  const at = await page.evaluate(() => (window as unknown as { __firstQuestion: number }).__firstQuestion);
  context.off('response', onResponse);
  // Sanity: the radio really is interactive.
  await page.locator(FIRST_QUESTION).first().check();
  await page.close();
  return { ms: at, scripts: [...new Set(scripts)] };
}

const server = await servePreview(dist, PORT);
let browser: Browser | undefined;

try {
  browser = await launchChromium();
  const version = browser.version();

  // The static page: the first question exactly as the app renders it, with the same stylesheet and no script.
  const capture = await browser.newContext();
  await capture.addInitScript(WATCH_FIRST_QUESTION);
  const capturePage = await capture.newPage();
  await capturePage.goto(`${BASE}/contacts/new`);
  await capturePage.locator(FIRST_QUESTION).first().waitFor();
  const staticHtml = await capturePage.evaluate(() => {
    const doc = document.documentElement.cloneNode(true) as HTMLElement;
    doc.querySelectorAll('script, link[rel="modulepreload"]').forEach((el) => el.remove());
    return `<!doctype html>\n${doc.outerHTML}`;
  });
  await capture.close();
  const serveStatic = async (context: BrowserContext) => {
    await context.route(`${BASE}${STATIC_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: staticHtml }));
  };

  // Cold: a new browser context each time (no cache, no service worker yet), app and static page alternately.
  const cold = { app: [] as number[], static: [] as number[] };
  const warm = { app: [] as number[], static: [] as number[] };
  let firstLoadScripts: string[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const kind of ['app', 'static'] as const) {
      const context = await browser.newContext();
      await context.addInitScript(WATCH_FIRST_QUESTION);
      await serveStatic(context);
      const url = kind === 'app' ? `${BASE}/contacts/new` : `${BASE}${STATIC_PATH}`;
      const result = await timeFirstQuestion(context, url);
      cold[kind].push(result.ms);
      if (kind === 'app' && run === 0) firstLoadScripts = result.scripts;
      // Warm: the same context again (cached files, mock service worker installed): a call handler's next visit.
      if (run < WARM_RUNS) warm[kind].push((await timeFirstQuestion(context, url)).ms);
      await context.close();
    }
  }

  // JS before the first question, from the requests the page really made.
  let app = 0;
  let mockBytes = 0;
  const perFile: string[] = [];
  for (const script of firstLoadScripts) {
    const part = attribute(script);
    app += part.app;
    mockBytes += part.mock;
    perFile.push(`${script.replace('/assets/', '')} ${kb(part.app + part.mock)}${part.mock > 0 && part.app > 0 ? ` (mock ${kb(part.mock)})` : part.mock > 0 ? ' (mock)' : ''}`);
  }
  print({
    name: 'JS before the first question: app (gzip)',
    value: kb(app),
    unit: 'KB',
    target: '< 150 KB',
    met: app < 150 * 1024,
    detail: `${firstLoadScripts.length} JS files fetched before "Which authority" was interactive on /contacts/new: ${perFile.join(', ')}; gzip -9 of the built files; a chunk holding both is split by the gzip size of each module's code`,
    chromium: version,
  });
  print({
    name: 'JS before the first question: mock backend (gzip)',
    value: kb(mockBytes),
    unit: 'KB',
    detail: 'MSW, its service worker script and mocks/ (handlers, store, seed); modules reachable from src/main.tsx only through mocks/. Would not ship with a real backend.',
  });

  const ratio = median(cold.app) / median(cold.static);
  print({
    name: 'first question interactive: app, cold',
    value: ms(median(cold.app)),
    unit: 'ms',
    detail: `median of ${cold.app.length} fresh contexts (no cache, mock service worker installed on the way), navigation start to the authority radios in the DOM with handlers attached; runs ${cold.app.map(ms).join(' ')} ms`,
  });
  print({
    name: 'first question interactive: static HTML, cold',
    value: ms(median(cold.static)),
    unit: 'ms',
    detail: `the same first question as a static page (same CSS, no script), same server, same run; runs ${cold.static.map(ms).join(' ')} ms`,
  });
  print({
    name: 'first question interactive: app / static (cold)',
    value: Math.round(ratio * 10) / 10,
    unit: 'x',
    detail: `warm (second visit, cached, worker installed): app ${ms(median(warm.app))} ms vs static ${ms(median(warm.static))} ms = ${(median(warm.app) / median(warm.static)).toFixed(1)}x`,
  });

  // Continue latency: the wizard's four intake steps answered, then Back to the start and Continue through them
  // again with the answers kept; each Continue timed from the click to the first frame showing the next heading.
  const context = await browser.newContext();
  await context.addInitScript('window.__name = (fn) => fn;');
  const page = await context.newPage();
  await page.goto(`${BASE}/contacts/new`);
  await page.locator(FIRST_QUESTION).first().waitFor();
  await page.locator(`${FIRST_QUESTION}[value="dorset"]`).check();
  await page.locator('input[name="channel"][value="phone"]').check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Who is making the contact?' }).waitFor();
  const samples = (await page.evaluate(`(${CONTINUE_SCRIPT})(${CONTINUE_CYCLES})`)) as { times: number[]; pages: string[] };
  await context.close();
  const p50 = percentile(samples.times, 50);
  const p95 = percentile(samples.times, 95);
  print({
    name: 'Continue to next step (p95)',
    value: ms(p95),
    unit: 'ms',
    target: '< 50 ms',
    met: p95 < 50,
    detail: `p50 ${ms(p50)} ms, worst ${ms(Math.max(...samples.times))} ms over ${samples.times.length} Continues (referrer, children, concern, parents pages, ${CONTINUE_CYCLES} rounds; autosave to the mock backend running alongside); click to the first animation frame with the next page's heading`,
  });
} finally {
  await browser?.close();
  await server.close();
}

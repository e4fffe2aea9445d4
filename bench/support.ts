// What the browser benchmarks share: the production build served by vite preview on a port of their own,
// headless Chromium, and the figures they print (one JSON line each, read by scripts/bench.mjs).
// Not a *.bench.ts file, so scripts/bench.mjs does not run it as a benchmark.
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { chromiumArgs, chromiumExecutablePath } from '../test/support/chromium';

export const root = process.cwd();
/** BENCH_DIST: the folder scripts/bench.mjs built into (dist/ unless told otherwise). */
export const dist = path.join(root, process.env.BENCH_DIST ?? 'dist');

/** Serves a build folder as `vite preview` does, with no config file (static files need none). */
export const servePreview = (outDir: string, port: number) =>
  preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: 'localhost' },
  });

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs, headless: true });

export interface Figure {
  name: string;
  value: number | string;
  unit: string;
  target?: string;
  met?: boolean;
  detail: string;
  chromium?: string;
}
export const print = (figure: Figure) => console.log(JSON.stringify(figure));

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
export const percentile = (xs: readonly number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))] ?? NaN;
export const median = (xs: readonly number[]) => percentile(xs, 50);

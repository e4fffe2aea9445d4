import ELK from 'elkjs/lib/elk-api.js';
// The worker script is shipped as it is (a classic worker that registers its own onmessage), fingerprinted
// into dist/assets by Vite. It is fetched only when a chart is about to be drawn, never by the wizard.
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

let elk: InstanceType<typeof ELK> | undefined;

/**
 * ELK running in a web worker, created once per page. Only the layered algorithm is registered:
 * initialising the others costs time on every cold start.
 */
export function startElk(): InstanceType<typeof ELK> | undefined {
  if (typeof Worker === 'undefined') return undefined;
  elk ??= new ELK({ algorithms: ['layered'], workerFactory: () => new Worker(elkWorkerUrl, { name: 'elk-layout' }) });
  return elk;
}

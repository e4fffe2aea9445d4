import ELK from 'elkjs/lib/elk.bundled.js';
import type { ReactNode } from 'react';
import type { LayoutEngine } from '../../src/features/chart/layout';
import { LayoutEngineContext } from '../../src/features/chart/use-chart';

// Shared by the chart component tests: ELK in-process instead of in a worker (jsdom has no Worker),
// and the browser APIs React Flow measures with, which jsdom lacks.

const elk = new ELK({ algorithms: ['layered'] });
export const inProcessEngine: LayoutEngine = { layout: (graph) => elk.layout(graph) };

export function WithEngine({ children }: { children: ReactNode }) {
  return <LayoutEngineContext.Provider value={inProcessEngine}>{children}</LayoutEngineContext.Provider>;
}

export function installReactFlowDomStubs() {
  class ResizeObserverStub {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  class DOMMatrixReadOnlyStub {
    m22: number;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([0-9.]+)\)/)?.[1];
      this.m22 = scale !== undefined ? Number(scale) : 1;
    }
  }
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
  (globalThis as { DOMMatrixReadOnly?: unknown }).DOMMatrixReadOnly ??= DOMMatrixReadOnlyStub;
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { configurable: true, get() { return parseFloat((this as HTMLElement).style.height) || 100; } },
    offsetWidth: { configurable: true, get() { return parseFloat((this as HTMLElement).style.width) || 100; } },
  });
  (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
}

import { useEffect, useSyncExternalStore, type ReactNode } from 'react';

// A deliberately tiny pathname router. The app has a handful of top-level screens, and within a
// procedure the state machine, not the URL, decides what comes next, so a routing library would
// mostly be unused surface.

const NAVIGATE_EVENT = 'frontdoor:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(to: string) {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

/**
 * Turns clicks on ordinary same-origin links into history navigation, so shared components can use
 * plain <a href> and stay ignorant of the router. Links to a fragment of the current page (the skip
 * link, error summary links), new tabs, downloads and modified clicks keep the browser's behaviour.
 */
export function useLinkInterception() {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a') : null;
      if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      const samePage = url.pathname === window.location.pathname && url.search === window.location.search;
      if (samePage && url.hash) return;
      event.preventDefault();
      navigate(url.pathname + url.search + url.hash);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}

/** Paths may hold `:name` segments, e.g. '/contacts/:id'; exact paths win over patterns. */
export type RouteTable = Record<string, (params: Record<string, string>) => ReactNode>;

export function matchRoute(routes: RouteTable, pathname: string): { render: RouteTable[string]; params: Record<string, string> } | undefined {
  const exact = routes[pathname];
  if (exact) return { render: exact, params: {} };
  const parts = pathname.split('/');
  for (const [pattern, render] of Object.entries(routes)) {
    const segments = pattern.split('/');
    if (segments.length !== parts.length || !pattern.includes(':')) continue;
    const params: Record<string, string> = {};
    const ok = segments.every((segment, i) => {
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(parts[i] ?? '');
        return (parts[i] ?? '') !== '';
      }
      return segment === parts[i];
    });
    if (ok) return { render, params };
  }
  return undefined;
}

export function Routes({ routes, notFound }: { routes: RouteTable; notFound: () => ReactNode }) {
  const pathname = usePathname();
  const match = matchRoute(routes, pathname);
  return match ? match.render(match.params) : notFound();
}

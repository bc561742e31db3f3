// A small history-API router: the path picks the view, the query string holds its state (so any
// view can be shared by URL). Links are real <a href>s; plain left clicks are handled in-app.
import type { ComponentChildren, TargetedMouseEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  path: string;
  query: URLSearchParams;
}

const CHANGE = 'sidelines:navigate';

export function currentRoute(): Route {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

/** Goes to an in-app URL ('/dossier/VNM?x=1'); `replace` keeps the history entry. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = (): void => setRoute(currentRoute());
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return route;
}

/** Parameters of `pattern` ('/dossier/:party') in `path`, decoded, or null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (path === '/' && pattern === '/') return {};
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) {
      if (!g) return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
}

/** A query string from the non-empty values, e.g. href('/', {party: 'VNM'}) → '/?party=VNM'. */
export function href(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

interface AnchorProps {
  href: string;
  children?: ComponentChildren;
  class?: string;
  title?: string;
  'aria-label'?: string;
  'aria-current'?: 'page' | 'true';
  onClick?: (e: TargetedMouseEvent<HTMLAnchorElement>) => void;
}

export function Link({ href: to, children, onClick, ...rest }: AnchorProps) {
  const click = (e: TargetedMouseEvent<HTMLAnchorElement>): void => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={click} {...rest}>
      {children}
    </a>
  );
}

export const DEFAULT_GRAPH_PATH = './graph.json';

/**
 * The graph to load: ./graph.json, or a same-origin relative path given as `?graph=`
 * (benchmarks load generated graphs this way). Anything that could reach another origin
 * or leave the site folder is refused with a reason.
 */
export function graphSourceFromSearch(search: string): { ok: true; path: string } | { ok: false; path: string; reason: string } {
  const value = new URLSearchParams(search).get('graph');
  if (value === null) return { ok: true, path: DEFAULT_GRAPH_PATH };
  const reason = refuseGraphPath(value);
  return reason ? { ok: false, path: value, reason } : { ok: true, path: value.startsWith('./') ? value : `./${value}` };
}

function refuseGraphPath(value: string): string | null {
  if (!value.endsWith('.json')) return 'the graph parameter must name a .json file';
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//') || value.startsWith('/') || value.includes('\\')) {
    return 'the graph parameter must be a relative path on this site (no scheme, host or leading slash)';
  }
  if (value.split('/').some((segment) => segment === '..')) return 'the graph parameter must not leave the site folder (no "..")';
  if (!/^[\w./-]+$/.test(value)) return 'the graph parameter may only contain letters, digits, "_", "-", "." and "/"';
  return null;
}

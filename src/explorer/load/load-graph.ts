import { parseGraphText, validateGraphFile, type Graph } from '../../graph-format/index.ts';
import { readGraphText } from './read-graph-text.ts';

export interface LoadHooks {
  onOverview?: (overview: unknown) => void;
  onParsed?: (data: unknown) => Promise<void> | void;
}

export type GraphLoadResult = { ok: true; graph: Graph } | { ok: false; title: string; errors: string[] };

/**
 * Fetches and validates a graph; every failure comes back as a readable result, never a throw.
 * `shownPath` is how the graph is named in messages (the URL may have been made absolute).
 * `hooks` see parts of the file before it is decoded and validated, for a first picture (see
 * preview.ts): the overview at its head as soon as it has arrived, the parsed JSON; the result
 * is still only ever a validated graph.
 */
export async function loadGraph(url: string, fetcher: typeof fetch = fetch, shownPath = url, hooks: LoadHooks = {}): Promise<GraphLoadResult> {
  const path = shownPath;
  let response: Response;
  try {
    response = await fetcher(url, { cache: 'no-cache' });
  } catch (error) {
    return { ok: false, title: 'The graph file could not be fetched', errors: [String((error as Error).message ?? error)] };
  }
  if (!response.ok) {
    return {
      ok: false, title: response.status === 404 ? 'The graph file was not found' : 'The graph file could not be fetched',
      errors: [`HTTP ${response.status} ${response.statusText} for ${path}`.trim()],
    };
  }
  const text = hooks.onOverview ? await readGraphText(response, hooks.onOverview) : await response.text();
  const type = response.headers.get('content-type') ?? '';
  // Dev servers answer unknown paths with the app's HTML page instead of a 404.
  if (type.includes('text/html') || /^\s*</.test(text)) {
    return { ok: false, title: 'The graph file was not found', errors: [`${path} returned an HTML page, not graph JSON`] };
  }
  const parsed = parseGraphText(text);
  if (parsed.ok && hooks.onParsed) await hooks.onParsed(parsed.data);
  const result = parsed.ok ? validateGraphFile(parsed.data) : parsed;
  return result.ok ? result : { ok: false, title: 'The graph file is not a valid Silkmap graph', errors: result.errors };
}

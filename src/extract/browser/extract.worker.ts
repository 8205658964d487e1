/**
 * Runs the extractor — the same code as the CLI — off the main thread. compromise and the
 * lexicons are only loaded here, so the page pays for them only when a user brings files.
 * One of a pool (pool.ts): it analyses the files it is given one at a time, and one of the
 * workers then assembles the graph from every analysis (handle-message.ts).
 */
/// <reference lib="webworker" />
import { serve } from '../../workers/messages.ts';
import { webWorkerScope } from '../../workers/web.ts';
import { handleMessage } from './handle-message.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

serve<ToWorker, FromWorker>(webWorkerScope(self as unknown as DedicatedWorkerGlobalScope), handleMessage);

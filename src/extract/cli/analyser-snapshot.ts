/**
 * The per-document step as a V8 start-up snapshot (scripts/build-cli.mjs builds
 * dist-cli/analyser.blob from this file with `node --build-snapshot`): importing compromise
 * builds its lexicon and taggers, about 0.8 s of CPU, which on a small corpus is a large
 * part of the whole run. Started from the snapshot, a process has all of that (and the
 * extractor's lexicon index) already made, in ~0.1 s.
 *
 * The CLI starts it as a child process (snapshot-process.ts) where it would otherwise analyse
 * in its own thread, and as each of the pool's workers (a worker thread cannot start from a
 * snapshot). Messages over the IPC channel (SnapshotRequest, SnapshotReply): where the cache
 * is, then documents, each answered with its analysis as UTF-8 JSON (written to the cache
 * here, as the pool's threads do), then this process's CPU and memory.
 */
import { startupSnapshot } from 'node:v8';
import { analyseDocument } from '../analyse-document.ts';
import { extractorLexicon } from '../index.ts';
import { tagSentences } from '../sentence-tags.ts';
import { FileDocumentCache } from './cache.ts';
import type { SnapshotReply, SnapshotRequest } from './snapshot-process.ts';

/**
 * Tagged once while the snapshot is made, so compromise's lazily built matchers are in it too.
 * (Not a whole analysis: V8 cannot serialise the native code of some of our regular
 * expressions once they have run, and aborts.)
 */
const WARM_UP = ['The Ministry of Foreign Affairs of Kazakhstan said on Monday that President Xi Jinping met Prime Minister Ana Brnabić in Astana.'];

function serve(): void {
  if (!process.send) {
    process.stderr.write('analyser snapshot: started without an IPC channel (the extract CLI starts it)\n');
    process.exitCode = 1;
    return;
  }
  const send = (reply: SnapshotReply): void => {
    // The CLI has gone (killed): nobody wants the rest.
    if (!process.connected) process.exit(1);
    process.send!(reply);
  };
  const lexicon = extractorLexicon();
  const encoder = new TextEncoder();
  let cache: FileDocumentCache | undefined;
  let failed = false;
  // Requests come one message at a time and are handled in order: the IPC channel keeps them.
  process.on('message', (request: SnapshotRequest) => {
    if (request.type === 'start') {
      if (request.cache) cache = new FileDocumentCache(request.cache.folder, request.cache.version, false);
    } else if (request.type === 'analyse') {
      if (failed) return;
      try {
        const json = JSON.stringify(analyseDocument(request.bytes, request.path, lexicon));
        if (cache && request.key !== undefined) cache.setJson(request.key, json);
        send({ type: 'analysed', id: request.id, json: encoder.encode(json) });
      } catch (error) {
        failed = true;
        send({ type: 'failed', reason: `${request.path}: ${(error as Error).message}` });
      }
    } else {
      const usage = process.resourceUsage();
      const finished: SnapshotReply = { type: 'finished', resources: { userSeconds: usage.userCPUTime / 1e6, systemSeconds: usage.systemCPUTime / 1e6, maxRssMb: usage.maxRSS / 1024 } };
      // Disconnected only once the last message is written: disconnecting at once can drop the replies still queued.
      process.send!(finished, undefined, {}, () => process.disconnect());
    }
  });
}

if (startupSnapshot.isBuildingSnapshot()) {
  extractorLexicon();
  tagSentences(WARM_UP);
  startupSnapshot.setDeserializeMainFunction(serve);
} else {
  serve();
}

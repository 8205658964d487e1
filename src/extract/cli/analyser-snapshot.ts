/**
 * The per-document step as a V8 start-up snapshot (scripts/build-cli.mjs builds
 * dist-cli/analyser.blob from this file with `node --build-snapshot`): importing compromise
 * builds its lexicon and taggers, about 0.8 s of CPU, which on a small corpus is a large
 * part of the whole run. Started from the snapshot, a process has all of that (and the
 * extractor's lexicon index) already made, in ~0.1 s.
 *
 * The CLI starts it as a child process (snapshot-process.ts) when it would otherwise analyse
 * in its own thread; the pool's worker threads cannot start from a snapshot. Messages over
 * the IPC channel: the tasks in, one reply per document (the analysis as JSON, what the
 * cache stores), then this process's CPU and memory.
 */
import { startupSnapshot } from 'node:v8';
import { analyseDocument } from '../analyse-document.ts';
import { extractorLexicon } from '../index.ts';
import { tagSentences } from '../sentence-tags.ts';
import type { SnapshotReply, SnapshotRequest } from './snapshot-process.ts';

/**
 * Tagged once while the snapshot is made, so compromise's lazily built matchers are in it too.
 * (Not a whole analysis: V8 cannot serialise the native code of some of our regular
 * expressions once they have run, and aborts.)
 */
const WARM_UP = ['The Ministry of Foreign Affairs of Kazakhstan said on Monday that President Xi Jinping met Prime Minister Ana Brnabić in Astana.'];

function serve(): void {
  const send = (reply: SnapshotReply): void => {
    // The CLI has gone (killed): nobody wants the rest.
    if (!process.connected) process.exit(1);
    process.send!(reply);
  };
  if (!process.send) {
    process.stderr.write('analyser snapshot: started without an IPC channel (the extract CLI starts it)\n');
    process.exitCode = 1;
    return;
  }
  process.once('message', (message: SnapshotRequest) => {
    const lexicon = extractorLexicon();
    for (const task of message.tasks) {
      try {
        send({ type: 'analysed', index: task.index, json: JSON.stringify(analyseDocument(task.bytes, task.path, lexicon)) });
      } catch (error) {
        send({ type: 'failed', reason: `${task.path}: ${(error as Error).message}` });
        break;
      }
    }
    const usage = process.resourceUsage();
    const finished: SnapshotReply = { type: 'finished', userSeconds: usage.userCPUTime / 1e6, systemSeconds: usage.systemCPUTime / 1e6, maxRssMb: usage.maxRSS / 1024 };
    // Disconnected only once the last message is written: disconnecting at once can drop the replies still queued.
    process.send!(finished, undefined, {}, () => process.disconnect());
  });
}

if (startupSnapshot.isBuildingSnapshot()) {
  extractorLexicon();
  tagSentences(WARM_UP);
  startupSnapshot.setDeserializeMainFunction(serve);
} else {
  serve();
}

/**
 * A relation worker thread of the CLI (relate-pool.ts): classifies the pairs of each sentence
 * it is sent, with the same code the assembling thread would run (relate/sentence-pairs.ts).
 * Loads only the relation classifier (rules, cue tables, the learned model), not compromise:
 * the parses were made in the per-document step and come packed.
 */
import { parentPort } from 'node:worker_threads';
import { relateSentencePairs, relationCues } from '../relate/index.ts';
import { serve } from '../../workers/messages.ts';
import type { RelateReply, RelateRequest } from './pool-messages.ts';
import { threadScope } from './thread-port.ts';

const port = parentPort;
if (!port) throw new Error('relate-worker.ts runs only as a worker thread');
const cues = relationCues();

serve<RelateRequest, RelateReply>(threadScope(port), (request, reply) => {
  reply({ type: 'related', id: request.id, relations: request.sentences.map((sentence) => relateSentencePairs(sentence, cues)) });
});

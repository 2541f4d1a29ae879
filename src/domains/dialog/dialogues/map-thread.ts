import { parentPort } from 'node:worker_threads';
import type { Conversation } from '../../../engines/opinion/types.ts';
import { computeMap } from './opinion-map.ts';

// The opinion engine in a thread of its own (see off-thread.ts): a map of a large dialogue takes
// seconds of CPU, which on the main thread would hold up every request of the process.
parentPort?.on('message', (message: { id: number; conversation: Conversation }) => {
  try {
    parentPort?.postMessage({ id: message.id, map: computeMap(message.conversation) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: String(error) });
  }
});

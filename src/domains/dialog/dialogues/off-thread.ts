import { Worker } from 'node:worker_threads';
import type { Conversation } from '../../../engines/opinion/types.ts';
import type { DialogueMap } from './opinion-map.ts';

type Pending = { resolve: (map: DialogueMap) => void; reject: (error: Error) => void };

/**
 * Computes opinion maps in one worker thread, started on first use and kept: the engine's seconds
 * of work on a large dialogue leave the process's requests alone. The conversation's typed arrays
 * are moved to the thread, not copied. From the sources (tsx) the thread loads the TypeScript
 * file through tsx too; from the bundle it loads `map-thread.js` next to it.
 */
export class MapThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  compute(conversation: Conversation): Promise<DialogueMap> {
    const worker = this.started();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const { participant, statement, value } = conversation.votes;
      const moved = [participant.buffer, statement.buffer, value.buffer] as ArrayBuffer[];
      worker.postMessage({ id, conversation }, moved);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const fromSource = import.meta.url.endsWith('.ts');
    const file = new URL(fromSource ? './map-thread.ts' : './map-thread.js', import.meta.url);
    // From the sources, the thread registers tsx before it loads the TypeScript file.
    const worker = fromSource
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`,
          { eval: true },
        )
      : new Worker(file);
    worker.unref();
    worker.on('message', (m: { id: number; map?: DialogueMap; error?: string }) => {
      const waiting = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.map) waiting?.resolve(m.map);
      else waiting?.reject(new Error(m.error ?? 'the map thread failed'));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error('the map thread stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error) {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

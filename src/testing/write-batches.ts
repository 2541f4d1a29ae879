import { changedTables, type RowsHash } from './rows-hash.ts';

/** One request of a sweep, with a label that names it in a failure. */
export type Probe = { label: string; send: () => Promise<Response> };

/** What came back, read once. */
export type Seen = {
  label: string;
  status: number;
  type: string;
  location: string;
  text: string;
};

async function read(probe: Probe): Promise<Seen> {
  const res = await probe.send();
  return {
    label: probe.label,
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    location: res.headers.get('location') ?? '',
    text: await res.text(),
  };
}

/**
 * Sends a batch of requests and tells which of them changed rows that `mayWrite` says they must
 * not have. Hashing every table costs far more than a refused request, so the rows are hashed
 * once before and once after the whole batch; only when they differ are the requests that were
 * not allowed to write sent again, first together (the allowed writes left out), then one by one
 * between hashes, to name the culprit.
 */
export async function sweepBatch(
  hash: () => Promise<RowsHash>,
  probes: readonly Probe[],
  mayWrite: (seen: Seen) => boolean = () => false,
): Promise<{ seen: Seen[]; wrote: string[] }> {
  const run = async (list: readonly Probe[]) => {
    const before = await hash();
    const seen: Seen[] = [];
    for (const probe of list) seen.push(await read(probe));
    return { seen, changed: changedTables(before, await hash()) };
  };
  const first = await run(probes);
  if (first.changed.length === 0) return { seen: first.seen, wrote: [] };
  const suspects = probes.filter((_, i) => !mayWrite(first.seen[i] as Seen));
  if (suspects.length === 0) return { seen: first.seen, wrote: [] };
  if (suspects.length < probes.length && (await run(suspects)).changed.length === 0) {
    return { seen: first.seen, wrote: [] };
  }
  const wrote: string[] = [];
  for (const probe of suspects) {
    const before = await hash();
    const seen = await read(probe);
    const changed = changedTables(before, await hash());
    if (changed.length > 0 && !mayWrite(seen)) wrote.push(`${probe.label} (${changed.join(', ')})`);
  }
  if (wrote.length === 0 && suspects.length === probes.length) {
    // Every request was refused and yet rows changed, though no single one did it again.
    wrote.push(`one of ${probes.map((p) => p.label).join('; ')} (${first.changed.join(', ')})`);
  }
  return { seen: first.seen, wrote };
}

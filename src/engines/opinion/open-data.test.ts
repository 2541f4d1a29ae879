import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExport } from '../../cli/opinion/load.ts';
import { analyze } from './analyze.ts';
import { adjustedRandIndex } from './ari.ts';
import { groupAwareConsensus } from './consensus.ts';
import { buildMatrix } from './matrix.ts';
import { countByGroup } from './stats.ts';

// Agreement with Polis's own groups (participants-votes.csv `group-id`) on the open data.
const ROOT = join(import.meta.dirname, '../../../reference-data/polis/open-data');
const TARGET: Record<string, number> = {
  'bg2050-volunteers': 0.9,
  'scoop-hivemind.biodiversity': 0.9,
  'vtaiwan.uberx': 0.9,
};

describe.each(readdirSync(ROOT).sort())('Polis open data: %s', (name) => {
  const loaded = loadExport(join(ROOT, name));
  const conv = loaded.conversation;
  const polis = loaded.polisGroup!;

  it('analyses the export without NaN and reports ARI against Polis groups', () => {
    const a = analyze(conv);
    for (const arr of [a.projections, a.groupAwareConsensus, a.priority, a.extremity]) {
      expect(arr.every(Number.isFinite)).toBe(true);
    }
    const ours = [...a.groupOf].map((g) => (g < 0 ? undefined : g));
    const ari = adjustedRandIndex(ours, polis);
    console.info(`ARI ${name}: ${ari.toFixed(4)} (${a.groupClusters.length} groups)`);
    expect(ari).toBeGreaterThanOrEqual(TARGET[name] ?? -1);
  });

  it.runIf(loaded.polisGac !== null)(
    'recomputes group-informed consensus from Polis groups',
    () => {
      const groupIds = [...new Set(polis.filter((g) => g !== undefined))].sort((x, y) => x - y);
      const groupOf = Int32Array.from(polis, (g) => (g === undefined ? -1 : groupIds.indexOf(g)));
      const m = buildMatrix(conv.participantIds.length, conv.statements.length, conv.votes);
      const gac = groupAwareConsensus(countByGroup(m, groupOf, groupIds.length));
      let checked = 0;
      loaded.polisGac!.forEach((expected, c) => {
        if (expected === undefined) return;
        checked++;
        expect(Math.abs(gac[c]! - expected)).toBeLessThan(1e-12);
      });
      expect(checked).toBeGreaterThan(0);
    },
  );
});

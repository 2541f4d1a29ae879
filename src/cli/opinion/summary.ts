import type { Analysis } from '../../engines/opinion/analyze.ts';
import type { OpinionReport } from '../../engines/opinion/report.ts';

const clip = (s: string, n = 90) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** Readable summary of an analysis: groups, consensus and the top bridging statements. */
export function formatSummary(
  a: Analysis,
  r: OpinionReport,
  ids: string[],
  texts: string[],
): string {
  const out: string[] = [];
  const label = (c: number) => `#${ids[c]} ${clip(texts[c] ?? '')}`;
  out.push(
    `${r.participants} participants, ${r.statements} statements, ${r.votes} votes; ` +
      `${r.inConv.length} on the opinion map.`,
  );
  if (r.groups.length === 0)
    out.push('', 'No opinion groups (fewer than 2 participants on the map).');
  a.representative.forEach((reps, g) => {
    out.push('', `Group ${g} (${r.groups[g]!.members} participants)`);
    for (const rep of reps) {
      // pSuccess is Polis's smoothed share (1 + n)/(2 + seen) of the group voting that way.
      const pct = Math.round(100 * rep.pSuccess);
      out.push(`  ${String(pct).padStart(3)}% ${rep.direction}: ${label(rep.statement)}`);
    }
  });
  out.push('', 'Consensus across everyone');
  for (const dir of ['agree', 'disagree'] as const) {
    for (const s of a.consensus[dir]) {
      out.push(
        `  ${String(Math.round(100 * s.pSuccess)).padStart(3)}% ${dir}: ${label(s.statement)}`,
      );
    }
  }
  if (a.consensus.agree.length + a.consensus.disagree.length === 0) out.push('  none');
  const bridging = [...a.bridging.keys()]
    .filter((c) => Number.isFinite(a.bridging[c]!))
    .sort((x, y) => a.bridging[y]! - a.bridging[x]! || x - y)
    .slice(0, 5);
  out.push('', 'Top bridging statements (bridging score, group-aware consensus)');
  for (const c of bridging) {
    out.push(
      `  ${a.bridging[c]!.toFixed(3)}  ${a.groupAwareConsensus[c]!.toFixed(3)}  ${label(c)}`,
    );
  }
  if (bridging.length === 0) out.push('  none (statements need at least 5 votes)');
  return `${out.join('\n')}\n`;
}

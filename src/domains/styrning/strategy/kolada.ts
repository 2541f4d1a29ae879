import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { projectPath } from '../../../lib/paths.ts';

/** One key performance indicator of Kolada's catalogue. */
export type KoladaKpi = { id: string; title: string; description: string };

type Entry = KoladaKpi & { haystack: string };

// The catalogue is 6,099 rows (3.6 MB) that change only when the bundled snapshot does. Searching
// it in process, parsed once, answers in well under a millisecond per query and needs no table, no
// migration and no seed step; full-text search in Postgres would buy stemming we do not need for
// matching words in short titles.
let catalogue: { list: Entry[]; byId: Map<string, Entry> } | undefined;

/** Lower case without diacritics, so "forskola" finds "Förskola" and "aldreomsorg" "äldreomsorg". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function load() {
  if (catalogue) return catalogue;
  const text = readFileSync(projectPath('reference-data', 'kolada', 'kolada_kpi_catalogue.csv'));
  const rows: Record<string, string>[] = parse(text, { columns: true, skip_empty_lines: true });
  const list = rows.map((r) => {
    const id = r.id ?? '';
    const title = r.title ?? '';
    return { id, title, description: r.description ?? '', haystack: fold(`${id} ${title}`) };
  });
  catalogue = { list, byId: new Map(list.map((e) => [e.id, e])) };
  return catalogue;
}

/** The KPI with this id (exact, e.g. `N00945`), or undefined. */
export function koladaKpi(id: string): KoladaKpi | undefined {
  const e = load().byId.get(id.trim().toUpperCase());
  return e && { id: e.id, title: e.title, description: e.description };
}

/**
 * KPIs whose id or title contains every word of the query (case and diacritics ignored), titles
 * that start with the first word first, then in catalogue order; at most `limit`.
 */
export function searchKolada(query: string, limit = 20): { total: number; items: KoladaKpi[] } {
  const words = fold(query).split(/\s+/).filter(Boolean).slice(0, 10);
  if (words.length === 0) return { total: 0, items: [] };
  const hits = load().list.filter((e) => words.every((w) => e.haystack.includes(w)));
  const first = words[0] ?? '';
  const starts = (e: Entry) => (fold(e.title).startsWith(first) || fold(e.id) === first ? 0 : 1);
  const sorted = hits
    .map((e, i) => ({ e, i, s: starts(e) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .slice(0, limit);
  return {
    total: hits.length,
    items: sorted.map(({ e }) => ({ id: e.id, title: e.title, description: e.description })),
  };
}

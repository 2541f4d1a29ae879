import { ALL_STAGES } from '../steering/stages.ts';

/** The orders the initiatives list offers (`sort=`); with search words, best match comes first by default. */
export const INITIATIVE_SORTS = ['title', 'stage', 'updated', 'cost'] as const;
export type InitiativeSort = (typeof INITIATIVE_SORTS)[number];
/** An order of the list: one of the offered ones, or by rank when searching. */
export type InitiativeOrder = InitiativeSort | 'relevance';

export function isInitiativeSort(value: string | undefined): value is InitiativeSort {
  return (INITIATIVE_SORTS as readonly (string | undefined)[]).includes(value);
}

/**
 * The direction of each order, for `aria-sort` on its column: titles A to Z and stages from idea
 * to operation (stopped last); last changed and total cost largest first.
 */
export const sortDirection: Record<InitiativeSort, 'ascending' | 'descending'> = {
  title: 'ascending',
  stage: 'ascending',
  updated: 'descending',
  cost: 'descending',
};

/** The order asked for, or the default: best match when searching, else by title. */
export function orderOf(sort: string | undefined, searching: boolean): InitiativeOrder {
  if (isInitiativeSort(sort)) return sort;
  return searching ? 'relevance' : 'title';
}

type Sortable = {
  id: string;
  title: string;
  stage: string;
  updatedAt: Date;
  totalCost: number;
  rank: number | null;
};

/**
 * The initiatives in the given order, ties by title in the language's alphabet (`locale`, so
 * Swedish å ä ö and Norwegian æ ø å come where a reader expects them), then by id.
 */
export function orderInitiatives<T extends Sortable>(
  items: readonly T[],
  order: InitiativeOrder,
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale);
  const stageIndex = (s: string) => {
    const i = (ALL_STAGES as readonly string[]).indexOf(s);
    return i < 0 ? ALL_STAGES.length : i;
  };
  const primary: Record<InitiativeOrder, (a: T, b: T) => number> = {
    title: () => 0,
    stage: (a, b) => stageIndex(a.stage) - stageIndex(b.stage),
    updated: (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime(),
    cost: (a, b) => b.totalCost - a.totalCost,
    relevance: (a, b) => (b.rank ?? 0) - (a.rank ?? 0),
  };
  return [...items].sort(
    (a, b) =>
      primary[order](a, b) ||
      collator.compare(a.title, b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

import type { TaskProvider } from '../../../web/start-page.ts';
import { canHandleProposals } from './proposals.policy.ts';
import { proposalsWithBody } from './proposals.queries.ts';

/**
 * For staff: the proposals whose body has passed its deadline (Norway: six months from receiving
 * it) without an answer, flagged in "your tasks" on the municipality's start page.
 */
const tasks: TaskProvider = async ({ readModel, municipality: m, actor, t, now }) => {
  if (!canHandleProposals(actor, m.id)) return [];
  const withBody = await readModel(`proposals:with-body:${m.id}`, (db) =>
    proposalsWithBody(db, m.id),
  );
  const overdue = withBody.filter((p) => p.bodyDeadline !== null && p.bodyDeadline <= now);
  if (overdue.length === 0) return [];
  return [
    {
      text: t('proposals.task.overdue', { count: overdue.length }),
      href: `/${t.lang}/municipalities/${m.id}/proposals?state=withBody`,
    },
  ];
};

/** The proposals' part of the municipality's start page. */
export const proposalsStartPage = { tasks };

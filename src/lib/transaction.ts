import type { CommandContext } from './context.ts';

/** Runs `fn` in one transaction: every write and its audit entry commit together or not at all. */
export function inTransaction<T>(
  ctx: CommandContext,
  fn: (tx: CommandContext) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction((db) => fn({ ...ctx, db }));
}

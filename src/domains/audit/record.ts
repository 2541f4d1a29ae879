import type { CommandContext } from '../../lib/context.ts';
import type { Actor } from '../../vocabulary/actor.ts';
import { appendAudit } from './audit.queries.ts';

/** Records a write by an actor; pass the transaction's context so both commit or neither. */
export function audit(
  ctx: CommandContext,
  actor: Actor | { kind: 'system'; label: string },
  entry: {
    municipalityId: string | null;
    action: string;
    target: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  const actorUserId = actor.kind === 'user' ? actor.userId : null;
  const actorLabel =
    actor.kind === 'user' ? actor.email : actor.kind === 'system' ? actor.label : 'anonymous';
  return appendAudit(ctx.db, { ...entry, actorUserId, actorLabel, requestId: ctx.requestId });
}

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { initiatives, stageTransitions, steeringSettings } from './portfolio.schema.ts';

export type InitiativeRow = typeof initiatives.$inferSelect;

/** An initiative of this municipality; another municipality's (or a malformed id) is not found. */
export async function getInitiative(
  db: Db,
  municipalityId: string,
  initiativeId: string,
): Promise<InitiativeRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(initiativeId)) return undefined;
  const [row] = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.municipalityId, municipalityId), eq(initiatives.id, initiativeId)));
  return row;
}

/**
 * Moves an initiative to another stage and records who did it, when and why (append-only). Call it
 * inside the transaction that also audits the change.
 */
export async function recordStageTransition(
  db: Db,
  change: {
    initiativeId: string;
    fromStage: string;
    toStage: string;
    reason: string;
    decisionId?: string | null;
    actorId: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .update(initiatives)
    .set({ stage: change.toStage, updatedAt: change.at })
    .where(eq(initiatives.id, change.initiativeId));
  await db.insert(stageTransitions).values({
    initiativeId: change.initiativeId,
    fromStage: change.fromStage,
    toStage: change.toStage,
    reason: change.reason,
    decisionId: change.decisionId ?? null,
    actorId: change.actorId,
    at: change.at,
  });
}

export type SteeringSettings = {
  discountRate: number;
  currency: string;
  weights: Record<string, number>;
};

/** The municipality's steering settings, or the defaults when its admin has not set any. */
export async function steeringSettingsOf(
  db: Db,
  municipality: { id: string; country: string },
  defaultWeights: Record<string, number>,
): Promise<SteeringSettings> {
  const [row] = await db
    .select()
    .from(steeringSettings)
    .where(eq(steeringSettings.municipalityId, municipality.id));
  if (row) return { discountRate: row.discountRate, currency: row.currency, weights: row.weights };
  return {
    discountRate: 0.04,
    currency: municipality.country === 'NO' ? 'NOK' : 'SEK',
    weights: { ...defaultWeights },
  };
}

import type { Db } from '../../../db/client.ts';
import {
  type Calculus,
  computeCalculus,
  plannedFromRecord,
  type ValuedBenefit,
} from '../../../engines/benefits/index.ts';
import { type BenefitRow, benefitsOf, costsOf } from './benefits.queries.ts';

export type CalculusOutcome =
  | { kind: 'empty' }
  | { kind: 'invalid'; fields: string[] }
  | { kind: 'ok'; calculus: Calculus; descriptions: Map<string, string> };

/**
 * The nyttokalkyl of an initiative from its stored costs and money-valued benefits, at the given
 * discount rate. The horizon runs from the first to the last year that has a cost or a planned
 * benefit; with neither there is nothing to compute (`empty`). Stored data the engine refuses is
 * `invalid` with the failing paths, never an exception.
 */
export async function calculusOf(
  db: Db,
  initiativeId: string,
  discountRate: number,
): Promise<CalculusOutcome> {
  return calculusFrom(
    await costsOf(db, initiativeId),
    await benefitsOf(db, initiativeId),
    discountRate,
  );
}

/** The same from costs and benefits already read (an initiative's read model holds both). */
export function calculusFrom(
  costs: readonly { year: number; investment: number; running: number }[],
  rows: readonly BenefitRow[],
  discountRate: number,
): CalculusOutcome {
  const benefits: ValuedBenefit[] = rows.map((b) => ({
    id: b.id,
    effect: b.isDisbenefit ? 'dis-benefit' : 'benefit',
    moneyValuePerUnit: b.moneyPerUnit,
    planned: plannedFromRecord(b.planned),
  }));
  const years = [
    ...costs.map((c) => c.year),
    ...benefits
      .filter((b) => b.moneyValuePerUnit !== null)
      .flatMap((b) => b.planned.map((p) => p.year)),
  ].filter(Number.isFinite);
  if (years.length === 0) return { kind: 'empty' };
  const result = computeCalculus({
    startYear: Math.min(...years),
    endYear: Math.max(...years),
    costs,
    benefits,
    discountRate,
  });
  if (!result.ok)
    return { kind: 'invalid', fields: result.issues.map((i) => `${i.path} (${i.code})`) };
  return {
    kind: 'ok',
    calculus: result.value,
    descriptions: new Map(rows.map((b) => [b.id, b.description])),
  };
}

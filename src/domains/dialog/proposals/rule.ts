import type { Db } from '../../../db/client.ts';
import {
  defaultPreset,
  type ProposalRule,
  presetRule,
  supportThreshold,
} from '../../../engines/proposal-rules/index.ts';
import { inhabitantsOf, storedRule } from './proposals.queries.ts';

export type MunicipalityRef = { id: string; country: string };

/** The rule in force: the municipality's own, or its country's default preset. */
export async function ruleOf(db: Db, m: MunicipalityRef): Promise<ProposalRule> {
  return (await storedRule(db, m.id)) ?? presetRule(defaultPreset(m.country));
}

/**
 * The rule and the threshold it gives today, from the registry's inhabitants (the county's for a
 * fylke). Null threshold when a rule that counts inhabitants has no figure to count.
 */
export async function thresholdOf(db: Db, m: MunicipalityRef) {
  const rule = await ruleOf(db, m);
  const counts =
    rule.preset === 'noKommune' || rule.preset === 'noFylke' || rule.preset === 'sePerMille';
  const inhabitants = await inhabitantsOf(db, m.id, rule.preset === 'noFylke');
  const threshold =
    counts && inhabitants === null ? null : supportThreshold(rule, inhabitants ?? 0);
  return { rule, inhabitants, threshold };
}

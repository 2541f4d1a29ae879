import type {
  Criterion,
  PrioritisationFailure,
  Reason,
} from '../../../../engines/prioritisation/index.ts';
import type { Translator } from '../../../../web/i18n/index.ts';

/** Names by id, for reasons and failures ("needs X", "lower score than Z"). */
export type Names = ReadonlyMap<string, string>;

/** A criterion's label. */
export const criterionLabel = (t: Translator, c: Criterion) => t(`prioritisation.criterion.${c}`);

/** A reason in plain language, with initiatives named by their titles. */
export function reasonText(t: Translator, r: Reason, names: Names): string {
  const name = (id: string) => names.get(id) ?? t('prioritisation.unknownInitiative');
  switch (r.code) {
    case 'chosen':
      return t('prioritisation.reason.chosen');
    case 'out:budget':
      return t('prioritisation.reason.budget');
    case 'out:needs':
      return t('prioritisation.reason.needs', { name: name(r.id) });
    case 'out:lowerScore':
      return t('prioritisation.reason.lowerScore', { name: name(r.id) });
    case 'out:noScore':
      return t('prioritisation.reason.noScore');
    case 'out:failedRequirement':
      return t('prioritisation.reason.failedRequirement', {
        requirements: r.requirements.map((q) => t(`prioritisation.requirement.${q}`)).join(', '),
      });
  }
}

/** Why the engine refused the problem, naming the initiatives, criteria or departments concerned. */
export function failureText(t: Translator, f: PrioritisationFailure, names: Names): string {
  const list = f.ids.map((id) => names.get(id) ?? id).join(', ');
  return t(`prioritisation.refused.${f.reason}`, { names: list });
}

/** An amount in whole currency units. */
export const money = (t: Translator, v: number, currency: string) =>
  `${t.number(Math.round(v))} ${currency}`;

/** A score to at most 2 decimals. */
export const points = (t: Translator, v: number) => t.number(v, { maximumFractionDigits: 2 });

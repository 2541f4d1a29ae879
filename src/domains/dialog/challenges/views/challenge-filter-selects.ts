import type { SelectFilter } from '../../../../web/components/list-filters.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { AskedChallenges } from '../challenge-filter.ts';
import { challengeStates } from '../challenges.policy.ts';

/** The drop-downs of a list of challenges: its state, and for the network's the country and county. */
export function challengeFilterSelects(
  t: Translator,
  asked: AskedChallenges,
  counties?: readonly { id: string; name: string; country: string }[],
): SelectFilter[] {
  const all = t('challenges.list.all');
  const state: SelectFilter = {
    name: 'state',
    label: t('challenges.list.state'),
    value: asked.state,
    all,
    options: challengeStates.map((s) => ({ value: s, label: t(`challenges.state.${s}`) })),
  };
  if (!counties) return [state];
  return [
    {
      name: 'country',
      label: t('challenges.network.country'),
      value: asked.country,
      all,
      options: (['SE', 'NO'] as const).map((c) => ({
        value: c,
        label: t(`challenges.network.country.${c}`),
      })),
    },
    {
      name: 'county',
      label: t('challenges.network.county'),
      value: asked.county,
      all,
      options: counties
        .filter((c) => !asked.country || c.country === asked.country)
        .map((c) => ({ value: c.id, label: c.name })),
    },
    state,
  ];
}

import type { ProposalState } from '../../../../engines/proposal-rules/index.ts';
import type { SelectFilter } from '../../../../web/components/list-filters.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { AskedProposals } from '../proposal-filter.ts';
import { proposalTopics } from '../proposals.policy.ts';

/**
 * The drop-downs of a list of proposals: status and topic always; district for one
 * municipality's list, country and county for the network's.
 */
export function proposalFilterSelects(
  t: Translator,
  asked: AskedProposals,
  opts: {
    states: readonly ProposalState[];
    districts?: readonly string[];
    counties?: readonly { id: string; name: string; country: string }[];
  },
): SelectFilter[] {
  const all = t('proposals.list.all');
  const selects: SelectFilter[] = [];
  if (opts.counties) {
    selects.push(
      {
        name: 'country',
        label: t('proposals.network.country'),
        value: asked.country,
        all,
        options: (['SE', 'NO'] as const).map((c) => ({
          value: c,
          label: t(`proposals.network.country.${c}`),
        })),
      },
      {
        name: 'county',
        label: t('proposals.network.county'),
        value: asked.county,
        all,
        options: opts.counties
          .filter((c) => !asked.country || c.country === asked.country)
          .map((c) => ({ value: c.id, label: c.name })),
      },
    );
  }
  selects.push(
    {
      name: 'state',
      label: t('proposals.list.state'),
      value: asked.state,
      all,
      options: opts.states.map((s) => ({ value: s, label: t(`proposals.state.${s}`) })),
    },
    {
      name: 'topic',
      label: t('proposals.list.topic'),
      value: asked.topic,
      all,
      options: proposalTopics.map((topic) => ({
        value: topic,
        label: t(`proposals.topic.${topic}`),
      })),
    },
  );
  if (opts.districts) {
    selects.push({
      name: 'district',
      label: t('proposals.list.district'),
      value: asked.district,
      all,
      options: opts.districts.map((d) => ({ value: d, label: d })),
    });
  }
  return selects;
}

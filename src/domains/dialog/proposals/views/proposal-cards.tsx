import type { Child } from 'hono/jsx';
import type { ProposalState } from '../../../../engines/proposal-rules/index.ts';
import { LinkedCards } from '../../../../web/components/linked-cards.tsx';
import { conventionsOf, type Translator } from '../../../../web/i18n/index.ts';
import type { ListedProposal } from '../proposal-lists.queries.ts';
import type { ProposalTopic } from '../proposals.policy.ts';
import { StateTag } from './state-tag.tsx';
import { SupportProgress } from './support-progress.tsx';

/**
 * Proposals as cards: state, topic, district and support; across the network, also the
 * municipality each belongs to, its title marked in that municipality's language.
 */
export function ProposalCards(props: {
  t: Translator;
  items: readonly ListedProposal[];
  none: string;
  network?: boolean;
}) {
  const { t } = props;
  const place = (p: ListedProposal): Child =>
    props.network ? (
      <p class="ds-paragraph">{t('proposals.network.of', { municipality: p.municipalityName })}</p>
    ) : null;
  return (
    <LinkedCards
      t={t}
      items={props.items}
      idPrefix="proposal"
      href={(p) => `/${t.lang}/municipalities/${p.municipalityId}/proposals/${p.id}`}
      contentLang={
        props.network ? (p) => conventionsOf(p.municipalityId.slice(0, 2)).lang : undefined
      }
      none={props.none}
      body={(p) => (
        <>
          {place(p)}
          <p class="ds-paragraph">
            <StateTag t={t} state={p.state as ProposalState} />{' '}
            {t(`proposals.topic.${p.topic as ProposalTopic}`)}
            {p.district && ` · ${p.district}`}
          </p>
          <SupportProgress t={t} proposal={p} />
        </>
      )}
    />
  );
}

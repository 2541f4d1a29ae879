import { langOf } from '../../../../web/components/content.tsx';
import { LinkedCards } from '../../../../web/components/linked-cards.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import { conventionsOf, type Translator } from '../../../../web/i18n/index.ts';
import type { ListedChallenge } from '../challenge-lists.queries.ts';
import { ChallengeStateTag } from './state-tag.tsx';

/**
 * Challenges as cards: state, department and period; across the network, also the municipality
 * each belongs to, and what it wrote marked in that municipality's language.
 */
export function ChallengeCards(props: {
  t: Translator;
  items: readonly ListedChallenge[];
  none: string;
  network?: boolean;
}) {
  const { t } = props;
  const contentLang = (c: ListedChallenge) =>
    props.network ? conventionsOf(c.municipalityId.slice(0, 2)).lang : t.contentLang;
  return (
    <LinkedCards
      t={t}
      items={props.items}
      idPrefix="challenge"
      href={(c) => `/${t.lang}/municipalities/${c.municipalityId}/challenges/${c.id}`}
      contentLang={contentLang}
      none={props.none}
      body={(c) => (
        <>
          {props.network && (
            <p class="ds-paragraph">
              {t('challenges.network.of', { municipality: c.municipalityName })}
            </p>
          )}
          <p class="ds-paragraph">
            <ChallengeStateTag t={t} state={c.state} />{' '}
            <span lang={langOf(t, contentLang(c))}>{c.departmentName}</span>
            {' · '}
            {t('challenges.list.period', { from: day(t, c.startsOn), to: day(t, c.endsOn) })}
          </p>
        </>
      )}
    />
  );
}

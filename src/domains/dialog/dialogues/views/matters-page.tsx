import { langOf } from '../../../../web/components/content.tsx';
import { Notice } from '../../../../web/components/forms.tsx';
import { LinkedCards } from '../../../../web/components/linked-cards.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { Phase } from '../phase.ts';
import { PhaseTag } from './phase-tag.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  matters: {
    id: string;
    title: string;
    summary: string;
    bodyName: string;
    plannedDecisionOn: string;
    phase: Phase;
  }[];
  canRegister: boolean;
  /** The municipality's admin: may set how long background answers are kept. */
  canConfigure: boolean;
  notice?: MessageKey | undefined;
};

/** The matters the municipality's bodies will decide, each with where its dialogue is. */
export function MattersPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}/matters`;
  const title = t('dialogues.list.title', { name: m.name });
  return (
    <Layout {...props} title={title} municipality={m}>
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('dialogues.list.lead')}</p>
      {props.canRegister && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/new`}>
            {t('dialogues.list.register')}
          </a>
        </p>
      )}
      {props.canConfigure && (
        <p class="ds-paragraph">
          <a class="ds-link" href={`${base}/settings`}>
            {t('dialogues.settings.link')}
          </a>
        </p>
      )}
      <LinkedCards
        t={t}
        items={props.matters}
        idPrefix="matter"
        href={(matter) => `${base}/${matter.id}`}
        none={t('dialogues.list.none')}
        cardClass="matter-card"
        body={(matter) => (
          <>
            <p class="ds-paragraph">
              <PhaseTag t={t} phase={matter.phase} />{' '}
              {t('dialogues.list.planned', {
                body: matter.bodyName,
                date: day(t, matter.plannedDecisionOn),
              })}
            </p>
            <p class="ds-paragraph" lang={langOf(t)}>
              {matter.summary}
            </p>
          </>
        )}
      />
    </Layout>
  );
}

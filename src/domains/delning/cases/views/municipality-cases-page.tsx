import { Notice } from '../../../../web/components/forms.tsx';
import type { MessageKey } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  published: { id: string; title: string; status: string; initiativeId: string }[];
  adopted: { caseId: string; title: string; initiativeId: string }[];
  /** Public initiatives not yet shared, for those who may publish; empty for everyone else. */
  publishable: { id: string; title: string }[];
  notice?: MessageKey | undefined;
};

/** A municipality's shared cases, the cases it reuses, and (for its managers) what it could share. */
export function MunicipalityCasesPage(props: Props) {
  const { t, municipality } = props;
  const title = t('cases.mine.title');
  const lang = municipality.id.startsWith('NO-') ? 'nb' : 'sv';
  return (
    <Layout {...props} title={title} municipality={municipality}>
      <Notice t={t} messageKey={props.notice} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/${t.lang}/cases`}>
          {t('cases.mine.searchAll')}
        </a>
      </p>
      <h2 class="ds-heading" data-size="sm">
        {t('cases.mine.published')}
      </h2>
      {props.published.length === 0 ? (
        <p class="ds-paragraph">{t('cases.mine.nonePublished')}</p>
      ) : (
        <ul class="ds-list">
          {props.published.map((c) => (
            <li>
              <a class="ds-link" href={`/${t.lang}/cases/${c.id}`} lang={lang}>
                {c.title}
              </a>
              {c.status === 'withdrawn' && ` (${t('cases.mine.withdrawn')})`}
            </li>
          ))}
        </ul>
      )}
      <h2 class="ds-heading" data-size="sm">
        {t('cases.mine.adopted')}
      </h2>
      {props.adopted.length === 0 ? (
        <p class="ds-paragraph">{t('cases.mine.noneAdopted')}</p>
      ) : (
        <ul class="ds-list">
          {props.adopted.map((c) => (
            <li>
              <a class="ds-link" href={`/${t.lang}/cases/${c.caseId}`}>
                {c.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      {props.publishable.length > 0 && (
        <>
          <h2 class="ds-heading" data-size="sm">
            {t('cases.mine.publishable')}
          </h2>
          <p class="ds-paragraph">{t('cases.mine.publishableLead')}</p>
          <ul class="ds-list">
            {props.publishable.map((i) => (
              <li>
                <a
                  class="ds-link"
                  href={`/${t.lang}/municipalities/${municipality.id}/initiatives/${i.id}/case`}
                >
                  <span lang={lang}>{i.title}</span>
                  <span class="ds-sr-only">: </span> ({t('cases.mine.publish')})
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}

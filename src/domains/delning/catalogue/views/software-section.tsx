import type { Lang, MessageKey, Translator } from '../../../../web/i18n/index.ts';
import type { CaseSoftware } from '../software.queries.ts';

/** The description in the reader's language, else the case's, else English, else the first. */
function describedIn(descriptions: Record<string, string>, lang: Lang, caseLang: string) {
  const wanted = [lang, lang === 'nb' ? 'no' : lang, caseLang, 'en'];
  const key = wanted.find((l) => descriptions[l]) ?? Object.keys(descriptions)[0];
  // publiccode.yml may name Norwegian bokmål `no`; the pages name it `nb`.
  return key ? { text: descriptions[key] ?? '', lang: key === 'no' ? 'nb' : key } : undefined;
}

/** What a case's `publiccode.yml` says of its software, on the case's page. */
export function SoftwareSection(props: {
  t: Translator;
  software: CaseSoftware;
  caseLang: string;
}) {
  const { t, software } = props;
  const s = software.summary;
  const description = describedIn(s.descriptions, t.lang, props.caseLang);
  return (
    <section aria-labelledby="case-software">
      <h2 class="ds-heading" data-size="sm" id="case-software">
        {t('catalogue.publiccode.heading')}
      </h2>
      <dl class="facts">
        <dt>{t('catalogue.publiccode.name')}</dt>
        <dd>{s.name}</dd>
        {description && (
          <>
            <dt>{t('catalogue.publiccode.description')}</dt>
            {/* Marked only when it differs from the page's, as `langOf` marks content. */}
            <dd lang={description.lang === t.lang ? undefined : description.lang}>
              {description.text}
            </dd>
          </>
        )}
        {s.softwareVersion && (
          <>
            <dt>{t('catalogue.publiccode.version')}</dt>
            <dd>{s.softwareVersion}</dd>
          </>
        )}
        <dt>{t('catalogue.publiccode.licence')}</dt>
        <dd>{s.licence}</dd>
        <dt>{t('catalogue.publiccode.maintenance')}</dt>
        <dd>{t(`catalogue.publiccode.maintenance.${s.maintenanceType}` as MessageKey)}</dd>
        <dt>{t('catalogue.publiccode.platforms')}</dt>
        <dd>{s.platforms.join(', ')}</dd>
      </dl>
      <p class="ds-paragraph" data-size="sm">
        {t('catalogue.publiccode.readOn', { date: t.date(software.readAt) })}
      </p>
    </section>
  );
}

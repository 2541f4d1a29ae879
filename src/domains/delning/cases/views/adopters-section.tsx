import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { MessageKey, Translator } from '../../../../web/i18n/index.ts';
import type { CasePage } from '../case-page.load.ts';

/** Who reuses the case and what their measured benefits add up to. */
export function AdoptersSection(props: { t: Translator; data: CasePage }) {
  const { t, data } = props;
  const r = data.rollUp;
  const money = (n: number) => t.number(Math.round(n));
  return (
    <section>
      <h2 class="ds-heading" data-size="sm" id="case-adopters">
        {t('cases.adopters.title')}
      </h2>
      {data.adopters.length === 0 ? (
        <p class="ds-paragraph">{t('cases.adopters.none')}</p>
      ) : (
        <>
          <p class="ds-paragraph">
            {t('cases.adopters.summary', {
              adopters: data.adopters.length,
              measuring: r.measuring,
            })}
          </p>
          {r.perCurrency.map((c) => (
            <p class="ds-paragraph">
              {t('cases.adopters.realised', {
                total: money(c.total),
                currency: c.currency,
                count: c.adopters,
                min: money(c.min),
                max: money(c.max),
              })}
            </p>
          ))}
          {r.silent > 0 && (
            <p class="ds-paragraph">{t('cases.adopters.silent', { count: r.silent })}</p>
          )}
          <ScrollableTable label={t('cases.adopters.title')}>
            <thead>
              <tr>
                <th scope="col">{t('cases.adopters.municipality')}</th>
                <th scope="col">{t('cases.adopters.adopted')}</th>
                <th scope="col">{t('cases.adopters.mode')}</th>
                <th scope="col">{t('cases.adopters.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.adopters.map((a) => (
                <tr>
                  <th scope="row">
                    {a.status ? (
                      <a
                        class="ds-link"
                        href={`/${t.lang}/municipalities/${a.municipalityId}/initiatives/${a.initiativeId}`}
                      >
                        {a.municipalityName}
                      </a>
                    ) : (
                      a.municipalityName
                    )}
                  </th>
                  <td>{t.date(a.adoptedAt)}</td>
                  <td>{t(`cases.mode.${a.mode}` as MessageKey)}</td>
                  <td>{a.status ? t(`cases.status.${a.status}`) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        </>
      )}
    </section>
  );
}

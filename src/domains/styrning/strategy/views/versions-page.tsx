import { langOf } from '../../../../web/components/content.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { VersionWithDecision } from '../future-story.queries.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  versions: VersionWithDecision[];
  inForceId: string | undefined;
};

/** Every version of the future story, newest first, each linking to its text and its changes. */
export function VersionsPage(props: Props) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}/future-story`;
  const title = t('strategy.versions.title', { name: m.name });
  return (
    <Layout {...props} title={title} municipality={m}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        <a class="ds-link" href={base}>
          {t('steering.futureStory')}
        </a>
      </p>
      {props.versions.length === 0 ? (
        <p class="ds-paragraph">{t('strategy.versions.none')}</p>
      ) : (
        <ScrollableTable label={title}>
          <thead>
            <tr>
              <th scope="col">{t('strategy.versions.number')}</th>
              <th scope="col">{t('strategy.versions.storyTitle')}</th>
              <th scope="col">{t('strategy.versions.status')}</th>
              <th scope="col">{t('strategy.versions.changed')}</th>
              <th scope="col">{t('strategy.versions.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {[...props.versions].reverse().map((v) => (
              <tr>
                <td>
                  <a class="ds-link" href={`${base}/versions/${v.id}`}>
                    {v.version}
                  </a>
                </td>
                <td lang={langOf(t)}>{v.title}</td>
                <td>
                  {t(`strategy.versions.status.${v.status === 'adopted' ? 'adopted' : 'draft'}`)}
                  {v.id === props.inForceId && ` ${t('strategy.versions.inForce')}`}
                </td>
                <td>{t.date(v.updatedAt)}</td>
                <td>
                  {v.decision
                    ? t('strategy.versions.decisionRef', {
                        number: v.decision.sequence,
                        date: day(t, v.decision.decidedOn),
                      })
                    : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </Layout>
  );
}

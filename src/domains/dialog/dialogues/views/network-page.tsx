import type { Page } from '../../../../lib/paging.ts';
import { SelectField, SubmitButton } from '../../../../web/components/forms.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { type Phase, phases } from '../phase.ts';
import { PhaseTag } from './phase-tag.tsx';

export type NetworkDialogue = {
  id: string;
  title: string;
  summary: string;
  municipalityId: string;
  municipalityName: string;
  countyName: string;
  closesAt: Date;
  phase: Phase;
};

type Props = PageContext & {
  shown: Page<NetworkDialogue>;
  filter: { phase: Phase | ''; county: string; municipality: string };
  counties: { id: string; name: string }[];
  municipalities: { id: string; name: string }[];
};

/** What a municipality writes is in its country's language. */
const contentLang = (municipalityId: string) => (municipalityId.startsWith('NO-') ? 'nb' : 'sv');

/** Dialogues across the network, open ones first by default, filtered by phase, county or municipality. */
export function NetworkDialoguesPage(props: Props) {
  const { t, shown, filter } = props;
  const title = t('dialogues.network.title');
  const href = (page: number) => {
    const q = new URLSearchParams();
    if (filter.phase) q.set('phase', filter.phase);
    if (filter.county) q.set('county', filter.county);
    if (filter.municipality) q.set('municipality', filter.municipality);
    if (page > 1) q.set('page', String(page));
    return `/${t.lang}/dialogues${q.size ? `?${q}` : ''}`;
  };
  return (
    <Layout {...props} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph" data-size="lg" role="status">
        {t('dialogues.network.count', { count: shown.total })}
      </p>
      <form method="get" action={`/${t.lang}/dialogues`} class="filter-form">
        <SelectField
          t={t}
          form={{ values: { phase: filter.phase }, errors: {} }}
          name="phase"
          label={t('dialogues.network.phase')}
          placeholder={t('dialogues.network.all')}
          options={phases.map((p) => ({ value: p, label: t(`dialogues.phase.${p}`) }))}
        />
        <SelectField
          t={t}
          form={{ values: { county: filter.county }, errors: {} }}
          name="county"
          label={t('dialogues.network.county')}
          placeholder={t('dialogues.network.all')}
          options={props.counties.map((c) => ({ value: c.id, label: c.name }))}
        />
        <SelectField
          t={t}
          form={{ values: { municipality: filter.municipality }, errors: {} }}
          name="municipality"
          label={t('dialogues.network.municipality')}
          placeholder={t('dialogues.network.all')}
          options={props.municipalities.map((m) => ({ value: m.id, label: m.name }))}
        />
        <SubmitButton variant="secondary">{t('dialogues.network.filter')}</SubmitButton>
      </form>
      <ul class="card-list">
        {shown.items.map((d) => (
          <li>
            <article class="ds-card matter-card" aria-labelledby={`dialogue-${d.id}`}>
              <h2 class="ds-heading" data-size="xs" id={`dialogue-${d.id}`}>
                <a
                  class="ds-link"
                  href={`/${t.lang}/municipalities/${d.municipalityId}/matters/${d.id}`}
                  lang={contentLang(d.municipalityId)}
                >
                  {d.title}
                </a>
              </h2>
              <p class="ds-paragraph">
                <PhaseTag t={t} phase={d.phase} /> {d.municipalityName}, {d.countyName}
              </p>
              <p class="ds-paragraph" lang={contentLang(d.municipalityId)}>
                {d.summary}
              </p>
            </article>
          </li>
        ))}
      </ul>
      <Pagination t={t} page={shown.page} pageCount={shown.pageCount} href={href} />
    </Layout>
  );
}

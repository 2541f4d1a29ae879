import { BarChart } from '../../../../web/components/charts/bar-chart.tsx';
import { ChartBlock } from '../../../../web/components/charts/chart-block.tsx';
import { ChartTable } from '../../../../web/components/charts/data-table.tsx';
import { langOf } from '../../../../web/components/content.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import type { Question, Tally } from '../answers.ts';
import type { LoadedSurvey, SurveyResults } from '../survey.load.ts';
import { BackToMatter, StaffLinks, surveyPath } from './survey-links.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  loaded: LoadedSurvey;
  results: SurveyResults | undefined;
  staff: boolean;
};

/**
 * A survey's results for everyone: each choice and scale question as bars beside a table of the
 * same figures, each written question with the answers staff have published.
 */
export function ResultsPage(props: Props) {
  const { t, loaded, municipality: m, results } = props;
  const { matter, survey, questions } = loaded;
  const title = t('surveys.results.title');
  return (
    <Layout {...props} title={`${title}: ${matter.title}`} municipality={m}>
      <BackToMatter t={t} municipalityId={m.id} matterId={matter.id} title={matter.title} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      {props.staff && (
        <StaffLinks t={t} municipalityId={m.id} matterId={matter.id} started={survey !== null} />
      )}
      {!survey?.publishedAt || !results ? (
        <p class="ds-paragraph">{t('surveys.none')}</p>
      ) : (
        <>
          <p class="ds-paragraph" data-size="lg" lang={langOf(t)}>
            <a class="ds-link" href={surveyPath(t.lang, m.id, matter.id)}>
              {survey.title}
            </a>
          </p>
          <p class="ds-paragraph">{t('surveys.results.lead', { count: results.responses })}</p>
          <p class="ds-paragraph" data-size="sm">
            {t('surveys.results.chartNote')}
          </p>
          {questions.map((q, i) => (
            <section class="survey-result" aria-labelledby={`result-${i}`}>
              <h2 class="ds-heading" data-size="sm" id={`result-${i}`} lang={langOf(t)}>
                {q.prompt}
              </h2>
              {results.tallies.has(q.id) ? (
                <Counted t={t} question={q} tally={results.tallies.get(q.id) as Tally} n={i} />
              ) : (
                <Written t={t} texts={results.texts.get(q.id) ?? []} />
              )}
            </section>
          ))}
        </>
      )}
    </Layout>
  );
}

function Counted(props: { t: Translator; question: Question; tally: Tally; n: number }) {
  const { t, question: q, tally } = props;
  const percent = (p: number) => t.number(p / 100, { style: 'percent' });
  return (
    <>
      <p class="ds-paragraph">{t('surveys.results.answered', { count: tally.answered })}</p>
      <ChartBlock
        chart={
          <BarChart
            id={`survey-chart-${props.n}`}
            title={q.prompt}
            description={t('surveys.results.chartNote')}
            emptyText={t('surveys.results.empty')}
            format={percent}
            bars={
              tally.answered === 0
                ? []
                : tally.rows.map((r) => ({ label: r.label, value: r.percent }))
            }
          />
        }
        summary={t('surveys.results.numbers')}
        table={
          <ChartTable
            caption={q.prompt}
            rowHeader={t('surveys.results.choice')}
            columns={[t('surveys.results.count'), t('surveys.results.percent')]}
            rows={tally.rows.map((r) => ({
              label: r.label,
              cells: [t.number(r.count), tally.answered === 0 ? null : percent(r.percent)],
            }))}
            rowLang={q.kind === 'scale' ? undefined : langOf(t)}
            emptyText={t('surveys.results.empty')}
          />
        }
      />
    </>
  );
}

function Written(props: { t: Translator; texts: string[] }) {
  const { t, texts } = props;
  return (
    <>
      <p class="ds-paragraph" data-size="sm">
        {t('surveys.results.textsNote')}
      </p>
      {texts.length === 0 ? (
        <p class="ds-paragraph">{t('surveys.results.noTexts')}</p>
      ) : (
        <ul class="ds-list survey-texts" lang={langOf(t)} aria-label={t('surveys.results.texts')}>
          {texts.map((text) => (
            <li class="prewrap">{text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

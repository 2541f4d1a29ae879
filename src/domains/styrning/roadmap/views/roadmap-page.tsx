import type { Page } from '../../../../lib/paging.ts';
import { langOf } from '../../../../web/components/content.tsx';
import {
  ErrorSummary,
  type FormState,
  SelectField,
  SubmitButton,
} from '../../../../web/components/forms.tsx';
import { Pagination } from '../../../../web/components/pagination.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { day } from '../../../../web/i18n/dates.ts';
import type { Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { ALL_STAGES } from '../../steering/stages.ts';
import { type Roadmap, splitByDates } from '../roadmap.load.ts';
import type { RoadmapItem } from '../roadmap.queries.ts';
import { RoadmapChart } from './roadmap-chart.tsx';
import { patternId, StagePatterns, stageStroke } from './stage-patterns.tsx';

type Props = PageContext & {
  municipality: { id: string; name: string };
  goals: Roadmap['goals'];
  years: number[];
  departments: readonly { id: string; name: string }[];
  /** The page of initiatives shown; none when the filter was refused. */
  shown: Page<RoadmapItem> | undefined;
  form: FormState;
  internal: boolean;
  today: Date;
};

const stageLabel = (t: Translator, stage: string) =>
  t(`steering.stage.${stage}` as 'steering.stage.idea');
const dateText = (t: Translator, d: string | null) => (d ? day(t, d) : t('roadmap.noDate'));

/** Goals in tree order, sub-goals after their parent and marked as such. */
/**
 * Past this many goals the filter offers the strategic goals alone (each keeps the initiatives of
 * the goals under it): a list of hundreds is no choice on a phone, and it would make the page heavy.
 */
const MOST_GOALS_IN_FILTER = 60;

function goalOptions(goals: Roadmap['goals']) {
  const ids = new Set(goals.map((g) => g.id));
  const roots = goals.filter((g) => !g.parentId || !ids.has(g.parentId));
  const withSubGoals = goals.length <= MOST_GOALS_IN_FILTER;
  return roots.flatMap((root) => [
    { value: root.id, label: root.title },
    ...(withSubGoals ? goals.filter((g) => g.parentId === root.id) : []).map((g) => ({
      value: g.id,
      label: `– ${g.title}`,
    })),
  ]);
}

function Legend({ t }: { t: Translator }) {
  return (
    <ul class="roadmap-legend" aria-label={t('roadmap.legend')}>
      {ALL_STAGES.map((stage) => (
        <li>
          <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
            <defs>
              <StagePatterns scope={`legend-${stage}`} stages={[stage]} />
            </defs>
            <rect
              x="1"
              y="1"
              width="26"
              height="12"
              rx="2"
              fill={`url(#${patternId(`legend-${stage}`, stage)})`}
              stroke={stageStroke(stage)}
            />
          </svg>
          <span>{stageLabel(t, stage)}</span>
        </li>
      ))}
    </ul>
  );
}

function ItemsTable(props: { t: Translator; label: string; items: RoadmapItem[]; base: string }) {
  const { t } = props;
  return (
    <ScrollableTable label={props.label}>
      <thead>
        <tr>
          <th scope="col">{t('roadmap.department')}</th>
          <th scope="col">{t('roadmap.initiative')}</th>
          <th scope="col">{t('roadmap.stage')}</th>
          <th scope="col">{t('roadmap.start')}</th>
          <th scope="col">{t('roadmap.end')}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((i) => (
          <tr>
            <td lang={langOf(props.t)}>{i.department.name}</td>
            <td>
              <a class="ds-link" href={`${props.base}/initiatives/${i.id}`} lang={langOf(props.t)}>
                {i.title}
              </a>
            </td>
            <td>{stageLabel(t, i.stage)}</td>
            <td>{dateText(t, i.startsOn)}</td>
            <td>{dateText(t, i.endsOn)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

const FILTER_FIELDS = ['goal', 'stage', 'department', 'from', 'to'] as const;

/** The address of one page of the roadmap, keeping the filter. */
function pageHref(base: string, values: Record<string, string | undefined>, page: number) {
  const query = new URLSearchParams();
  for (const name of FILTER_FIELDS) {
    const value = values[name];
    if (value) query.set(name, value);
  }
  if (page > 1) query.set('page', String(page));
  return `${base}/roadmap${query.size ? `?${query}` : ''}`;
}

/** The roadmap: initiatives over time per department, by stage, filterable by goal, stage, department and period. */
export function RoadmapPage(props: Props) {
  const { t, municipality: m, shown } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const labels = {
    goal: t('roadmap.goal'),
    stage: t('roadmap.stage'),
    department: t('roadmap.department'),
    from: t('roadmap.from'),
    to: t('roadmap.to'),
  };
  const { dated, undated } = splitByDates(shown?.items ?? []);
  const title = t('roadmap.title', { name: m.name });
  const years = props.years.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <Layout {...props} title={title} municipality={m}>
      <ErrorSummary t={t} form={props.form} labels={labels} />
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        {t(props.internal ? 'roadmap.leadInternal' : 'roadmap.leadPublic')}
      </p>
      <form method="get" action={`${base}/roadmap`} class="form roadmap-filter">
        <SelectField
          t={t}
          form={props.form}
          name="goal"
          label={labels.goal}
          hint={t('roadmap.goalHint')}
          placeholder={t('roadmap.allGoals')}
          options={goalOptions(props.goals)}
        />
        <SelectField
          t={t}
          form={props.form}
          name="stage"
          label={labels.stage}
          placeholder={t('roadmap.allStages')}
          options={ALL_STAGES.map((s) => ({ value: s, label: stageLabel(t, s) }))}
        />
        <SelectField
          t={t}
          form={props.form}
          name="department"
          label={labels.department}
          placeholder={t('roadmap.allDepartments')}
          options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <SelectField
          t={t}
          form={props.form}
          name="from"
          label={labels.from}
          hint={t('roadmap.periodHint')}
          placeholder={t('roadmap.anyYear')}
          options={years}
        />
        <SelectField
          t={t}
          form={props.form}
          name="to"
          label={labels.to}
          placeholder={t('roadmap.anyYear')}
          options={years}
        />
        <div>
          <SubmitButton variant="secondary">{t('roadmap.filter')}</SubmitButton>
        </div>
      </form>
      <p class="ds-paragraph" role="status" id="roadmap-count">
        {t('roadmap.count', { count: shown?.total ?? 0 })}
        {shown &&
          shown.pageCount > 1 &&
          ` ${t('roadmap.pageOf', { page: shown.page, pages: shown.pageCount })}`}
      </p>
      {dated.length > 0 && (
        <section aria-labelledby="roadmap-timeline-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="roadmap-timeline-heading">
            {t('roadmap.timeline')}
          </h2>
          <Legend t={t} />
          <section class="chart-wrap" aria-label={t('roadmap.chartTitle')} tabindex={0}>
            <RoadmapChart t={t} items={dated} today={props.today} />
          </section>
          <ItemsTable t={t} label={t('roadmap.tableLabel')} items={dated} base={base} />
        </section>
      )}
      {undated.length > 0 && (
        <section aria-labelledby="roadmap-undated-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="roadmap-undated-heading">
            {t('roadmap.undated')}
          </h2>
          <p class="ds-paragraph">{t('roadmap.undatedLead')}</p>
          <ItemsTable t={t} label={t('roadmap.undated')} items={undated} base={base} />
        </section>
      )}
      {shown && (
        <Pagination
          t={t}
          page={shown.page}
          pageCount={shown.pageCount}
          href={(page) => pageHref(base, props.form.values, page)}
        />
      )}
    </Layout>
  );
}

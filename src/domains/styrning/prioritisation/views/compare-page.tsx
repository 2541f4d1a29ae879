import type { ScenarioDiff } from '../../../../engines/prioritisation/index.ts';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { money, type Names, points, reasonText } from './texts.ts';

type Side = { id: string; name: string; year: number };

type Props = PageContext & {
  municipality: { id: string; name: string };
  currency: string;
  a: Side;
  b: Side;
  diff: ScenarioDiff;
  names: Names;
};

function IdList(props: { ids: string[]; names: Names; base: string }) {
  return (
    <ul class="ds-list">
      {props.ids.map((id) => (
        <li>
          <a class="ds-link" href={`${props.base}/initiatives/${id}`}>
            {props.names.get(id) ?? id}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Two saved scenarios side by side: figures, the initiatives only one of them chooses, reasons. */
export function ComparePage(props: Props) {
  const { t, municipality: m, a, b, diff, names } = props;
  const root = `/${t.lang}/municipalities/${m.id}`;
  const title = t('prioritisation.compareTitle', { a: a.name, b: b.name });
  const figures = [
    {
      label: t('prioritisation.budgetShort'),
      d: diff.budget,
      fmt: (v: number) => money(t, v, props.currency),
    },
    {
      label: t('prioritisation.totalCost'),
      d: diff.totalCost,
      fmt: (v: number) => money(t, v, props.currency),
    },
    { label: t('prioritisation.objective'), d: diff.objective, fmt: (v: number) => points(t, v) },
  ];
  const notIn = t('prioritisation.notInScenario');
  return (
    <Layout {...props} title={title} municipality={m}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        <a class="ds-link" href={`${root}/prioritisation`}>
          {t('prioritisation.back')}
        </a>
      </p>
      <ScrollableTable label={t('prioritisation.summary')}>
        <thead>
          <tr>
            <th scope="col">{t('prioritisation.figure')}</th>
            <th scope="col">{`${a.name} (${a.year})`}</th>
            <th scope="col">{`${b.name} (${b.year})`}</th>
            <th scope="col">{t('prioritisation.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr>
              <th scope="row">{f.label}</th>
              <td class="num">{f.fmt(f.d.a)}</td>
              <td class="num">{f.fmt(f.d.b)}</td>
              <td class="num">{f.fmt(f.d.delta)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {diff.entering.length === 0 && diff.leaving.length === 0 ? (
        <p class="ds-paragraph" id="no-difference">
          {t('prioritisation.noDifference')}
        </p>
      ) : (
        <div class="stack" id="differences">
          <section aria-labelledby="only-a" class="stack">
            <h2 class="ds-heading" data-size="sm" id="only-a">
              {t('prioritisation.onlyIn', { name: a.name })}
            </h2>
            <IdList ids={diff.leaving} names={names} base={root} />
          </section>
          <section aria-labelledby="only-b" class="stack">
            <h2 class="ds-heading" data-size="sm" id="only-b">
              {t('prioritisation.onlyIn', { name: b.name })}
            </h2>
            <IdList ids={diff.entering} names={names} base={root} />
          </section>
        </div>
      )}
      {diff.reasons.length > 0 && (
        <section aria-labelledby="reasons-heading" class="stack">
          <h2 class="ds-heading" data-size="sm" id="reasons-heading">
            {t('prioritisation.changedReasons')}
          </h2>
          <ScrollableTable label={t('prioritisation.changedReasons')}>
            <thead>
              <tr>
                <th scope="col">{t('prioritisation.initiative')}</th>
                <th scope="col">{a.name}</th>
                <th scope="col">{b.name}</th>
              </tr>
            </thead>
            <tbody>
              {diff.reasons.map((r) => (
                <tr>
                  <th scope="row">{names.get(r.id) ?? r.id}</th>
                  <td>{r.a ? reasonText(t, r.a, names) : notIn}</td>
                  <td>{r.b ? reasonText(t, r.b, names) : notIn}</td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        </section>
      )}
    </Layout>
  );
}

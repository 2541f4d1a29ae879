import type { Sensitivity } from '../../../../engines/prioritisation/index.ts';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { criterionLabel, type Names, points } from './texts.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  scenario: { id: string; name: string };
  sensitivity: Sensitivity;
  names: Names;
};

/** Which choices flip when one weight moves ±10 %, per criterion and direction. */
export function SensitivityPage(props: Props) {
  const { t, municipality: m, scenario: s, sensitivity: x, names } = props;
  const root = `/${t.lang}/municipalities/${m.id}`;
  const title = t('prioritisation.sensitivityTitle', { scenario: s.name });
  const list = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ') || '–';
  return (
    <Layout {...props} title={title} municipality={m}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{t('prioritisation.sensitivityLead')}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href={`${root}/prioritisation/scenarios/${s.id}`}>
          {s.name}
        </a>
      </p>
      <section aria-labelledby="flipping-heading" class="stack">
        <h2 class="ds-heading" data-size="sm" id="flipping-heading">
          {t('prioritisation.flipping')}
        </h2>
        {x.flipping.length === 0 ? (
          <p class="ds-paragraph">{t('prioritisation.noFlips')}</p>
        ) : (
          <ul class="ds-list" id="flipping">
            {x.flipping.map((id) => (
              <li>{names.get(id) ?? id}</li>
            ))}
          </ul>
        )}
      </section>
      <ScrollableTable label={t('prioritisation.sensitivityLink')}>
        <thead>
          <tr>
            <th scope="col">{t('prioritisation.shift')}</th>
            <th scope="col">{t('prioritisation.weight')}</th>
            <th scope="col">{t('prioritisation.entering')}</th>
            <th scope="col">{t('prioritisation.leaving')}</th>
            <th scope="col">{t('prioritisation.objective')}</th>
          </tr>
        </thead>
        <tbody>
          {x.shifts.map((sh) => (
            <tr>
              <th scope="row">
                {`${criterionLabel(t, sh.criterion)} ${t(sh.direction === 'up' ? 'prioritisation.up' : 'prioritisation.down')}`}
              </th>
              <td class="num">{t.number(sh.weight, { maximumFractionDigits: 4 })}</td>
              <td>{list(sh.entering)}</td>
              <td>{list(sh.leaving)}</td>
              <td class="num">{points(t, sh.objective)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
    </Layout>
  );
}

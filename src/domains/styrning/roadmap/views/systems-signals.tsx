import type { Overlap, Silo, SystemsMap } from '../../../../engines/overlap/index.ts';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';

const list = (t: Translator, names: string[]) =>
  new Intl.ListFormat(t.lang === 'nb' ? 'nb' : t.lang, { type: 'conjunction' }).format(names);

function OverlapAlert(props: { t: Translator; overlap: Overlap; base: string }) {
  const { t, overlap: o } = props;
  return (
    <div class="ds-alert" data-color="warning">
      <h3 class="ds-heading" data-size="2xs">
        {t('roadmap.systems.overlapHeading', { capability: o.capability.name })}
      </h3>
      <p class="ds-paragraph">
        {t('roadmap.systems.overlapSuggestion', {
          departments: list(
            t,
            o.departments.map((d) => d.name),
          ),
          capability: o.capability.name,
        })}
      </p>
      <ul class="ds-list">
        {o.initiatives.map((i) => (
          <li>
            <a class="ds-link" href={`${props.base}/initiatives/${i.id}`}>
              {i.title}
            </a>
            {` (${i.department.name})`}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SiloAlert({ t, silo }: { t: Translator; silo: Silo }) {
  return (
    <div class="ds-alert" data-color="warning">
      <h3 class="ds-heading" data-size="2xs">
        {t('roadmap.systems.siloHeading', { capability: silo.capability.name })}
      </h3>
      <p class="ds-paragraph">
        {t('roadmap.systems.siloText', {
          capability: silo.capability.name,
          count: silo.systems.length,
        })}
      </p>
      <ul class="ds-list">
        {silo.systems.map((s) => (
          <li>{`${s.name}: ${list(
            t,
            s.departments.map((d) => d.name),
          )}`}</li>
        ))}
      </ul>
    </div>
  );
}

/** Overlapping initiatives with the suggestion to join forces, then the silo signals. */
export function Signals(props: { t: Translator; map: SystemsMap; base: string }) {
  const { t, map } = props;
  return (
    <section aria-labelledby="signals-heading" class="stack" id="signals">
      <h2 class="ds-heading" data-size="sm" id="signals-heading">
        {t('roadmap.systems.signals')}
      </h2>
      <p class="ds-paragraph">{t('roadmap.systems.signalsRule')}</p>
      {map.overlaps.length === 0 && map.silos.length === 0 && (
        <p class="ds-paragraph">{t('roadmap.systems.noSignals')}</p>
      )}
      {map.overlaps.map((o) => (
        <OverlapAlert t={t} overlap={o} base={props.base} />
      ))}
      {map.silos.map((s) => (
        <SiloAlert t={t} silo={s} />
      ))}
    </section>
  );
}

/**
 * The departments × capabilities table: each cell names the capability's systems the department
 * uses. A matrix: on a phone it keeps its grid and scrolls in its own box.
 */
export function Matrix({ t, map }: { t: Translator; map: SystemsMap }) {
  const silo = new Set(map.silos.map((s) => s.capability.id));
  return (
    <section aria-labelledby="matrix-heading" class="stack" id="matrix">
      <h2 class="ds-heading" data-size="sm" id="matrix-heading">
        {t('roadmap.systems.matrix')}
      </h2>
      {map.capabilities.length === 0 || map.matrix.length === 0 ? (
        <p class="ds-paragraph">{t('roadmap.systems.matrixEmpty')}</p>
      ) : (
        <ScrollableTable label={t('roadmap.systems.matrix')} layout="matrix">
          <thead>
            <tr>
              <th scope="col">{t('roadmap.systems.department')}</th>
              {map.capabilities.map((c) => (
                <th scope="col">
                  {c.name}
                  {silo.has(c.id) && (
                    <span class="silo-flag">{` (${t('roadmap.systems.siloFlag')})`}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.matrix.map((row) => (
              <tr>
                <th scope="row">{row.department.name}</th>
                {row.cells.map((cell) => (
                  <td>
                    {cell.systems.length > 0 ? (
                      cell.systems.map((s) => s.name).join(', ')
                    ) : (
                      <span class="muted">{t('roadmap.systems.none')}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}

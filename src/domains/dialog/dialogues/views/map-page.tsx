import type { Child } from 'hono/jsx';
import { langOf } from '../../../../web/components/content.tsx';
import { ScrollableTable } from '../../../../web/components/table.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { type DialogueMap, MAP_MIN_PARTICIPANTS } from '../opinion-map.ts';

type Props = PageContext & {
  municipality: { id: string; name: string };
  matter: { id: string; title: string };
  question: string;
  map: DialogueMap | null;
  computedAt: Date | null;
  /** Participants so far, whether or not the map has them yet. */
  participants: number;
  /** Statement texts by number (shown ones; a rejected statement is not shown). */
  texts: ReadonlyMap<number, string>;
  /** The printable report: every statement with its votes, everyone's and each group's. */
  complete?: boolean;
  /** The report's section on who took part, when the dialogue asked. */
  who?: Child;
};

/** Colours of groups A–E: each at least 4.5:1 against white, told apart by letter as well. */
const groupColours = ['#1f5fa8', '#a64b00', '#2b7a34', '#7a3590', '#b0185f'];
const OUTSIDE = '#6b6b6b';
const letter = (g: number) => String.fromCharCode(65 + g);
const percent = (t: Translator, part: number, whole: number) =>
  whole > 0 ? t.number(part / whole, { style: 'percent', maximumFractionDigits: 0 }) : '–';

/**
 * The participants as the map places them, in groups of similar voters: a circle per cluster of
 * participants (its area their number), coloured and lettered by group. The picture adds nothing
 * the tables below do not say; its description says what it shows.
 */
function MapPicture(props: { t: Translator; map: DialogueMap }) {
  const { t, map } = props;
  const xs = map.points.map((p) => p.x);
  const ys = map.points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const size = 400;
  const pad = 30;
  const scale = (size - 2 * pad) / Math.max(maxX - minX, maxY - minY, 1e-9);
  const at = (x: number, y: number) => ({
    cx: pad + (x - minX) * scale,
    // Up is up: SVG counts downwards.
    cy: size - pad - (y - minY) * scale,
  });
  const biggest = Math.max(...map.points.map((p) => p.size), 1);
  const labels = map.groups.map((g) => {
    const own = map.points.filter((p) => p.group === g.id);
    const n = own.reduce((s, p) => s + p.size, 0) || 1;
    return {
      id: g.id,
      ...at(
        own.reduce((s, p) => s + p.x * p.size, 0) / n,
        own.reduce((s, p) => s + p.y * p.size, 0) / n,
      ),
    };
  });
  const description = map.groups
    .map((g) => t('dialogues.map.groupSize', { group: letter(g.id), count: g.members }))
    .join(' ');
  return (
    <figure class="opinion-map">
      <svg
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-labelledby="map-picture-title map-picture-desc"
        class="opinion-map__picture"
      >
        <title id="map-picture-title">{t('dialogues.map.pictureTitle')}</title>
        <desc id="map-picture-desc">{description}</desc>
        {map.points.map((p) => {
          const { cx, cy } = at(p.x, p.y);
          return (
            <circle
              cx={cx.toFixed(1)}
              cy={cy.toFixed(1)}
              r={(3 + 14 * Math.sqrt(p.size / biggest)).toFixed(1)}
              fill={
                p.group >= 0 ? (groupColours[p.group % groupColours.length] ?? OUTSIDE) : OUTSIDE
              }
              fill-opacity="0.55"
            />
          );
        })}
        {labels.map((l) => (
          <text
            x={l.cx.toFixed(1)}
            y={l.cy.toFixed(1)}
            class="opinion-map__label"
            text-anchor="middle"
          >
            {letter(l.id)}
          </text>
        ))}
      </svg>
      <figcaption class="ds-paragraph" data-size="sm">
        {t('dialogues.map.caption')}
      </figcaption>
    </figure>
  );
}

type Counts = DialogueMap['statements'][number]['counts'];

/** The share of a statement's (or a group's) current votes that are `answer`; "–" without votes. */
function shareOf(t: Translator, c: Counts | undefined, answer: 'agree' | 'pass'): string {
  return percent(t, c?.[answer] ?? 0, (c?.agree ?? 0) + (c?.disagree ?? 0) + (c?.pass ?? 0));
}

/** Each group's share agreeing with a statement, a cell per group. */
function GroupAgreeCells(props: {
  t: Translator;
  groups: DialogueMap['groups'];
  statement: DialogueMap['statements'][number] | undefined;
}) {
  return (
    <>
      {props.groups.map((g) => (
        <td class="num">{shareOf(props.t, props.statement?.byGroup[g.id], 'agree')}</td>
      ))}
    </>
  );
}

function StatementCell(props: {
  t: Translator;
  texts: ReadonlyMap<number, string>;
  number: number;
}) {
  return <td lang={langOf(props.t)}>{props.texts.get(props.number) ?? '–'}</td>;
}

/** A dialogue's opinion map: who agrees with whom, what unites them and what divides them. */
export function MapPage(props: Props) {
  const { t, map, texts } = props;
  const base = `/${t.lang}/municipalities/${props.municipality.id}/matters/${props.matter.id}`;
  const title = t('dialogues.map.title');
  const statement = (n: number) => map?.statements.find((s) => s.number === n);
  const shown = map && map.participants >= MAP_MIN_PARTICIPANTS && map.groups.length > 0;
  const pageTitle = props.complete ? t('dialogues.report.title') : title;
  return (
    <Layout
      {...props}
      title={`${pageTitle}: ${props.matter.title}`}
      municipality={props.municipality}
    >
      <div class={props.complete ? 'opinion-report' : undefined}>
        <p class="ds-paragraph">
          <a class="ds-link" href={base}>
            {props.matter.title}
          </a>
        </p>
        <h1 class="ds-heading" data-size="lg">
          {pageTitle}
        </h1>
        <p class="ds-paragraph" lang={langOf(t)}>
          {props.question}
        </p>
        {!shown || !map ? (
          <p class="ds-paragraph">
            {t('dialogues.map.notYet', { count: props.participants, needed: MAP_MIN_PARTICIPANTS })}
          </p>
        ) : (
          <>
            <p class="ds-paragraph" data-size="lg">
              {t('dialogues.map.result', {
                participants: map.participants,
                groups: map.groups.length,
              })}
            </p>
            {props.computedAt && (
              <p class="ds-paragraph" data-size="sm">
                {t('dialogues.map.computedAt', { time: t.date(props.computedAt, true) })}
              </p>
            )}
            {!props.complete && (
              <p class="ds-paragraph">
                <a class="ds-link" href={`${base}/report`}>
                  {t('dialogues.report.link')}
                </a>
              </p>
            )}
            <MapPicture t={t} map={map} />
            <section class="dialog-section" aria-labelledby="uniting-heading">
              <h2 class="ds-heading" data-size="sm" id="uniting-heading">
                {t('dialogues.map.uniting')}
              </h2>
              <p class="ds-paragraph">{t('dialogues.map.unitingLead')}</p>
              <ScrollableTable label={t('dialogues.map.uniting')}>
                <thead>
                  <tr>
                    <th scope="col">{t('dialogues.vote.statement')}</th>
                    <th scope="col">{t('dialogues.map.agreeShare')}</th>
                    {map.groups.map((g) => (
                      <th scope="col">{t('dialogues.map.groupAgree', { group: letter(g.id) })}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {map.uniting.map((n) => {
                    const s = statement(n);
                    return (
                      <tr>
                        <StatementCell t={t} texts={texts} number={n} />
                        <td class="num">{shareOf(t, s?.counts, 'agree')}</td>
                        <GroupAgreeCells t={t} groups={map.groups} statement={s} />
                      </tr>
                    );
                  })}
                </tbody>
              </ScrollableTable>
            </section>
            <section class="dialog-section" aria-labelledby="groups-heading">
              <h2 class="ds-heading" data-size="sm" id="groups-heading">
                {t('dialogues.map.groups')}
              </h2>
              {map.groups.map((g) => (
                <section class="dialog-section" aria-labelledby={`group-${g.id}`}>
                  <h3 class="ds-heading" data-size="2xs" id={`group-${g.id}`}>
                    {t('dialogues.map.groupSize', { group: letter(g.id), count: g.members })}
                  </h3>
                  <ul class="ds-list">
                    {g.representative.map((r) => (
                      <li>
                        <span lang={langOf(t)}>{texts.get(r.statement) ?? '–'}</span>{' '}
                        {t(
                          r.direction === 'agree'
                            ? 'dialogues.map.mostAgree'
                            : 'dialogues.map.mostDisagree',
                          {
                            share: percent(t, r.share, 1),
                          },
                        )}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </section>
            {map.divisive.length > 0 && (
              <section class="dialog-section" aria-labelledby="divisive-heading">
                <h2 class="ds-heading" data-size="sm" id="divisive-heading">
                  {t('dialogues.map.divisive')}
                </h2>
                <ScrollableTable label={t('dialogues.map.divisive')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('dialogues.vote.statement')}</th>
                      {map.groups.map((g) => (
                        <th scope="col">
                          {t('dialogues.map.groupAgree', { group: letter(g.id) })}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {map.divisive.map((n) => (
                      <tr>
                        <StatementCell t={t} texts={texts} number={n} />
                        <GroupAgreeCells t={t} groups={map.groups} statement={statement(n)} />
                      </tr>
                    ))}
                  </tbody>
                </ScrollableTable>
              </section>
            )}
            {map.passedOn.length > 0 && (
              <section class="dialog-section" aria-labelledby="passed-heading">
                <h2 class="ds-heading" data-size="sm" id="passed-heading">
                  {t('dialogues.map.passedOn')}
                </h2>
                <ScrollableTable label={t('dialogues.map.passedOn')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('dialogues.vote.statement')}</th>
                      <th scope="col">{t('dialogues.map.passShare')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {map.passedOn.map((n) => (
                      <tr>
                        <StatementCell t={t} texts={texts} number={n} />
                        <td class="num">{shareOf(t, statement(n)?.counts, 'pass')}</td>
                      </tr>
                    ))}
                  </tbody>
                </ScrollableTable>
              </section>
            )}
          </>
        )}
        {props.complete && map && (
          <section class="dialog-section" aria-labelledby="all-heading">
            <h2 class="ds-heading" data-size="sm" id="all-heading">
              {t('dialogues.report.all')}
            </h2>
            <ScrollableTable label={t('dialogues.report.all')}>
              <thead>
                <tr>
                  <th scope="col">{t('dialogues.vote.statement')}</th>
                  <th scope="col">{t('dialogues.statements.agree')}</th>
                  <th scope="col">{t('dialogues.statements.disagree')}</th>
                  <th scope="col">{t('dialogues.statements.pass')}</th>
                  {map.groups.map((g) => (
                    <th scope="col">{t('dialogues.map.groupAgree', { group: letter(g.id) })}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {map.statements
                  .filter((s) => texts.has(s.number))
                  .map((s) => (
                    <tr>
                      <StatementCell t={t} texts={texts} number={s.number} />
                      <td class="num">{t.number(s.counts.agree)}</td>
                      <td class="num">{t.number(s.counts.disagree)}</td>
                      <td class="num">{t.number(s.counts.pass)}</td>
                      <GroupAgreeCells t={t} groups={map.groups} statement={s} />
                    </tr>
                  ))}
              </tbody>
            </ScrollableTable>
          </section>
        )}
        {props.who}
        <section class="dialog-section" aria-labelledby="how-heading">
          <h2 class="ds-heading" data-size="sm" id="how-heading">
            {t('dialogues.map.how')}
          </h2>
          <p class="ds-paragraph">{t('dialogues.map.howText')}</p>
        </section>
      </div>
    </Layout>
  );
}

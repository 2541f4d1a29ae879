import { type DecisionContent, linkDecision } from '../../../engines/decisions/index.ts';
import { demoId } from '../../../lib/demo-id.ts';
import { seededRandom } from '../../../vocabulary/random.ts';
import { type CatalogueEntry, catalogue } from './catalogue.ts';
import { demoMinutes } from './minutes.ts';
import { plan } from './plan.ts';
import type { DemoTexts } from './texts.ts';

/** What the builder needs to know of one demo municipality. */
export type DemoTarget = {
  id: string;
  /** The municipality's short name in addresses: `botkyrka`. */
  slug: string;
  name: string;
  currency: 'SEK' | 'NOK';
  texts: DemoTexts;
  /** Index of the catalogue's texts: 0 Swedish, 1 Norwegian bokmål. */
  lang: 0 | 1;
  /** The departments in the order of the demo constants. */
  departmentIds: string[];
  councilId: string;
  committeeId: string;
  /** The names of the bodies by id, as the decisions' hashes cover them. */
  bodyNames: Readonly<Record<string, string>>;
  /** The municipality's last decision, to chain the demo decisions after it. */
  lastDecision: { sequence: number; hash: string } | null;
  /** 0, 1, 2: spreads stages and results differently per municipality. */
  variant: number;
  /**
   * Set for a numbered copy of the demo (the data generator's): its rows get ids of their own,
   * titles end in the number, values come from `seed`, and what a municipality has once (future
   * story, systems map, settings) is left to the demo itself, whose ids the copy points at.
   */
  copy?: { number: number; seed: number } | undefined;
};

const quarters = [
  '2025-03-15',
  '2025-06-15',
  '2025-09-15',
  '2025-12-15',
  '2026-03-15',
  '2026-06-15',
  '2026-09-15',
  '2026-11-15',
];
const baselineDate = '2025-01-01';
const targetDate = '2027-12-31';
const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const expectedShare = (date: string) =>
  Math.min(
    1,
    (Date.parse(date) - Date.parse(baselineDate)) /
      (Date.parse(targetDate) - Date.parse(baselineDate)),
  );
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const dependencies: [string, string][] = [
  ['chatbot', 'resident-portal'],
  ['eservice-income-support', 'resident-portal'],
  ['rpa-income-support', 'integration-platform'],
  ['ap-automation', 'integration-platform'],
  ['e-archive', 'integration-platform'],
];
const participants: Record<string, number[]> = {
  'shared-scheduling': [4, 0],
  'integration-platform': [1, 2],
  'e-archive': [1, 2],
  chatbot: [2],
  'ap-automation': [0, 1],
  'iot-properties': [0, 4],
};

/** Every demo row of one municipality, deterministic: the same input gives the same rows. */
export function buildDemo(target: DemoTarget) {
  const { id: m, texts: x, variant, copy } = target;
  const sharedId = (key: string) => demoId(m, key);
  const id = copy ? (key: string) => demoId(m, `copy:${copy.number}:${key}`) : sharedId;
  const random = seededRandom(
    copy ? (copy.seed * 7919 + copy.number * 104_729) >>> 0 : 1000 + variant,
  );
  const suffix = copy ? ` (${copy.number})` : '';
  const storyId = id('story:1');

  // Decisions first: the rows below point at them.
  const decisionRows: {
    id: string;
    municipalityId: string;
    sequence: number;
    bodyId: string;
    decidedOn: string;
    text: string;
    adopts: { kind: string; id: string }[];
    paragraph: string | null;
    registrationNumber: string | null;
    protocolUrl: string | null;
    previousHash: string;
    hash: string;
    hashVersion: number;
    recordedBy: null;
    recordedAt: Date;
  }[] = [];
  let previous = target.lastDecision;
  const decide = (key: string, given: DecisionContent) => {
    const content = { ...given, ...demoMinutes(target, key, given.date) };
    const recordedAt = new Date(`${content.date}T15:00:00Z`);
    const bodyName = target.bodyNames[content.bodyId];
    if (bodyName === undefined) throw new Error(`demo decision ${key}: no body ${content.bodyId}`);
    const linked = linkDecision(previous, {
      ...content,
      id: id(`decision:${key}`),
      municipalityId: m,
      bodyName,
      recordedBy: null,
      recordedAt: recordedAt.toISOString(),
    });
    previous = linked;
    const row = {
      id: id(`decision:${key}`),
      municipalityId: m,
      sequence: linked.sequence,
      bodyId: content.bodyId,
      decidedOn: content.date,
      text: content.text,
      adopts: [...content.adopts],
      paragraph: content.paragraph ?? null,
      registrationNumber: content.registrationNumber ?? null,
      protocolUrl: content.protocolUrl ?? null,
      previousHash: linked.previousHash,
      hash: linked.hash,
      hashVersion: linked.hashVersion,
      recordedBy: null,
      recordedAt,
    };
    decisionRows.push(row);
    return row.id;
  };

  const storyDecision = copy
    ? null
    : decide('story', {
        bodyId: target.councilId,
        date: '2025-02-17',
        text: x.decisions.story,
        adopts: [{ kind: 'future-story-version', id: storyId }],
      });
  const stories = copy
    ? []
    : [
        {
          id: storyId,
          municipalityId: m,
          version: 1,
          title: x.story.title,
          body: x.story.body.replaceAll('{name}', target.name),
          status: 'adopted',
          adoptedBy: storyDecision,
          createdAt: new Date('2025-01-20T09:00:00Z'),
          updatedAt: new Date('2025-02-17T15:00:00Z'),
        },
        {
          id: id('story:2'),
          municipalityId: m,
          version: 2,
          title: x.story.draftTitle,
          body: x.story.draftBody.replaceAll('{name}', target.name),
          status: 'draft',
          adoptedBy: null,
          createdAt: new Date('2026-09-01T09:00:00Z'),
          updatedAt: new Date('2026-09-01T09:00:00Z'),
        },
      ];

  const strategicIds = x.goals.map((_, i) => id(`goal:${i}`));
  const departmentGoalIds = x.departmentGoals.map((_, i) => id(`department-goal:${i}`));
  const goalsDecision = decide('goals', {
    bodyId: target.councilId,
    date: '2025-03-17',
    text: x.decisions.goals,
    adopts: [...strategicIds, ...departmentGoalIds].map((g) => ({ kind: 'goal-set', id: g })),
  });
  const parentOf = [0, 1, 0, 2, 0];
  const goalRows = [
    ...x.goals.map(([title, description], i) => ({
      id: strategicIds[i] as string,
      municipalityId: m,
      parentId: null as string | null,
      departmentId: null as string | null,
      title: `${title}${suffix}`,
      description,
      position: i,
      status: 'adopted',
      adoptedBy: goalsDecision,
      createdAt: new Date('2025-02-20T09:00:00Z'),
    })),
    ...x.departmentGoals.map(([title], i) => ({
      id: departmentGoalIds[i] as string,
      municipalityId: m,
      parentId: strategicIds[parentOf[i] ?? 0] as string,
      departmentId: target.departmentIds[i] as string,
      title: `${title}${suffix}`,
      description: '',
      position: i,
      status: 'adopted',
      adoptedBy: goalsDecision,
      createdAt: new Date('2025-02-20T09:00:00Z'),
    })),
  ];
  // How far along each goal's indicator is, relative to the straight line (1 = on the line).
  const strategicPace = [1.02, 0.85, 0.5, 1.1];
  const departmentPace = [1.0, 0.7, 1.05, 0.4, 0.95];
  const rotate = <T>(list: T[]) => list.map((_, i) => list[(i + variant) % list.length] as T);
  const indicatorSpecs = [
    ...x.goals.map(([, , name, unit, direction, b, t], i) => ({
      goalId: strategicIds[i] as string,
      name,
      unit,
      direction,
      b,
      t,
      pace: rotate(strategicPace)[i] ?? 1,
    })),
    ...x.departmentGoals.map(([, name, unit, direction, b, t], i) => ({
      goalId: departmentGoalIds[i] as string,
      name,
      unit,
      direction,
      b,
      t,
      pace: rotate(departmentPace)[i] ?? 1,
    })),
  ];
  const indicatorRows = indicatorSpecs.map((s, i) => ({
    id: id(`indicator:${i}`),
    goalId: s.goalId,
    name: s.name,
    unit: s.unit,
    direction: s.direction,
    baselineValue: s.b,
    baselineDate,
    targetValue: s.t,
    targetDate,
    createdAt: new Date('2025-02-20T09:00:00Z'),
  }));
  const indicatorMeasurementRows = indicatorSpecs.flatMap((s, i) =>
    quarters.map((date, q) => ({
      id: id(`indicator:${i}:m:${q}`),
      indicatorId: id(`indicator:${i}`),
      value: round(
        s.b +
          (s.t - s.b) * expectedShare(date) * s.pace +
          (random() - 0.5) * 0.02 * Math.abs(s.t - s.b),
      ),
      measuredOn: date,
      note: x.measurementNote,
      recordedAt: new Date(`${date}T10:00:00Z`),
    })),
  );

  const portfolio = plan(target, catalogue, {
    id,
    sharedId,
    suffix,
    random,
    decide,
    iso,
    day,
    quarters,
    baselineDate,
    targetDate,
    round,
    dependencies,
    participants,
    departmentGoalIds,
    strategicIds,
    expectedShare,
  });
  return {
    decisions: decisionRows,
    stories,
    goals: goalRows,
    indicators: indicatorRows,
    indicatorMeasurements: indicatorMeasurementRows,
    ...portfolio,
  };
}

/** Helpers the portfolio builder shares with the goal builder. */
export type BuildTools = {
  id: (key: string) => string;
  /** The id of a row the municipality has once, whoever refers to it (the demo's own). */
  sharedId: (key: string) => string;
  /** Ends every title of a numbered copy: ` (12)`; empty for the demo itself. */
  suffix: string;
  random: () => number;
  decide: (key: string, content: DecisionContent) => string;
  iso: (ms: number) => string;
  day: number;
  quarters: string[];
  baselineDate: string;
  targetDate: string;
  round: (n: number, digits?: number) => number;
  dependencies: [string, string][];
  participants: Record<string, number[]>;
  departmentGoalIds: string[];
  strategicIds: string[];
  expectedShare: (date: string) => number;
};

export type { CatalogueEntry };

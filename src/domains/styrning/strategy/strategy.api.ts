import { createRoute, z } from '@hono/zod-openapi';
import { GOAL_RULE } from '../../../engines/goals/index.ts';
import { apiApp, PageQuery, pageSlice, problemResponse } from '../../../web/api.ts';
import { problem } from '../../../web/problem.ts';
import { readModelsOf } from '../../../web/read-model.ts';
import { keptForVisitors } from '../../../web/visitor-pages.ts';
import { apiMunicipality } from '../../tenancy/municipality-param.ts';
import { currentAdopted, listVersions, type VersionWithDecision } from './future-story.queries.ts';
import type { GoalNode } from './goal-tree.ts';
import { renderMarkdown } from './markdown.ts';
import { canSeeStrategyDrafts } from './strategy.policy.ts';
import { keptGoalTree } from './strategy.read.ts';

const MunicipalityParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
});

const Version = z
  .object({
    id: z.string(),
    version: z.number().int(),
    status: z.enum(['draft', 'adopted']),
    title: z.string(),
    markdown: z.string(),
    html: z
      .string()
      .openapi({ description: 'Rendered with raw HTML escaped and unsafe links refused' }),
    updatedAt: z.string(),
    decision: z
      .object({
        id: z.string(),
        sequence: z.number().int(),
        decidedOn: z.string(),
        body: z.string(),
      })
      .nullable(),
  })
  .openapi('FutureStoryVersion');

const storyRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/future-story',
  middleware: [keptForVisitors()] as const,
  summary: 'The future story in force (public); drafts too for the municipality’s staff and up',
  description:
    'The version adopted by the latest decision, or null. With `drafts=true`, callers who may see drafts (staff, managers, politicians, admins of the municipality, by session or API token) also get every draft; others get 403.',
  request: {
    params: MunicipalityParam,
    query: z.object({ drafts: z.enum(['true', 'false']).optional() }),
  },
  responses: {
    200: {
      description: 'The future story',
      content: {
        'application/json': {
          schema: z.object({ adopted: Version.nullable(), drafts: z.array(Version).optional() }),
        },
      },
    },
    403: problemResponse('Drafts asked for without the right to see them'),
    404: problemResponse('No such municipality'),
  },
});

const Indicator = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['higher', 'lower']),
  baseline: z.object({ value: z.number(), date: z.string() }),
  target: z.object({ value: z.number(), date: z.string() }),
  koladaKpiId: z.string().nullable(),
  status: z.enum(['on-track', 'at-risk', 'off-track', 'unknown']),
  progress: z
    .number()
    .nullable()
    .openapi({ description: 'Share of the way from baseline to target' }),
  expected: z
    .number()
    .nullable()
    .openapi({ description: 'Share expected by the latest measurement’s date' }),
  measurements: z.array(z.object({ value: z.number(), date: z.string(), note: z.string() })),
});

const goalFields = {
  id: z.string(),
  title: z.string(),
  description: z.string(),
  department: z.object({ id: z.string(), name: z.string() }).nullable(),
  adoption: z.enum(['draft', 'adopted']),
  status: z.enum(['on-track', 'at-risk', 'off-track', 'unknown']),
  indicators: z.array(Indicator),
};
// The tree has two levels (strategic goals, department goals under them), so the schema is spelled
// out instead of recursive.
const DepartmentGoal = z
  .object({
    ...goalFields,
    children: z.array(z.object({})).openapi({ description: 'Always empty' }),
  })
  .openapi('DepartmentGoal');
const Goal = z
  .object({ ...goalFields, children: z.array(DepartmentGoal) })
  .openapi('StrategicGoal');

const goalsRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/goals',
  middleware: [keptForVisitors()] as const,
  summary:
    'The goal tree with indicators and status (adopted goals public; drafts for staff and up)',
  description: `Strategic goals with their department goals in \`children\`. \`page\` and \`pageSize\` pick one page of the top-level goals, each with all its children, so a tree is never cut; \`total\` counts the top-level goals. Status by the goal rule: an indicator is on track when its progress is at most ${GOAL_RULE.onTrackMargin * 100} percentage points behind the straight line from baseline to target at its latest measurement's date, at risk up to ${GOAL_RULE.atRiskMargin * 100} points behind, off track beyond; a goal takes the worst known status of its indicators and children.`,
  request: { params: MunicipalityParam, query: PageQuery },
  responses: {
    200: {
      description: 'One page of top-level goals, and how many there are in all',
      content: {
        'application/json': {
          schema: z.object({
            rule: z.object({ onTrackMargin: z.number(), atRiskMargin: z.number() }),
            total: z.number().int(),
            items: z.array(Goal),
          }),
        },
      },
    },
    400: problemResponse('A page or page size out of range'),
    404: problemResponse('No such municipality'),
  },
});

function versionJson(v: VersionWithDecision) {
  return {
    id: v.id,
    version: v.version,
    status: v.status === 'adopted' ? ('adopted' as const) : ('draft' as const),
    title: v.title,
    markdown: v.body,
    html: renderMarkdown(v.body),
    updatedAt: v.updatedAt.toISOString(),
    decision: v.decision && {
      id: v.decision.id,
      sequence: v.decision.sequence,
      decidedOn: v.decision.decidedOn,
      body: v.decision.bodyName,
    },
  };
}

function goalJson(g: GoalNode): z.infer<typeof DepartmentGoal> & { children: unknown[] } {
  return {
    id: g.id,
    title: g.title,
    description: g.description,
    department: g.departmentId ? { id: g.departmentId, name: g.departmentName ?? '' } : null,
    adoption: g.status === 'adopted' ? 'adopted' : 'draft',
    status: g.progress,
    indicators: g.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      direction: i.direction === 'lower' ? 'lower' : 'higher',
      baseline: { value: i.baselineValue, date: i.baselineDate },
      target: { value: i.targetValue, date: i.targetDate },
      koladaKpiId: i.koladaKpiId,
      status: i.explanation?.status ?? 'unknown',
      progress: i.explanation?.progress ?? null,
      expected: i.explanation?.expected ?? null,
      measurements: i.measurements.map((m) => ({
        value: m.value,
        date: m.measuredOn,
        note: m.note,
      })),
    })),
    children: [],
  };
}

/** The strategy domain's part of /api/v1. */
export function strategyApi() {
  const app = apiApp();
  app.openapi(storyRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const db = c.get('ctx').db;
    const adopted = await currentAdopted(db, m.id);
    if (c.req.valid('query').drafts !== 'true') {
      return c.json({ adopted: adopted ? versionJson(adopted) : null }, 200);
    }
    if (!canSeeStrategyDrafts(c.get('actor'), m.id)) {
      return problem(c, {
        title: 'Forbidden',
        status: 403,
        detail: 'Only the municipality’s staff, managers, politicians and admins see drafts.',
      }) as never;
    }
    const drafts = (await listVersions(db, m.id)).filter((v) => v.status === 'draft');
    return c.json(
      { adopted: adopted ? versionJson(adopted) : null, drafts: drafts.map(versionJson) },
      200,
    );
  });
  app.openapi(goalsRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const tree = await keptGoalTree(
      readModelsOf(c),
      m.id,
      !canSeeStrategyDrafts(c.get('actor'), m.id),
    );
    const { total, items } = pageSlice(tree, c.req.valid('query'));
    return c.json(
      {
        rule: { onTrackMargin: GOAL_RULE.onTrackMargin, atRiskMargin: GOAL_RULE.atRiskMargin },
        total,
        items: items.map((g) => ({ ...goalJson(g), children: g.children.map(goalJson) })),
      },
      200,
    );
  });
  return app;
}

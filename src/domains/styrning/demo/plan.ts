import type { benefitMeasurements, benefits } from '../benefits/benefits.schema.ts';
import type { initiatives, Requirements, stageTransitions } from '../portfolio/portfolio.schema.ts';
import type { BuildTools, DemoTarget } from './build.ts';
import type { CatalogueEntry } from './catalogue.ts';

const path = ['idea', 'assessed', 'prioritised', 'pilot', 'scaling', 'operation'] as const;
// Twenty stages, used twice with a per-municipality offset: every stage occurs, most in the middle.
const stagePattern = [
  'operation',
  'pilot',
  'assessed',
  'idea',
  'prioritised',
  'scaling',
  'pilot',
  'idea',
  'operation',
  'assessed',
  'prioritised',
  'pilot',
  'idea',
  'scaling',
  'assessed',
  'stopped',
  'prioritised',
  'operation',
  'idea',
  'pilot',
] as const;
const measuredStages = new Set(['pilot', 'scaling', 'operation', 'stopped']);
const allMet: Requirements = {
  verifiedNeed: true,
  namedOwner: true,
  goalLink: true,
  financingDevelopment: true,
  financingOperation: true,
  architectureFit: true,
};

/** Whether the demo's initiative number `i` in `stage` is public: most running ones, few early ones. */
const isPublicAt = (i: number, stage: string) =>
  ['pilot', 'scaling', 'operation'].includes(stage) ? i % 3 !== 2 : i % 4 === 0 && stage !== 'idea';

/** The portfolio rows of one demo municipality: initiatives and everything hanging on them. */
export function plan(target: DemoTarget, catalogue: CatalogueEntry[], tools: BuildTools) {
  const { id, sharedId, suffix, random, round, quarters, baselineDate, targetDate } = tools;
  const { id: m, texts: x, variant } = target;
  const money = target.currency === 'NOK' ? 1.05 : 1;
  const hourValue = target.currency === 'NOK' ? 520 : 450;
  // A copy's initiatives run on the systems the demo itself mapped: one systems map a municipality.
  const capabilityId = (key: string) => sharedId(`capability:${key}`);
  const systemId = (key: string) => sharedId(`system:${key}`);
  const initiativeId = (key: string) => id(`initiative:${key}`);
  const departmentOf = (entry: CatalogueEntry) => target.departmentIds[entry.dept] as string;

  const shared = !target.copy;
  const capabilities = Object.entries(shared ? x.capabilities : {}).map(([key, name]) => ({
    id: capabilityId(key),
    municipalityId: m,
    name,
  }));
  const systems = Object.entries(shared ? x.systems : {}).map(([key, [name, capability]]) => ({
    id: systemId(key),
    municipalityId: m,
    name,
    vendor: '',
    capabilityId: capabilityId(capability),
  }));
  const usage = new Set<string>();
  for (const entry of catalogue) for (const s of entry.systems) usage.add(`${entry.dept}|${s}`);
  // Every department keeps its books in the finance system; the school also schedules in its own app.
  for (const d of [0, 1, 2, 3, 4]) usage.add(`${d}|finance-system`);
  const departmentSystems = [...(target.copy ? [] : usage)].map((u) => {
    const [d, s] = u.split('|');
    return {
      departmentId: target.departmentIds[Number(d)] as string,
      systemId: systemId(s as string),
    };
  });

  const stages = catalogue.map(
    (_, i) => stagePattern[(i + 7 * variant) % stagePattern.length] as string,
  );
  // The first initiative in scaling whose pilot fell short went ahead by a gate override. The
  // decision is public; it names the initiative only if the initiative is public too.
  const overrideIndex = stages.indexOf('scaling');
  const overrideEntry = catalogue[overrideIndex];
  const overrideDecision = overrideEntry
    ? tools.decide('override', {
        bodyId: target.committeeId,
        date: '2026-05-20',
        text: x.decisions.override(
          isPublicAt(overrideIndex, 'scaling')
            ? `”${overrideEntry.title[target.lang]}${suffix}”`
            : null,
        ),
        adopts: [{ kind: 'gate-override', id: initiativeId(overrideEntry.key) }],
      })
    : null;

  const lang = target.lang;
  const rows = {
    capabilities,
    systems,
    departmentSystems,
    initiatives: [] as (typeof initiatives.$inferInsert)[],
    participants: [] as { initiativeId: string; departmentId: string }[],
    transitions: [] as (typeof stageTransitions.$inferInsert)[],
    contributions: [] as { initiativeId: string; goalId: string; weight: number }[],
    costs: [] as { initiativeId: string; year: number; investment: number; running: number }[],
    dependencies: [] as { initiativeId: string; dependsOnId: string }[],
    risks: [] as {
      id: string;
      initiativeId: string;
      description: string;
      likelihood: number;
      impact: number;
    }[],
    competences: [] as { initiativeId: string; competence: string }[],
    initiativeSystems: [] as { initiativeId: string; systemId: string }[],
    benefits: [] as (typeof benefits.$inferInsert)[],
    benefitMeasurements: [] as (typeof benefitMeasurements.$inferInsert)[],
    settings: [
      {
        municipalityId: m,
        discountRate: 0.04,
        currency: target.currency,
        weights: {
          goalContribution: 3,
          benefitCost: 3,
          urgency: 2,
          feasibility: 2,
          risk: 1,
          reusePotential: 1,
        },
      },
    ].filter(() => shared),
  };

  catalogue.forEach((entry, i) => {
    const iid = initiativeId(entry.key);
    const stage = stages[i] as string;
    const start = Date.parse('2024-09-02') + i * 5 * tools.day;
    const early = stage === 'idea' || stage === 'assessed';
    const requirements: Requirements = { ...allMet };
    if (early && i % 3 === 0) requirements.financingOperation = false;
    if (early && i % 4 === 1) requirements.architectureFit = false;
    if (stage === 'idea' && i % 2 === 1) requirements.verifiedNeed = false;
    rows.initiatives.push({
      id: iid,
      municipalityId: m,
      departmentId: departmentOf(entry),
      title: `${entry.title[lang]}${suffix}`,
      problem: entry.problem[lang],
      idea: entry.idea[lang],
      stage,
      isPublic: isPublicAt(i, stage),
      requirements,
      ratings: {
        urgency: 1 + Math.floor(random() * 5),
        feasibility: 1 + Math.floor(random() * 5),
        risk: 1 + Math.floor(random() * 5),
        reusePotential: 1 + Math.floor(random() * 5),
      },
      mandatory: entry.key === 'e-archive',
      startsOn: tools.iso(Date.parse('2025-01-01') + (i % 4) * 91 * tools.day),
      endsOn: tools.iso(Date.parse('2027-06-30') + (i % 3) * 183 * tools.day),
      ownerName: x.owners[i % x.owners.length],
      createdAt: new Date(start),
      updatedAt: new Date(start),
    });
    for (const d of tools.participants[entry.key] ?? [])
      if (d !== entry.dept)
        rows.participants.push({
          initiativeId: iid,
          departmentId: target.departmentIds[d] as string,
        });

    const steps: string[] =
      stage === 'stopped'
        ? ['idea', 'assessed', 'stopped']
        : path.slice(0, path.indexOf(stage as (typeof path)[number]) + 1);
    steps.slice(1).forEach((to, k) => {
      const overridden = i === overrideIndex && to === 'scaling';
      rows.transitions.push({
        id: id(`transition:${entry.key}:${k}`),
        initiativeId: iid,
        fromStage: steps[k] as string,
        toStage: to,
        reason: x.reasons[to] ?? '',
        decisionId: overridden ? overrideDecision : null,
        at: overridden
          ? new Date('2026-05-21T08:00:00Z')
          : new Date(start + (k + 1) * 70 * tools.day),
      });
    });

    const deptGoal = tools.departmentGoalIds[entry.dept] as string;
    const strategic =
      entry.dept === 1 ? 1 : ['time', 'financial', 'environment'].includes(entry.benefit) ? 2 : 0;
    rows.contributions.push({ initiativeId: iid, goalId: deptGoal, weight: 0.6 });
    rows.contributions.push({
      initiativeId: iid,
      goalId: tools.strategicIds[strategic] as string,
      weight: 0.4,
    });

    const investment = Math.round((150 + random() * 1350) * 1000 * money);
    const running = Math.round(investment * (0.15 + random() * 0.1));
    const costYears: [number, number, number][] =
      stage === 'stopped'
        ? [[2025, investment, 0]]
        : early || stage === 'prioritised'
          ? [
              [2026, Math.round(investment * 0.2), 0],
              [2027, investment, 0],
              [2028, 0, running],
            ]
          : [
              [2025, investment, 0],
              [2026, Math.round(investment * 0.4), running],
              [2027, 0, running],
              [2028, 0, running],
            ];
    for (const [year, inv, run] of costYears)
      rows.costs.push({ initiativeId: iid, year, investment: inv, running: run });

    rows.risks.push({
      id: id(`risk:${entry.key}`),
      initiativeId: iid,
      description: x.risks[i % x.risks.length] as string,
      likelihood: 1 + (i % 5),
      impact: 2 + (i % 4),
    });
    for (const c of new Set([x.competences[i % 6], x.competences[(i + 2) % 6]]))
      rows.competences.push({ initiativeId: iid, competence: c as string });
    for (const s of entry.systems)
      rows.initiativeSystems.push({ initiativeId: iid, systemId: systemId(s) });

    if (stage === 'idea') return;
    const b = x.benefit[entry.benefit];
    const level = entry.benefit === 'quality' ? 70 : entry.benefit === 'satisfaction' ? 60 : 0;
    const size = entry.benefit === 'financial' ? Math.round(entry.size * money) : entry.size;
    const targetValue = level + size;
    const planned: Record<string, number> = measuredStages.has(stage)
      ? {
          '2025': round(level + size * 0.5),
          '2026': targetValue,
          '2027': targetValue,
          '2028': targetValue,
        }
      : { '2027': round(level + size * 0.6), '2028': targetValue };
    const benefitId = id(`benefit:${entry.key}`);
    rows.benefits.push({
      id: benefitId,
      initiativeId: iid,
      description: b.description,
      kind: entry.benefit,
      isDisbenefit: false,
      recipient: b.recipient,
      ownerName: x.owners[(i + 3) % x.owners.length] ?? '',
      indicator: b.indicator,
      unit: b.unit,
      direction: 'higher',
      baselineValue: level,
      baselineDate,
      targetValue,
      targetDate,
      moneyPerUnit: entry.benefit === 'time' ? hourValue : entry.benefit === 'financial' ? 1 : null,
      confidence: ['green', 'yellow', 'red'][i % 3],
      planned,
      countsForGate: true,
      createdAt: new Date(start + 70 * tools.day),
    });
    if (measuredStages.has(stage)) {
      // Pilots alternate between passing the gate (at target) and falling short; the overridden
      // one fell short; those in operation reached their targets; stopped ones fell far behind.
      const pace =
        stage === 'stopped'
          ? 0.2
          : i === overrideIndex
            ? 0.8
            : stage === 'pilot'
              ? i % 2 === 0
                ? 1.05
                : 0.6
              : 1.04;
      const dates = stage === 'stopped' ? quarters.slice(0, 4) : quarters;
      dates.forEach((date, q) => {
        rows.benefitMeasurements.push({
          id: id(`benefit:${entry.key}:m:${q}`),
          benefitId,
          value: round(level + size * pace * ((q + 1) / quarters.length)),
          measuredOn: date,
          note: x.measurementNote,
          recordedAt: new Date(`${date}T10:00:00Z`),
        });
      });
    }
    if (i % 4 === 2 && !early) {
      const disId = id(`disbenefit:${entry.key}`);
      const licence = Math.round(60_000 * money);
      rows.benefits.push({
        id: disId,
        initiativeId: iid,
        description: x.disbenefit.description,
        kind: 'financial',
        isDisbenefit: true,
        recipient: x.disbenefit.recipient,
        ownerName: x.owners[(i + 5) % x.owners.length] ?? '',
        indicator: x.disbenefit.indicator,
        unit: x.disbenefit.unit,
        direction: 'lower',
        baselineValue: Math.round(licence * 1.3),
        baselineDate,
        targetValue: licence,
        targetDate,
        moneyPerUnit: 1,
        confidence: 'green',
        planned: { '2026': licence, '2027': licence, '2028': licence },
        countsForGate: false,
        createdAt: new Date(start + 70 * tools.day),
      });
      if (measuredStages.has(stage))
        rows.benefitMeasurements.push({
          id: id(`disbenefit:${entry.key}:m:0`),
          benefitId: disId,
          value: Math.round(licence * 1.1),
          measuredOn: '2026-03-15',
          note: x.measurementNote,
          recordedAt: new Date('2026-03-15T10:00:00Z'),
        });
    }
  });
  for (const [from, to] of tools.dependencies)
    rows.dependencies.push({ initiativeId: initiativeId(from), dependsOnId: initiativeId(to) });
  return rows;
}

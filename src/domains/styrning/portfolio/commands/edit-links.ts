import type { CommandContext } from '../../../../lib/context.ts';
import { fail, ok } from '../../../../lib/result.ts';
import type { Actor } from '../../../../vocabulary/actor.ts';
import { listDepartments } from '../../../tenancy/tenancy.queries.ts';
import { cycleAfter } from '../dependency-check.ts';
import { allUuids, parseCompetences, parseDecimal, tickedIds } from '../initiative.inputs.ts';
import { goalsOfMunicipality, systemsOfMunicipality } from '../initiative-detail.queries.ts';
import {
  replaceCompetences,
  replaceContributions,
  replaceDependencies,
  replaceParticipants,
  replaceSystems,
} from '../initiative-parts.queries.ts';
import { dependencyEdges, initiativesAmong, touchInitiative } from '../portfolio.queries.ts';
import { editInitiative } from './edit-common.ts';

type Where = { municipalityId: string; initiativeId: string };

/** Participating departments (checkboxes `dept_<id>`): this municipality's, not the owner. */
export function editParticipants(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  values: Record<string, string>,
) {
  const ids = tickedIds(values, 'dept_');
  return editInitiative(
    ctx,
    actor,
    { ...where, action: 'initiative.participants' },
    async (tx, i) => {
      const known = new Set((await listDepartments(tx.db, where.municipalityId)).map((d) => d.id));
      if (!ids.every((id) => known.has(id) && id !== i.departmentId))
        return fail('invalid', { participants: 'identity.error.department' });
      await replaceParticipants(tx.db, i.id, ids);
      await touchInitiative(tx.db, i.id, tx.now());
      return ok({ departmentIds: ids });
    },
  );
}

/** Contribution to goals: `goal_<id>` = weight in [0, 1] (empty for none), this municipality's goals. */
export function editContributions(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  values: Record<string, string>,
) {
  const rows: { goalId: string; weight: number }[] = [];
  const errors: Record<string, string> = {};
  for (const key of Object.keys(values)
    .filter((k) => k.startsWith('goal_'))
    .sort()) {
    const weight = parseDecimal(values[key]);
    if (weight === undefined) continue;
    if (!(weight >= 0 && weight <= 1)) errors[key] = 'portfolio.initiative.error.weight';
    else rows.push({ goalId: key.slice(5), weight });
  }
  return editInitiative(ctx, actor, { ...where, action: 'initiative.goals' }, async (tx, i) => {
    if (Object.keys(errors).length) return fail('invalid', errors);
    const known = new Set(
      (await goalsOfMunicipality(tx.db, where.municipalityId)).map((g) => g.id),
    );
    const foreign = rows.find((r) => !known.has(r.goalId));
    if (foreign) return fail('invalid', { contributions: 'portfolio.initiative.error.goal' });
    await replaceContributions(tx.db, i.id, rows);
    await touchInitiative(tx.db, i.id, tx.now());
    return ok({ contributions: rows });
  });
}

/** Systems touched (checkboxes `sys_<id>`), from the municipality's catalogue. */
export function editSystems(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  values: Record<string, string>,
) {
  const ids = tickedIds(values, 'sys_');
  return editInitiative(ctx, actor, { ...where, action: 'initiative.systems' }, async (tx, i) => {
    const known = new Set(
      (await systemsOfMunicipality(tx.db, where.municipalityId)).map((s) => s.id),
    );
    if (!ids.every((id) => known.has(id)))
      return fail('invalid', { systems: 'portfolio.initiative.error.system' });
    await replaceSystems(tx.db, i.id, ids);
    await touchInitiative(tx.db, i.id, tx.now());
    return ok({ systemIds: ids });
  });
}

/** Competences needed, typed as a comma-separated list of tags. */
export function editCompetences(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  values: Record<string, string>,
) {
  const tags = parseCompetences(values.competences);
  return editInitiative(
    ctx,
    actor,
    { ...where, action: 'initiative.competences' },
    async (tx, i) => {
      if (!Array.isArray(tags))
        return fail('invalid', { competences: `portfolio.initiative.error.competences.${tags}` });
      await replaceCompetences(tx.db, i.id, tags);
      await touchInitiative(tx.db, i.id, tx.now());
      return ok({ competences: tags });
    },
  );
}

/**
 * Dependencies (checkboxes `dep_<id>`) on other initiatives of the same municipality. A cycle is
 * refused: the failure's `cycle` field holds the titles along it, joined by " → ", first repeated.
 */
export function editDependencies(
  ctx: CommandContext,
  actor: Actor,
  where: Where,
  values: Record<string, string>,
) {
  const ids = tickedIds(values, 'dep_');
  return editInitiative(
    ctx,
    actor,
    { ...where, action: 'initiative.dependencies' },
    async (tx, i) => {
      const found = allUuids(ids) ? await initiativesAmong(tx.db, where.municipalityId, ids) : [];
      if (found.length !== ids.length)
        return fail('invalid', { dependencies: 'portfolio.initiative.error.dependency' });
      const cycle = cycleAfter(await dependencyEdges(tx.db, where.municipalityId), i.id, ids);
      if (cycle) {
        const titles = await initiativesAmong(tx.db, where.municipalityId, cycle);
        const name = (id: string) => titles.find((x) => x.id === id)?.title ?? id;
        const path = [...cycle, cycle[0]!].map(name).join(' → ');
        return fail('invalid', { dependencies: 'portfolio.initiative.error.cycle', cycle: path });
      }
      await replaceDependencies(tx.db, i.id, ids);
      await touchInitiative(tx.db, i.id, tx.now());
      return ok({ dependsOn: ids });
    },
  );
}

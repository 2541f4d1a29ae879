import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { decisions } from '../../decisions/decisions.schema.ts';
import { users } from '../../identity/identity.schema.ts';
import { departments } from '../../tenancy/tenancy.schema.ts';
import { goals } from '../strategy/strategy.schema.ts';
import type { InitiativeRow } from './portfolio.queries.ts';
import {
  goalContributions,
  initiativeCompetences,
  initiativeCosts,
  initiativeDependencies,
  initiativeParticipants,
  initiativeRisks,
  initiativeSystems,
  initiatives,
  stageTransitions,
  systems,
} from './portfolio.schema.ts';

/**
 * A goal the initiative contributes to, with the goal's status and its parent goal's status (null
 * without a parent), which together say whether the goal is public (`isPublicGoal`).
 */
export type Contribution = {
  goalId: string;
  title: string;
  weight: number;
  goalStatus: string;
  parentStatus: string | null;
};

const parentGoal = alias(goals, 'parent_goal');

/** The goals an initiative contributes to, in the goals' order, whatever their status. */
export function contributionsOf(db: Db, initiativeId: string): Promise<Contribution[]> {
  return db
    .select({
      goalId: goals.id,
      title: goals.title,
      weight: goalContributions.weight,
      goalStatus: goals.status,
      parentStatus: parentGoal.status,
    })
    .from(goalContributions)
    .innerJoin(goals, eq(goals.id, goalContributions.goalId))
    .leftJoin(parentGoal, eq(parentGoal.id, goals.parentId))
    .where(eq(goalContributions.initiativeId, initiativeId))
    .orderBy(asc(goals.position), asc(goals.title));
}

/** Everything recorded about one initiative, for its page, its edit page and the API. */
export type InitiativeDetail = {
  initiative: InitiativeRow;
  departmentName: string;
  createdByName: string | null;
  participants: { id: string; name: string }[];
  contributions: Contribution[];
  costs: { year: number; investment: number; running: number }[];
  risks: { id: string; description: string; likelihood: number; impact: number }[];
  systems: { id: string; name: string }[];
  competences: string[];
  dependsOn: { id: string; title: string; stage: string; isPublic: boolean }[];
  dependents: { id: string; title: string; stage: string; isPublic: boolean }[];
  transitions: {
    id: string;
    fromStage: string;
    toStage: string;
    reason: string;
    decisionId: string | null;
    /** The decision's number in the municipality's chain and its date, when a decision moved it. */
    decisionSequence: number | null;
    decidedOn: string | null;
    at: Date;
    actorName: string | null;
  }[];
};

const linked = {
  id: initiatives.id,
  title: initiatives.title,
  stage: initiatives.stage,
  isPublic: initiatives.isPublic,
};

/** The initiative with all its parts; undefined when it is not this municipality's. */
export async function initiativeDetail(
  db: Db,
  initiative: InitiativeRow,
): Promise<InitiativeDetail> {
  const id = initiative.id;
  const [dept] = await db
    .select({ name: departments.name })
    .from(departments)
    .where(eq(departments.id, initiative.departmentId));
  const creator = initiative.createdBy
    ? (
        await db.select({ name: users.name }).from(users).where(eq(users.id, initiative.createdBy))
      )[0]
    : undefined;
  const participants = await db
    .select({ id: departments.id, name: departments.name })
    .from(initiativeParticipants)
    .innerJoin(departments, eq(departments.id, initiativeParticipants.departmentId))
    .where(eq(initiativeParticipants.initiativeId, id))
    .orderBy(asc(departments.name));
  const contributions = await contributionsOf(db, id);
  const costs = await db
    .select({
      year: initiativeCosts.year,
      investment: initiativeCosts.investment,
      running: initiativeCosts.running,
    })
    .from(initiativeCosts)
    .where(eq(initiativeCosts.initiativeId, id))
    .orderBy(asc(initiativeCosts.year));
  const risks = await db
    .select({
      id: initiativeRisks.id,
      description: initiativeRisks.description,
      likelihood: initiativeRisks.likelihood,
      impact: initiativeRisks.impact,
    })
    .from(initiativeRisks)
    .where(eq(initiativeRisks.initiativeId, id))
    .orderBy(asc(initiativeRisks.description), asc(initiativeRisks.id));
  const touched = await db
    .select({ id: systems.id, name: systems.name })
    .from(initiativeSystems)
    .innerJoin(systems, eq(systems.id, initiativeSystems.systemId))
    .where(eq(initiativeSystems.initiativeId, id))
    .orderBy(asc(systems.name));
  const competences = await db
    .select({ competence: initiativeCompetences.competence })
    .from(initiativeCompetences)
    .where(eq(initiativeCompetences.initiativeId, id))
    .orderBy(asc(initiativeCompetences.competence));
  const dependsOn = await db
    .select(linked)
    .from(initiativeDependencies)
    .innerJoin(initiatives, eq(initiatives.id, initiativeDependencies.dependsOnId))
    .where(eq(initiativeDependencies.initiativeId, id))
    .orderBy(asc(initiatives.title));
  const dependents = await db
    .select(linked)
    .from(initiativeDependencies)
    .innerJoin(initiatives, eq(initiatives.id, initiativeDependencies.initiativeId))
    .where(eq(initiativeDependencies.dependsOnId, id))
    .orderBy(asc(initiatives.title));
  const transitions = await db
    .select({
      id: stageTransitions.id,
      fromStage: stageTransitions.fromStage,
      toStage: stageTransitions.toStage,
      reason: stageTransitions.reason,
      decisionId: stageTransitions.decisionId,
      decisionSequence: decisions.sequence,
      decidedOn: decisions.decidedOn,
      at: stageTransitions.at,
      actorName: users.name,
    })
    .from(stageTransitions)
    .leftJoin(users, eq(users.id, stageTransitions.actorId))
    .leftJoin(decisions, eq(decisions.id, stageTransitions.decisionId))
    .where(eq(stageTransitions.initiativeId, id))
    .orderBy(asc(stageTransitions.at), asc(stageTransitions.id));
  return {
    initiative,
    departmentName: dept?.name ?? '',
    createdByName: creator?.name ?? null,
    participants,
    contributions,
    costs,
    risks,
    systems: touched,
    competences: competences.map((c) => c.competence),
    dependsOn,
    dependents,
    transitions,
  };
}

/** The municipality's goals (strategic and department goals) that initiatives can contribute to. */
export async function goalsOfMunicipality(db: Db, municipalityId: string) {
  return db
    .select({
      id: goals.id,
      title: goals.title,
      departmentId: goals.departmentId,
      parentId: goals.parentId,
      status: goals.status,
    })
    .from(goals)
    .where(eq(goals.municipalityId, municipalityId))
    .orderBy(asc(goals.position), asc(goals.title));
}

/** The municipality's systems catalogue (empty until one is kept). */
export async function systemsOfMunicipality(db: Db, municipalityId: string) {
  return db
    .select({ id: systems.id, name: systems.name, vendor: systems.vendor })
    .from(systems)
    .where(eq(systems.municipalityId, municipalityId))
    .orderBy(asc(systems.name));
}

/** The initiatives of the municipality an initiative could depend on (the form leaves out itself). */
export async function dependencyOptions(db: Db, municipalityId: string) {
  return db
    .select(linked)
    .from(initiatives)
    .where(eq(initiatives.municipalityId, municipalityId))
    .orderBy(asc(initiatives.title));
}

import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { decisions } from '../../decisions/decisions.schema.ts';
import { users } from '../../identity/identity.schema.ts';
import { departments, municipalities } from '../../tenancy/tenancy.schema.ts';
import { goals } from '../strategy/strategy.schema.ts';

/** The must-requirements an initiative has to meet to be a candidate for funding. */
export type Requirements = {
  verifiedNeed: boolean;
  namedOwner: boolean;
  goalLink: boolean;
  financingDevelopment: boolean;
  financingOperation: boolean;
  architectureFit: boolean;
};

/** A satsning: stage idea → assessed → prioritised → pilot → scaling → operation, or stopped. */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    title: text('title').notNull(),
    problem: text('problem').notNull().default(''),
    idea: text('idea').notNull().default(''),
    stage: text('stage').notNull().default('idea'),
    isPublic: boolean('is_public').notNull().default(false),
    requirements: jsonb('requirements').$type<Requirements>().notNull(),
    /** Prioritisation inputs on 0–5 scales: urgency, feasibility, risk, reuse potential. */
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull().default({}),
    mandatory: boolean('mandatory').notNull().default(false),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    ownerName: text('owner_name').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('initiatives_municipality_idx').on(t.municipalityId, t.stage),
    index('initiatives_department_idx').on(t.departmentId),
  ],
);

export const initiativeParticipants = pgTable(
  'initiative_participants',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.departmentId] })],
);

/** Every stage change, who made it and why; append-only. */
export const stageTransitions = pgTable(
  'stage_transitions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    fromStage: text('from_stage').notNull(),
    toStage: text('to_stage').notNull(),
    reason: text('reason').notNull(),
    decisionId: uuid('decision_id').references(() => decisions.id),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stage_transitions_initiative_idx').on(t.initiativeId, t.at)],
);

export const goalContributions = pgTable(
  'goal_contributions',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id),
    weight: doublePrecision('weight').notNull(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.goalId] })],
);

/** Costs per year in the municipality's currency: development investment and running cost. */
export const initiativeCosts = pgTable(
  'initiative_costs',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    year: integer('year').notNull(),
    investment: doublePrecision('investment').notNull().default(0),
    running: doublePrecision('running').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.year] })],
);

export const initiativeDependencies = pgTable(
  'initiative_dependencies',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    dependsOnId: uuid('depends_on_id')
      .notNull()
      .references(() => initiatives.id),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.dependsOnId] })],
);

export const initiativeRisks = pgTable('initiative_risks', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  initiativeId: uuid('initiative_id')
    .notNull()
    .references(() => initiatives.id),
  description: text('description').notNull(),
  likelihood: integer('likelihood').notNull(),
  impact: integer('impact').notNull(),
});

export const initiativeCompetences = pgTable(
  'initiative_competences',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    competence: text('competence').notNull(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.competence] })],
);

/** Capabilities (förmågor) and the systems that provide them, for the systems map against silos. */
export const capabilities = pgTable(
  'capabilities',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
  },
  (t) => [index('capabilities_municipality_name_idx').on(t.municipalityId, t.name)],
);

export const systems = pgTable(
  'systems',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    municipalityId: text('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
    vendor: text('vendor').notNull().default(''),
    capabilityId: uuid('capability_id').references(() => capabilities.id),
  },
  // The systems page and API list a municipality's systems by name.
  (t) => [index('systems_municipality_name_idx').on(t.municipalityId, t.name, t.id)],
);

export const departmentSystems = pgTable(
  'department_systems',
  {
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id),
  },
  (t) => [primaryKey({ columns: [t.departmentId, t.systemId] })],
);

export const initiativeSystems = pgTable(
  'initiative_systems',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.systemId] })],
);

import type { JSX } from 'hono/jsx/jsx-runtime';
import type { Db } from '../db/client.ts';
import type { Actor } from '../vocabulary/actor.ts';
import type { Translator } from './i18n/index.ts';
import type { KeepReadModel } from './read-model.ts';

/** What a start-page section or task provider is told about the page being drawn. */
export type StartPageInput = {
  db: Db;
  municipality: { id: string; name: string; country: string };
  actor: Actor;
  t: Translator;
  now: Date;
  /**
   * The read model under `key` (db/read-models.ts), loaded with `load` when not kept: what a
   * section reads is the same for everyone who may see it, so the page asks the database nothing
   * until content changes. Keys name the municipality and, where it matters, what the actor sees.
   */
  readModel: KeepReadModel;
};

/**
 * One part of a municipality's start page, drawn by the domain that owns its content (the future
 * story's opening, goal status, initiatives by stage, latest decisions ...). `null` leaves it out.
 */
export type StartSection = {
  id: string;
  /** Place on the page: lower first. */
  order: number;
  render: (input: StartPageInput) => Promise<JSX.Element | null>;
};

/** Something the signed-in user should do here, already in words, with where to do it. */
export type StartTask = { text: string; href: string };

/** A domain's part of the "your tasks" box: only the tasks this actor may do. */
export type TaskProvider = (input: StartPageInput) => Promise<StartTask[]>;

const sections: StartSection[] = [];
const taskProviders: TaskProvider[] = [];

/** Adds a domain's sections and tasks (called by the composition, src/modules.ts). */
export function registerStartPage(part: {
  sections?: readonly StartSection[] | undefined;
  tasks?: TaskProvider | undefined;
}): void {
  sections.push(...(part.sections ?? []));
  sections.sort((a, b) => a.order - b.order);
  if (part.tasks) taskProviders.push(part.tasks);
}

type Drawn = NonNullable<Awaited<ReturnType<StartSection['render']>>>;

/** Every registered section, drawn for this page; the ones with nothing to show are left out. */
export async function startSections(
  input: StartPageInput,
): Promise<{ id: string; content: Drawn }[]> {
  const drawn = await Promise.all(
    sections.map(async (s) => ({ s, content: await s.render(input) })),
  );
  const shown: { id: string; content: Drawn }[] = [];
  for (const { s, content } of drawn) if (content !== null) shown.push({ id: s.id, content });
  return shown;
}

/** The actor's tasks in this municipality, from every domain; none for visitors. */
export async function startTasks(input: StartPageInput): Promise<StartTask[]> {
  if (input.actor.kind !== 'user') return [];
  return (await Promise.all(taskProviders.map((p) => p(input)))).flat();
}

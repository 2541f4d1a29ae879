import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../domains/audit/record.ts';
import {
  insertBody,
  listBodies,
  lockDecisionChain,
} from '../domains/decisions/decisions.queries.ts';
import { proposals } from '../domains/dialog/proposals/proposals.schema.ts';
import { catalogue } from '../domains/styrning/demo/catalogue.ts';
import { type CopyPlan, seedDemoCopies } from '../domains/styrning/demo/copies.ts';
import { type DemoMunicipality, seedDemoSteering } from '../domains/styrning/demo/seed.ts';
import { initiatives } from '../domains/styrning/portfolio/portfolio.schema.ts';
import { futureStoryVersions } from '../domains/styrning/strategy/strategy.schema.ts';
import { loadNordicMunicipalities } from '../domains/tenancy/reference-data.ts';
import {
  getMunicipality,
  insertDepartment,
  listDepartments,
  markDemoContent,
} from '../domains/tenancy/tenancy.queries.ts';
import type { CommandContext } from '../lib/context.ts';
import { demoId } from '../lib/demo-id.ts';
import { parseStrictInteger } from '../lib/integer.ts';
import { ok, type Result } from '../lib/result.ts';
import { inTransaction } from '../lib/transaction.ts';
import { demoMunicipalities, demoOrganisation } from './demo.ts';

/** The largest scale the generator takes: ten thousand times the demo, 400 000 initiatives. */
export const MAX_SCALE = 10_000;

export type GenerateInput = { municipalityId: string; scale: number; seed: number };

/** Why the options or the municipality do not allow generating. */
export type GenerateRefusal = { ok: false; reason: string; message: string };

/**
 * Checks the generator's options without a database: the municipality must be in the bundled
 * registry (`SE-0127`, `NO-3201`), the scale a whole number from 1 to MAX_SCALE, the seed a whole
 * number (default 1).
 */
export function checkGenerateInput(given: {
  municipality?: string | undefined;
  scale?: string | undefined;
  seed?: string | undefined;
}): Result<GenerateInput> | GenerateRefusal {
  const id = given.municipality?.trim().toUpperCase() ?? '';
  if (!loadNordicMunicipalities().municipalities.some((m) => m.id === id))
    return refusal(
      'unknown-municipality',
      given.municipality
        ? `No municipality has the code ${given.municipality}. Use a code from the registry, e.g. SE-0127 (Botkyrka) or NO-3201 (Bærum).`
        : 'Name the municipality with --municipality, e.g. SE-0127 (Botkyrka) or NO-3201 (Bærum).',
    );
  const scale = parseStrictInteger(given.scale ?? '', { min: 1, max: MAX_SCALE });
  if (scale === undefined)
    return refusal(
      'bad-scale',
      `--scale must be a whole number from 1 to ${MAX_SCALE} (times the demo's size), not "${given.scale ?? ''}".`,
    );
  const seed = given.seed === undefined ? 1 : parseStrictInteger(given.seed);
  if (seed === undefined)
    return refusal('bad-seed', `--seed must be a whole number, not "${given.seed}".`);
  return ok({ municipalityId: id, scale, seed });
}

const refusal = (reason: string, message: string): GenerateRefusal => ({
  ok: false,
  reason,
  message,
});

/** A municipality's name as an address part: `Bærum` → `baerum`, `Upplands Väsby` → `upplands-vasby`. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** What one run added. */
export type Generated = {
  municipality: { id: string; name: string };
  /** Copies of the demo the municipality has now (the demo itself is the first). */
  scale: number;
  /** Rows added per table by the copies (the demo's own rows not counted). */
  added: Record<string, number>;
};

const system = { kind: 'system' as const, label: 'seed:generate' };

/**
 * Fills a municipality with `scale` times the demo's Styrning content in one transaction: the
 * demo itself (with the demo's departments and bodies when it has none) and numbered copies 2 to
 * `scale`. A municipality with steering content other than the demo's alone is refused, so a
 * second run or a real municipality's own portfolio is never mixed with generated rows.
 */
export async function generateDemoContent(
  ctx: CommandContext,
  input: GenerateInput,
  onProgress?: CopyPlan['onProgress'],
): Promise<Result<Generated> | GenerateRefusal> {
  const row = await getMunicipality(ctx.db, input.municipalityId);
  if (!row)
    return refusal('unknown-municipality', `${input.municipalityId} is not in this database.`);
  const known = demoMunicipalities.find((m) => m.id === row.id);
  const country = row.country === 'NO' ? 'NO' : 'SE';
  const municipality: DemoMunicipality = {
    id: row.id,
    slug: known?.slug ?? slugOf(row.name),
    name: row.name,
    departments: demoOrganisation(country).departments,
  };
  return inTransaction(ctx, async (tx) => {
    await lockDecisionChain(tx.db, row.id);
    const state = await steeringState(tx, row.id);
    if (state === 'other')
      return refusal(
        'not-empty',
        `${row.name} (${row.id}) already has steering content besides the demo's (an earlier run, or its own). Generate into a fresh data directory.`,
      );
    if (state === 'empty') {
      await ensureOrganisation(tx, row.id, country);
      await markDemoContent(tx.db, row.id);
      await seedDemoSteering(tx, [municipality]);
    }
    const added = await seedDemoCopies(tx, municipality, {
      from: 2,
      to: input.scale,
      seed: input.seed,
      ...(onProgress ? { onProgress } : {}),
    });
    return ok({ municipality: { id: row.id, name: row.name }, scale: input.scale, added });
  });
}

/** `empty`: no steering content; `demo`: the demo's alone; `other`: anything else. */
async function steeringState(ctx: CommandContext, municipalityId: string) {
  // Initiatives that residents' proposals became are the demo's too, but not its steering.
  const [counted] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.municipalityId, municipalityId),
        sql`not exists (select 1 from ${proposals} p where p.initiative_id = ${initiatives.id})`,
      ),
    );
  const stories = await ctx.db
    .select({ id: futureStoryVersions.id })
    .from(futureStoryVersions)
    .where(eq(futureStoryVersions.municipalityId, municipalityId));
  const n = counted?.n ?? 0;
  if (n === 0 && stories.length === 0) return 'empty';
  const demoStory = stories.some((s) => s.id === demoId(municipalityId, 'story:1'));
  const [copy] = await ctx.db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.municipalityId, municipalityId),
        eq(initiatives.id, demoId(municipalityId, `copy:2:initiative:${catalogue[0]?.key}`)),
      ),
    );
  return demoStory && n === catalogue.length && !copy ? 'demo' : 'other';
}

/** The demo's departments that the municipality lacks, and its bodies when it has none. */
async function ensureOrganisation(
  ctx: CommandContext,
  municipalityId: string,
  country: 'SE' | 'NO',
) {
  const organisation = demoOrganisation(country);
  const have = new Set((await listDepartments(ctx.db, municipalityId)).map((d) => d.name));
  for (const name of organisation.departments) {
    if (have.has(name)) continue;
    const d = await insertDepartment(ctx.db, { municipalityId, name, isDemo: true });
    await audit(ctx, system, {
      municipalityId,
      action: 'department.create',
      target: `department:${d.id}`,
    });
  }
  if ((await listBodies(ctx.db, municipalityId)).length > 0) return;
  for (const body of organisation.bodies) {
    const b = await insertBody(ctx.db, { municipalityId, ...body });
    await audit(ctx, system, {
      municipalityId,
      action: 'decision-body.create',
      target: `decision-body:${b.id}`,
    });
  }
}

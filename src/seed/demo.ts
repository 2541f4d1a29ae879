import { audit } from '../domains/audit/record.ts';
import { insertBody, listBodies } from '../domains/decisions/decisions.queries.ts';
import {
  findUserByEmail,
  insertGrant,
  insertUser,
  setPasswordHash,
} from '../domains/identity/identity.queries.ts';
import { generateDemoPassword, hashPassword } from '../domains/identity/passwords.ts';
import { getSetting, setSetting } from '../domains/platform/platform.queries.ts';
import {
  insertDepartment,
  listDepartments,
  markDemoContent,
} from '../domains/tenancy/tenancy.queries.ts';
import type { CommandContext } from '../lib/context.ts';
import { inTransaction } from '../lib/transaction.ts';
import { modules } from '../modules.ts';
import { municipalRoles } from '../vocabulary/actor.ts';

const swedishDepartments = [
  'Förskola och skola',
  'Vård och omsorg',
  'Socialtjänst',
  'Samhällsbyggnad',
  'Kultur och fritid',
];

const swedishBodies = [
  { name: 'Kommunfullmäktige', kind: 'council' },
  { name: 'Kommunstyrelsen', kind: 'executive' },
  { name: 'Vård- och omsorgsnämnden', kind: 'committee' },
];

/** The demo municipalities, their mail domain, departments and decision-making bodies (in the municipality's language). */
export const demoMunicipalities = [
  {
    id: 'SE-0127',
    slug: 'botkyrka',
    departments: swedishDepartments,
    bodies: swedishBodies,
  },
  {
    id: 'SE-0483',
    slug: 'katrineholm',
    departments: swedishDepartments,
    bodies: swedishBodies,
  },
  {
    id: 'NO-3203',
    slug: 'asker',
    departments: [
      'Oppvekst',
      'Helse og omsorg',
      'Sosiale tjenester',
      'Samfunnsutvikling',
      'Kultur og fritid',
    ],
    bodies: [
      { name: 'Kommunestyret', kind: 'council' },
      { name: 'Formannskapet', kind: 'executive' },
      { name: 'Hovedutvalg for helse og omsorg', kind: 'committee' },
    ],
  },
] as const;

/** The departments and decision bodies the demo gives a municipality of `country`, in its language. */
export function demoOrganisation(country: 'SE' | 'NO') {
  const model = demoMunicipalities.find((m) => m.id.startsWith(`${country}-`));
  if (!model) throw new Error(`no demo municipality in ${country}`);
  return { departments: model.departments, bodies: model.bodies };
}

export const demoCoordinators = [
  { email: 'coordinator@network.example', name: 'Demo Network Coordinator', countyId: null },
  {
    email: 'coordinator@stockholm.example',
    name: 'Demo Coordinator Stockholms län',
    countyId: 'SE-01',
  },
] as const;

export type DemoAccount = { email: string; role: string; municipality: string };

const system = { kind: 'system' as const, label: 'seed:demo' };

/** The demo password: SAMSKAP_DEMO_PASSWORD when set, else one generated once per database. */
export async function demoPassword(
  ctx: CommandContext,
  configured: string | undefined,
): Promise<string> {
  if (configured) return configured;
  const stored = await getSetting(ctx.db, 'demo_password');
  if (stored) return stored;
  const generated = generateDemoPassword();
  await setSetting(ctx.db, 'demo_password', generated);
  return generated;
}

/** The demo accounts, one per role and demo municipality plus the coordinators. */
export function demoAccounts(): DemoAccount[] {
  return [
    ...demoMunicipalities.flatMap((m) =>
      municipalRoles.map((role) => ({
        email: `${role}@${m.slug}.example`,
        role,
        municipality: m.id,
      })),
    ),
    ...demoCoordinators.map((c) => ({
      email: c.email,
      role: 'coordinator',
      municipality: c.countyId ?? 'network',
    })),
  ];
}

// Kept per process: a test run seeds many databases with the same password.
const hashesByPassword = new Map<string, Promise<Map<string, string>>>();

/**
 * One argon2id hash per demo account, each with its own salt (the same password must not give
 * the same hash, or one cracked hash would show which accounts share it). Hashed in parallel.
 */
function demoPasswordHashes(password: string): Promise<Map<string, string>> {
  let hashes = hashesByPassword.get(password);
  if (!hashes) {
    hashes = Promise.all(
      demoAccounts().map(async (a) => [a.email, await hashPassword(password)] as const),
    ).then((pairs) => new Map(pairs));
    hashesByPassword.set(password, hashes);
    hashes.catch(() => hashesByPassword.delete(password));
  }
  return hashes;
}

/**
 * Demo content for Botkyrka, Katrineholm and Asker: departments, decision bodies, the accounts
 * of `demoAccounts`, all marked as demo, and each domain's demo step (`seedDemo` in its module). Idempotent: a
 * second run only sets the current password.
 */
export async function seedDemo(ctx: CommandContext, password: string): Promise<void> {
  const hashes = await demoPasswordHashes(password);
  await inTransaction(ctx, async (tx) => {
    const ensureUser = async (email: string, name: string) => {
      const hash = hashes.get(email);
      if (!hash) throw new Error(`no password hash for demo user ${email}`);
      const existing = await findUserByEmail(tx.db, email);
      if (existing) {
        await setPasswordHash(tx.db, existing.id, hash);
        return existing.id;
      }
      const created = await insertUser(tx.db, { email, name, passwordHash: hash, isDemo: true });
      if (!created) throw new Error(`could not create demo user ${email}`);
      await audit(tx, system, {
        municipalityId: null,
        action: 'user.create-demo',
        target: `user:${created.id}`,
      });
      return created.id;
    };
    for (const m of demoMunicipalities) {
      let departments = await listDepartments(tx.db, m.id);
      if (departments.length === 0) {
        for (const name of m.departments) {
          const d = await insertDepartment(tx.db, { municipalityId: m.id, name, isDemo: true });
          await audit(tx, system, {
            municipalityId: m.id,
            action: 'department.create',
            target: `department:${d.id}`,
          });
        }
        departments = await listDepartments(tx.db, m.id);
      }
      await markDemoContent(tx.db, m.id);
      if ((await listBodies(tx.db, m.id)).length === 0) {
        for (const body of m.bodies) {
          const b = await insertBody(tx.db, { municipalityId: m.id, ...body });
          await audit(tx, system, {
            municipalityId: m.id,
            action: 'decision-body.create',
            target: `decision-body:${b.id}`,
          });
        }
      }
      for (const role of municipalRoles) {
        const email = `${role}@${m.slug}.example`;
        const userId = await ensureUser(email, `Demo ${role} ${m.slug}`);
        const departmentId = role === 'manager' ? (departments[0]?.id ?? null) : null;
        const grantId = await insertGrant(tx.db, {
          userId,
          role,
          municipalityId: m.id,
          departmentId,
          countyId: null,
          grantedBy: null,
        });
        if (grantId)
          await audit(tx, system, {
            municipalityId: m.id,
            action: 'role.grant',
            target: `user:${userId}`,
            details: { role },
          });
      }
    }
    for (const c of demoCoordinators) {
      const userId = await ensureUser(c.email, c.name);
      await insertGrant(tx.db, {
        userId,
        role: 'coordinator',
        municipalityId: null,
        departmentId: null,
        countyId: c.countyId,
        grantedBy: null,
      });
    }
    // Each domain's demo content (Styrning: future story, goals, portfolio, decisions); each step
    // adds nothing when its content is already there.
    for (const m of modules) await m.seedDemo?.(tx, demoMunicipalities);
  });
}

import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { audit } from '../domains/audit/record.ts';
import { findUserByEmail, insertGrant } from '../domains/identity/identity.queries.ts';
import { getCounty, getDepartment, getMunicipality } from '../domains/tenancy/tenancy.queries.ts';
import { inTransaction } from '../lib/transaction.ts';
import { municipalRoles } from '../vocabulary/actor.ts';

/** `samskap grant EMAIL ROLE ...`: the way to appoint the first admin of a production instance. */
export async function runAdminCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      municipality: { type: 'string' },
      department: { type: 'string' },
      county: { type: 'string' },
    },
  });
  const [email, role] = positionals;
  if (!email || !role) {
    process.stderr.write(
      'Usage: samskap grant EMAIL ROLE --municipality ID [--department UUID] | samskap grant EMAIL coordinator [--county ID]\n',
    );
    return 2;
  }
  const isMunicipal = (municipalRoles as readonly string[]).includes(role);
  if (!isMunicipal && role !== 'coordinator') {
    process.stderr.write(
      `Unknown role "${role}". Roles: ${[...municipalRoles, 'coordinator'].join(', ')}\n`,
    );
    return 2;
  }
  const database = await openDatabase(loadConfig());
  try {
    const ctx = { db: database.db, now: () => new Date() };
    const user = await findUserByEmail(ctx.db, email);
    if (!user) {
      process.stderr.write(
        `No account has the e-mail ${email}. Create it on the registration page first.\n`,
      );
      return 1;
    }
    let municipalityId: string | null = null;
    let departmentId: string | null = null;
    let countyId: string | null = null;
    if (isMunicipal) {
      const m = values.municipality
        ? await getMunicipality(ctx.db, values.municipality)
        : undefined;
      if (!m) {
        process.stderr.write(
          'Name an existing municipality with --municipality, e.g. SE-0127 or NO-3203.\n',
        );
        return 2;
      }
      municipalityId = m.id;
      if (role === 'manager') {
        const d = values.department
          ? await getDepartment(ctx.db, m.id, values.department)
          : undefined;
        if (!d) {
          process.stderr.write(
            'A manager needs --department with the id of a department of that municipality.\n',
          );
          return 2;
        }
        departmentId = d.id;
      }
    } else if (values.county) {
      const county = await getCounty(ctx.db, values.county);
      if (!county) {
        process.stderr.write(`Unknown county ${values.county} (use e.g. SE-01 or NO-32).\n`);
        return 2;
      }
      countyId = county.id;
    }
    await inTransaction(ctx, async (tx) => {
      const grantId = await insertGrant(tx.db, {
        userId: user.id,
        role,
        municipalityId,
        departmentId,
        countyId,
        grantedBy: null,
      });
      if (grantId) {
        await audit(
          tx,
          { kind: 'system', label: 'cli' },
          {
            municipalityId,
            action: 'role.grant',
            target: `user:${user.id}`,
            details: { role, countyId, departmentId },
          },
        );
      }
    });
    process.stdout.write(
      `${email} is now ${role}${municipalityId ? ` in ${municipalityId}` : countyId ? ` of ${countyId}` : ' of the whole network'}.\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

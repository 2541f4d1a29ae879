import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../testing/test-app.ts';
import { capabilities, departmentSystems, systems } from '../portfolio/portfolio.schema.ts';

/** Helpers shared by the systems map's test files, over one test app. */
export function systemsTestKit(app: () => TestApp) {
  return {
    /** A client logged in as this demo account. */
    async as(email: string) {
      const client = app().client();
      await client.login(email);
      return client;
    },
    /** The id of the capability or system with this name ('' when there is none). */
    async idOf(table: typeof capabilities | typeof systems, name: string) {
      const [row] = await app()
        .database.db.select({ id: table.id })
        .from(table)
        .where(eq(table.name, name));
      return row?.id ?? '';
    },
    /** How many capabilities, systems and usage rows there are, to show nothing was written. */
    async counts() {
      const db = app().database.db;
      return {
        capabilities: (await db.select().from(capabilities)).length,
        systems: (await db.select().from(systems)).length,
        usage: (await db.select().from(departmentSystems)).length,
      };
    },
  };
}

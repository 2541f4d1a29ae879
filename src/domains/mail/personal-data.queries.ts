import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { mailOutbox } from './mail.schema.ts';

/** Deletes every mail to an address, waiting or sent; how many. */
export async function deleteMailTo(db: Db, address: string): Promise<number> {
  const rows = await db
    .delete(mailOutbox)
    .where(eq(mailOutbox.toAddress, address))
    .returning({ id: mailOutbox.id });
  return rows.length;
}

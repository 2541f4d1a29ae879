import type { Db } from '../../db/client.ts';
import { sha256 } from '../../lib/secrets.ts';
import { getMunicipality } from '../tenancy/tenancy.queries.ts';
import { findUserByEmail } from './identity.queries.ts';
import { findPendingRegistration } from './registration.queries.ts';
import { type RegistrationLinkStatus, registrationLinkStatus } from './registration.ts';

export type RegistrationLink =
  | { status: 'valid'; registration: { name: string; email: string; municipality: string } }
  | { status: Exclude<RegistrationLinkStatus, 'valid'> };

/** What a registration link's page shows: the registration it would create, or why it cannot. */
export async function loadRegistrationLink(
  db: Db,
  token: string,
  now: Date,
): Promise<RegistrationLink> {
  const pending = await findPendingRegistration(db, sha256(token));
  const taken = pending ? Boolean(await findUserByEmail(db, pending.email)) : false;
  const status = registrationLinkStatus(pending, taken, now);
  if (status !== 'valid' || !pending) return { status: status === 'valid' ? 'unknown' : status };
  const municipality = await getMunicipality(db, pending.municipalityId);
  return {
    status,
    registration: {
      name: pending.name,
      email: pending.email,
      municipality: municipality?.name ?? pending.municipalityId,
    },
  };
}

import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { keyIdOf } from '../../engines/decisions/index.ts';
import type { CommandContext } from '../../lib/context.ts';
import { settingOrInsert } from '../platform/platform.queries.ts';

/** The instance's checkpoint signing key: the private half, the public half and its id. */
export type InstanceKey = {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The JWK thumbprint (RFC 7638) of the public key; each checkpoint names it. */
  keyId: string;
  /** Where the private key is kept: the configuration, or the database. */
  source: 'configuration' | 'database';
};

const SETTING = 'decision_signing_key';

function fromPrivate(privateKey: KeyObject, source: InstanceKey['source']): InstanceKey {
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey), source };
}

/**
 * The key that signs this instance's decision checkpoints: DECISION_SIGNING_KEY when configured
 * (production: the key stays outside the database that it guards), else an Ed25519 key generated
 * the first time one is needed and kept in `instance_settings`, the same for every process on
 * the database. Why both, and what each protects against: docs/decisions/0009.
 */
export async function instanceKey(
  ctx: Pick<CommandContext, 'db' | 'decisionSigningKey'>,
): Promise<InstanceKey> {
  if (ctx.decisionSigningKey) return fromPrivate(ctx.decisionSigningKey, 'configuration');
  const pem = await settingOrInsert(ctx.db, SETTING, () =>
    generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  );
  return fromPrivate(createPrivateKey(pem), 'database');
}

/** The public key as a JWK (RFC 8037), as the well-known address publishes it. */
export function publicJwk(key: InstanceKey) {
  const { x } = key.publicKey.export({ format: 'jwk' });
  return { kty: 'OKP', crv: 'Ed25519', x: String(x), kid: key.keyId, alg: 'EdDSA', use: 'sig' };
}

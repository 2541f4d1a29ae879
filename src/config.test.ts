import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('DECISION_SIGNING_KEY', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  const x = publicKey.export({ format: 'jwk' }).x;

  it('takes an Ed25519 key as PEM, as PEM on one line with \\n, or as base64 DER', () => {
    for (const value of [pem, pem.trim().replaceAll('\n', '\\n'), der]) {
      const key = loadConfig({ DECISION_SIGNING_KEY: value }).decisionSigningKey;
      expect(key && createPublicKey(key).export({ format: 'jwk' }).x).toBe(x);
    }
    expect(loadConfig({}).decisionSigningKey).toBeUndefined();
    expect(loadConfig({ DECISION_SIGNING_KEY: '  ' }).decisionSigningKey).toBeUndefined();
  });

  it('refuses another kind of key or anything else, naming the variable', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    for (const value of [
      rsa,
      'not a key',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
    ]) {
      expect(() => loadConfig({ DECISION_SIGNING_KEY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ DECISION_SIGNING_KEY: value })).toThrow(/DECISION_SIGNING_KEY/);
    }
  });
});

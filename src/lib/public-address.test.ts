import { describe, expect, it } from 'vitest';
import { isPublicAddress } from './public-address.ts';

// Each range from the IANA special-purpose address registries (RFC 6890 and its updates).
const notPublic = [
  ['0.0.0.0', '"this network" (RFC 791)'],
  ['10.20.30.40', 'private (RFC 1918)'],
  ['100.64.0.1', 'carrier-grade NAT (RFC 6598)'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback, top of 127/8'],
  ['169.254.169.254', 'link-local: cloud metadata services'],
  ['172.16.0.1', 'private, bottom of 172.16/12'],
  ['172.31.255.255', 'private, top of 172.16/12'],
  ['192.0.0.8', 'IETF protocol assignments'],
  ['192.0.2.1', 'documentation TEST-NET-1'],
  ['192.168.1.1', 'private (RFC 1918)'],
  ['198.18.0.1', 'benchmarking (RFC 2544)'],
  ['198.51.100.7', 'documentation TEST-NET-2'],
  ['203.0.113.9', 'documentation TEST-NET-3'],
  ['224.0.0.251', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['::ffff:10.0.0.1', 'IPv4-mapped private'],
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
  ['2002:a00:1::', '6to4 of 10.0.0.1'],
  ['2001:db8::1', 'documentation'],
  ['fd12:3456::1', 'unique local (RFC 4193)'],
  ['fe80::1', 'link-local'],
  ['ff02::1', 'multicast'],
  ['localhost', 'a name, not an address'],
  ['', 'empty'],
] as const;

const isPublic = [
  ['8.8.8.8', 'public DNS'],
  ['172.15.255.255', 'just below 172.16/12'],
  ['172.32.0.0', 'just above 172.16/12'],
  ['100.128.0.1', 'just above 100.64/10'],
  ['193.44.0.1', 'a Swedish network'],
  ['::ffff:8.8.8.8', 'IPv4-mapped public'],
  ['2a00:1450:400f::1', 'global unicast'],
] as const;

describe('public addresses', () => {
  it.each(notPublic)('%s is not public (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
  it.each(isPublic)('%s is public (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

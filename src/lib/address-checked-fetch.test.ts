import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressCheckedFetch, isRefusedAddress } from './address-checked-fetch.ts';
import { isPublicAddress } from './public-address.ts';

let server: Server;
let port: number;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    if (req.url === '/redirect') return void res.writeHead(302, { location: '/elsewhere' }).end();
    if (req.url === '/large') return void res.end('x'.repeat(5_000));
    if (req.url === '/empty') return void res.writeHead(204).end();
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json', 'x-seen': 'yes' });
      res.end(JSON.stringify({ method: req.method, body, type: req.headers['content-type'] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const loopbackOnly = addressCheckedFetch({
  allow: (a) => a === '127.0.0.1' || a === '::1',
  maxBytes: 1_000,
});
const publicOnly = addressCheckedFetch({ allow: isPublicAddress });

async function refusal(request: Promise<unknown>) {
  const error = await request.then(
    () => undefined,
    (e: unknown) => e,
  );
  return isRefusedAddress(error);
}

describe('a fetch that checks the address it connects to', () => {
  it('passes method, headers and body through and answers like fetch', async () => {
    const response = await loopbackOnly(`http://127.0.0.1:${port}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: 'a b' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-seen')).toBe('yes');
    expect(await response.json()).toEqual({
      method: 'POST',
      body: 'grant_type=authorization_code&code=a+b',
      type: 'application/x-www-form-urlencoded',
    });
    expect((await loopbackOnly(`http://127.0.0.1:${port}/empty`)).status).toBe(204);
  });

  it('resolves names and checks what they resolve to', async () => {
    expect((await loopbackOnly(`http://localhost:${port}/by-name`)).status).toBe(201);
    const before = received.length;
    expect(await refusal(publicOnly(`http://localhost:${port}/by-name`))).toBe(true);
    expect(received.length).toBe(before);
  });

  it('refuses address literals outside what is allowed, before connecting', async () => {
    const before = received.length;
    for (const url of [
      `http://127.0.0.1:${port}/`,
      `http://[::1]:${port}/`,
      'http://169.254.169.254/latest/meta-data/',
      'https://10.0.0.1/',
      'https://[::ffff:127.0.0.1]/',
      'https://0.0.0.0/',
    ]) {
      expect(await refusal(publicOnly(url)), url).toBe(true);
    }
    expect(received.length).toBe(before);
  });

  it('hands redirects to the caller instead of following them', async () => {
    const response = await loopbackOnly(`http://127.0.0.1:${port}/redirect`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/elsewhere');
  });

  it('cuts off an answer larger than its limit', async () => {
    await expect(loopbackOnly(`http://127.0.0.1:${port}/large`)).rejects.toThrow(/larger than/);
  });

  it('refuses schemes other than http and https', async () => {
    await expect(loopbackOnly('file:///etc/passwd')).rejects.toThrow(/Unsupported protocol/);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Sweep, sweepApp, sweepHostileFields } from './hostile-sweep.ts';

// Every route outside the municipality's own pages: the API, the network's, account and
// registry pages (hostile-fields-pages.test.ts has the rest).
let sweep: Sweep;
beforeAll(async () => {
  sweep = await sweepApp();
});
afterAll(async () => {
  await sweep?.t.close();
});

it('no API, network or account route answers 500, reflects markup, or half-writes on hostile input', {
  timeout: 900_000,
}, async () => {
  const { failures, routes, requests } = await sweepHostileFields(
    sweep,
    (r) => !r.pattern.startsWith('/:lang/municipalities/:id/'),
  );
  console.info(`hostile input swept ${routes} routes with ${requests} requests`);
  expect(routes).toBeGreaterThan(40);
  expect(failures).toEqual([]);
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Sweep, sweepApp, sweepHostileFields } from './hostile-sweep.ts';

// The municipality's own pages (`/:lang/municipalities/:id/...`); every other route is swept by
// hostile-fields-others.test.ts, so the two halves run side by side.
let sweep: Sweep;
beforeAll(async () => {
  sweep = await sweepApp();
});
afterAll(async () => {
  await sweep?.t.close();
});

it('no municipality page answers 500, reflects markup, or half-writes on hostile input', {
  timeout: 900_000,
}, async () => {
  const { failures, routes, requests } = await sweepHostileFields(sweep, (r) =>
    r.pattern.startsWith('/:lang/municipalities/:id/'),
  );
  console.info(`hostile input swept ${routes} routes with ${requests} requests`);
  expect(routes).toBeGreaterThan(40);
  expect(failures).toEqual([]);
});

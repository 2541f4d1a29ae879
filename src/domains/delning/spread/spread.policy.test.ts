import { describe, expect, it } from 'vitest';
import { userWith } from '../../../vocabulary/actor.fixtures.ts';
import { anonymous } from '../../../vocabulary/actor.ts';
import { mayRecommend } from './spread.policy.ts';

const stockholmsLan = 'SE-01';
const akershus = 'NO-32';

describe('who may recommend a case', () => {
  it('lets a county coordinator recommend in their county only, and not on the shortlist', () => {
    const county = userWith([{ role: 'coordinator', countyId: stockholmsLan }]);
    expect(mayRecommend(county, stockholmsLan)).toBe(true);
    expect(mayRecommend(county, akershus)).toBe(false);
    expect(mayRecommend(county, null)).toBe(false);
  });

  it("lets the network's coordinators recommend in every county and on the shortlist", () => {
    const network = userWith([{ role: 'coordinator', countyId: null }]);
    expect(mayRecommend(network, stockholmsLan)).toBe(true);
    expect(mayRecommend(network, akershus)).toBe(true);
    expect(mayRecommend(network, null)).toBe(true);
  });

  it('lets no one else recommend, nor a coordinator through an API token', () => {
    const admin = userWith([{ role: 'admin', municipalityId: 'SE-0127', departmentId: null }]);
    const token = userWith(
      [
        { role: 'coordinator', countyId: null },
        { role: 'staff', municipalityId: 'SE-0127', departmentId: null },
      ],
      'SE-0127',
    );
    for (const actor of [anonymous, admin, token]) {
      expect(mayRecommend(actor, stockholmsLan)).toBe(false);
      expect(mayRecommend(actor, null)).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { userWith } from '../../vocabulary/actor.fixtures.ts';
import { anonymous, municipalRoles, rolesIn } from '../../vocabulary/actor.ts';
import {
  canCreateTokenFor,
  canGrantCoordinator,
  canManageDepartment,
  canManageRoles,
  canReadAudit,
  canSeeInternal,
  coordinatesCounty,
} from './identity.policy.ts';

const botkyrka = 'SE-0127';
const asker = 'NO-3203';

describe('identity policy', () => {
  it('gives anonymous visitors no internal rights anywhere', () => {
    expect(canSeeInternal(anonymous, botkyrka)).toBe(false);
    expect(canManageRoles(anonymous, botkyrka)).toBe(false);
    expect(rolesIn(anonymous, botkyrka).size).toBe(0);
  });

  it('lets exactly staff, managers, politicians and admins see internal data', () => {
    // A moderator reads what residents write in dialogues, not the municipality's internal data.
    const expected = {
      resident: false,
      staff: true,
      manager: true,
      politician: true,
      moderator: false,
      admin: true,
    };
    for (const role of municipalRoles) {
      const a = userWith([{ role, municipalityId: botkyrka, departmentId: null }]);
      expect(canSeeInternal(a, botkyrka), role).toBe(expected[role]);
      expect(canSeeInternal(a, asker), `${role} abroad`).toBe(false);
    }
  });

  it('never carries an admin role over to another municipality', () => {
    const admin = userWith([{ role: 'admin', municipalityId: botkyrka, departmentId: null }]);
    expect(canManageRoles(admin, botkyrka)).toBe(true);
    expect(canReadAudit(admin, botkyrka)).toBe(true);
    expect(canManageRoles(admin, asker)).toBe(false);
    expect(canReadAudit(admin, asker)).toBe(false);
  });

  it('lets a manager manage only the department granted', () => {
    const manager = userWith([{ role: 'manager', municipalityId: botkyrka, departmentId: 'd1' }]);
    expect(canManageDepartment(manager, botkyrka, 'd1')).toBe(true);
    expect(canManageDepartment(manager, botkyrka, 'd2')).toBe(false);
    expect(canManageDepartment(manager, asker, 'd1')).toBe(false);
  });

  it('limits a token to the roles its owner holds in its own municipality', () => {
    const grants = [
      { role: 'admin' as const, municipalityId: botkyrka, departmentId: null },
      { role: 'staff' as const, municipalityId: asker, departmentId: null },
      { role: 'coordinator' as const, countyId: null },
    ];
    const viaToken = userWith(grants, asker);
    expect(canManageRoles(viaToken, botkyrka)).toBe(false);
    expect(canSeeInternal(viaToken, asker)).toBe(true);
    expect(coordinatesCounty(viaToken, 'NO-32')).toBe(false);
    expect(canGrantCoordinator(viaToken)).toBe(false);
    expect(canCreateTokenFor(viaToken, asker)).toBe(false);
  });

  it('scopes county coordinators to their county and network coordinators to all', () => {
    const county = userWith([{ role: 'coordinator', countyId: 'SE-01' }]);
    const network = userWith([{ role: 'coordinator', countyId: null }]);
    expect(coordinatesCounty(county, 'SE-01')).toBe(true);
    expect(coordinatesCounty(county, 'SE-04')).toBe(false);
    expect(coordinatesCounty(network, 'NO-32')).toBe(true);
    expect(canGrantCoordinator(county)).toBe(false);
    expect(canGrantCoordinator(network)).toBe(true);
  });

  it('allows tokens only where the owner holds a role of staff or higher', () => {
    const resident = userWith([{ role: 'resident', municipalityId: botkyrka, departmentId: null }]);
    expect(canCreateTokenFor(resident, botkyrka)).toBe(false);
    for (const role of ['staff', 'manager', 'politician', 'admin'] as const) {
      const worker = userWith([{ role, municipalityId: botkyrka, departmentId: null }]);
      expect(canCreateTokenFor(worker, botkyrka), role).toBe(true);
      expect(canCreateTokenFor(worker, asker), role).toBe(false);
    }
  });
});

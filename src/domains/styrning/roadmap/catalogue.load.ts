import type { Db } from '../../../db/client.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import {
  departmentSystemsOf,
  listCapabilities,
  listSystems,
  systemTouchesOf,
} from './systems.queries.ts';

/** What depends on a catalogue entry: while anything does, the entry cannot be removed. */
export type Dependants = {
  /** Systems providing a capability. */
  systems: string[];
  /** Departments using a system. */
  departments: string[];
  /** Initiatives touching a system (stopped ones too: they keep their history). */
  initiatives: string[];
};

const none = (): Dependants => ({ systems: [], departments: [], initiatives: [] });

/**
 * The catalogue of capabilities and systems, with what depends on each entry by name, so the
 * page can say before a removal what it would break (the same rules as the remove commands).
 */
export async function loadCatalogue(db: Db, municipalityId: string) {
  const [capabilities, systems, departments, usage, touches] = await Promise.all([
    listCapabilities(db, municipalityId),
    listSystems(db, municipalityId),
    listDepartments(db, municipalityId),
    departmentSystemsOf(db, municipalityId),
    systemTouchesOf(db, municipalityId),
  ]);
  const dependants = new Map<string, Dependants>();
  const of = (id: string) => {
    let d = dependants.get(id);
    if (!d) {
      d = none();
      dependants.set(id, d);
    }
    return d;
  };
  for (const s of systems) if (s.capabilityId) of(s.capabilityId).systems.push(s.name);
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  for (const u of usage) {
    const name = departmentName.get(u.departmentId);
    if (name) of(u.systemId).departments.push(name);
  }
  for (const x of touches) of(x.systemId).initiatives.push(x.title);
  for (const d of dependants.values()) d.departments.sort((a, b) => a.localeCompare(b));
  return {
    capabilities,
    systems,
    /** What depends on the capability or system with this id (nothing: empty lists). */
    dependantsOf: (id: string): Dependants => dependants.get(id) ?? none(),
  };
}

export type CatalogueData = Awaited<ReturnType<typeof loadCatalogue>>;

/** Whether nothing depends on the entry, so it may be removed. */
export const removable = (d: Dependants) =>
  d.systems.length === 0 && d.departments.length === 0 && d.initiatives.length === 0;

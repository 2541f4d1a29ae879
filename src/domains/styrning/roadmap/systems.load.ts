import type { Db } from '../../../db/client.ts';
import { systemsMap } from '../../../engines/overlap/index.ts';
import type { KeepReadModel } from '../../../web/read-model.ts';
import { listDepartments } from '../../tenancy/tenancy.queries.ts';
import {
  departmentSystemsOf,
  initiativeSystemsOf,
  initiativesForOverlap,
  listCapabilities,
  listSystems,
} from './systems.queries.ts';

/** Everything the systems map shows, read together, and the engine's overlaps, silos and matrix. */
export async function loadSystemsMap(db: Db, municipalityId: string) {
  const [departments, capabilities, systems, usage, initiatives, touches] = await Promise.all([
    listDepartments(db, municipalityId),
    listCapabilities(db, municipalityId),
    listSystems(db, municipalityId),
    departmentSystemsOf(db, municipalityId),
    initiativesForOverlap(db, municipalityId),
    initiativeSystemsOf(db, municipalityId),
  ]);
  const map = systemsMap({
    departments,
    capabilities,
    systems,
    departmentSystems: usage,
    initiatives,
    initiativeSystems: touches,
  });
  return { departments, capabilities, systems, usage, map };
}

export type SystemsMapData = Awaited<ReturnType<typeof loadSystemsMap>>;

/**
 * A municipality's systems by name, each with its capability and the departments that use it:
 * the systems map's own rows, arranged as a list.
 */
export function systemsListOf({ departments, capabilities, systems, usage }: SystemsMapData) {
  const capability = new Map(capabilities.map((c) => [c.id, { id: c.id, name: c.name }]));
  return systems.map((s) => {
    const users = new Set(usage.filter((u) => u.systemId === s.id).map((u) => u.departmentId));
    return {
      id: s.id,
      name: s.name,
      vendor: s.vendor,
      capability: (s.capabilityId && capability.get(s.capabilityId)) || null,
      departments: departments
        .filter((d) => users.has(d.id))
        .map((d) => ({ id: d.id, name: d.name })),
    };
  });
}

/** The systems map as a read model (db/read-models.ts): the page and both APIs read it alike. */
export function keptSystemsMap(keep: KeepReadModel, municipalityId: string) {
  return keep(`roadmap:systems-map:${municipalityId}`, (db) => loadSystemsMap(db, municipalityId));
}

import type { Db } from '../../../db/client.ts';
import { systemsMap } from '../../../engines/overlap/index.ts';
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

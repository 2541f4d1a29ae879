import type { MatrixRow, Named, Overlap, Silo, SystemsMap, SystemsMapInput } from './types.ts';

/** Sorts by name (locale-independent code-unit order), then id, so the output never depends on input order. */
function byName<T extends { name: string; id: string }>(a: T, b: T): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sortedUnique<T extends { id: string; name: string }>(items: Iterable<T>): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()].sort(byName);
}

const named = (x: { id: string; name: string }): Named => ({ id: x.id, name: x.name });

/**
 * Computes the systems map: overlapping initiatives per capability, silo signals and the
 * departments × capabilities matrix. Rows that refer to unknown departments, systems,
 * capabilities or initiatives are ignored (they cannot be drawn), and duplicates count once.
 */
export function systemsMap(input: SystemsMapInput): SystemsMap {
  const departments = new Map(input.departments.map((d) => [d.id, named(d)]));
  const capabilities = new Map(input.capabilities.map((c) => [c.id, named(c)]));
  const systems = new Map(
    input.systems.map((s) => [s.id, { ...named(s), capabilityId: s.capabilityId }]),
  );
  const capabilityOf = (systemId: string): Named | undefined => {
    const capabilityId = systems.get(systemId)?.capabilityId;
    return capabilityId ? capabilities.get(capabilityId) : undefined;
  };
  return {
    overlaps: overlaps(input, departments, capabilityOf),
    silos: silos(input, departments, systems, capabilityOf),
    matrix: matrix(input, departments, capabilities, systems),
    capabilities: [...capabilities.values()].sort(byName),
  };
}

function overlaps(
  input: SystemsMapInput,
  departments: Map<string, Named>,
  capabilityOf: (systemId: string) => Named | undefined,
): Overlap[] {
  const initiatives = new Map(input.initiatives.map((i) => [i.id, i]));
  // capability id → initiative id → the initiative with its department
  const touching = new Map<string, Map<string, { id: string; title: string; department: Named }>>();
  for (const link of input.initiativeSystems) {
    const initiative = initiatives.get(link.initiativeId);
    const capability = capabilityOf(link.systemId);
    const department = initiative && departments.get(initiative.departmentId);
    if (!initiative || !capability || !department) continue;
    const entry = touching.get(capability.id) ?? new Map();
    entry.set(initiative.id, { id: initiative.id, title: initiative.title, department });
    touching.set(capability.id, entry);
  }
  const out: Overlap[] = [];
  for (const [capabilityId, byInitiative] of touching) {
    const involved = sortedUnique([...byInitiative.values()].map((i) => i.department));
    if (involved.length < 2) continue;
    const order = new Map(involved.map((d, index) => [d.id, index]));
    const list = [...byInitiative.values()].sort(
      (a, b) =>
        (order.get(a.department.id) ?? 0) - (order.get(b.department.id) ?? 0) ||
        byName({ id: a.id, name: a.title }, { id: b.id, name: b.title }),
    );
    const capability = capabilityById(input, capabilityId);
    if (capability) out.push({ capability, departments: involved, initiatives: list });
  }
  return out.sort((a, b) => byName(a.capability, b.capability));
}

function capabilityById(input: SystemsMapInput, id: string): Named | undefined {
  const c = input.capabilities.find((x) => x.id === id);
  return c && named(c);
}

function silos(
  input: SystemsMapInput,
  departments: Map<string, Named>,
  systems: Map<string, Named & { capabilityId: string | null }>,
  capabilityOf: (systemId: string) => Named | undefined,
): Silo[] {
  // capability id → system id → departments using it
  const usage = new Map<string, Map<string, Map<string, Named>>>();
  for (const use of input.departmentSystems) {
    const department = departments.get(use.departmentId);
    const capability = capabilityOf(use.systemId);
    if (!department || !capability) continue;
    const bySystem = usage.get(capability.id) ?? new Map();
    const users = bySystem.get(use.systemId) ?? new Map();
    users.set(department.id, department);
    bySystem.set(use.systemId, users);
    usage.set(capability.id, bySystem);
  }
  const out: Silo[] = [];
  for (const [capabilityId, bySystem] of usage) {
    const allUsers = new Set([...bySystem.values()].flatMap((users) => [...users.keys()]));
    // Several systems for one capability, and not all of them in a single department.
    if (bySystem.size < 2 || allUsers.size < 2) continue;
    const capability = capabilityById(input, capabilityId);
    if (!capability) continue;
    const list = [...bySystem.entries()]
      .map(([systemId, users]) => {
        const system = systems.get(systemId) as Named;
        return { id: system.id, name: system.name, departments: sortedUnique(users.values()) };
      })
      .sort(byName);
    out.push({ capability, systems: list });
  }
  return out.sort((a, b) => byName(a.capability, b.capability));
}

function matrix(
  input: SystemsMapInput,
  departments: Map<string, Named>,
  capabilities: Map<string, Named>,
  systems: Map<string, Named & { capabilityId: string | null }>,
): MatrixRow[] {
  // department id → capability id → systems
  const used = new Map<string, Map<string, Map<string, Named>>>();
  for (const use of input.departmentSystems) {
    const system = systems.get(use.systemId);
    if (!system?.capabilityId || !capabilities.has(system.capabilityId)) continue;
    if (!departments.has(use.departmentId)) continue;
    const byCapability = used.get(use.departmentId) ?? new Map();
    const list = byCapability.get(system.capabilityId) ?? new Map();
    list.set(system.id, named(system));
    byCapability.set(system.capabilityId, list);
    used.set(use.departmentId, byCapability);
  }
  const columns = [...capabilities.values()].sort(byName);
  return [...departments.values()].sort(byName).map((department) => ({
    department,
    cells: columns.map((c) => ({
      capabilityId: c.id,
      systems: sortedUnique(used.get(department.id)?.get(c.id)?.values() ?? []),
    })),
  }));
}

/** What the systems map knows of a municipality; ids are opaque strings. */
export type SystemsMapInput = {
  departments: readonly { id: string; name: string }[];
  capabilities: readonly { id: string; name: string }[];
  systems: readonly { id: string; name: string; capabilityId: string | null }[];
  /** Which department uses which system. */
  departmentSystems: readonly { departmentId: string; systemId: string }[];
  /** The initiatives to compare (the caller leaves out stopped ones), with their owning department. */
  initiatives: readonly { id: string; title: string; departmentId: string }[];
  /** Which systems each initiative touches. */
  initiativeSystems: readonly { initiativeId: string; systemId: string }[];
};

export type Named = { id: string; name: string };

/**
 * Initiatives of two or more departments touching the same capability: they should join forces.
 * `initiatives` lists every initiative touching the capability, grouped by department order.
 */
export type Overlap = {
  capability: Named;
  departments: Named[];
  initiatives: { id: string; title: string; department: Named }[];
};

/** A capability served by more than one system, in use by more than one department (a silo signal). */
export type Silo = {
  capability: Named;
  systems: { id: string; name: string; departments: Named[] }[];
};

/** One cell of the departments × capabilities matrix: the capability's systems the department uses. */
export type MatrixRow = {
  department: Named;
  cells: { capabilityId: string; systems: Named[] }[];
};

export type SystemsMap = {
  overlaps: Overlap[];
  silos: Silo[];
  /** Rows in department order, cells in capability order (both by name, then id). */
  matrix: MatrixRow[];
  /** Capabilities in the order of the matrix's columns. */
  capabilities: Named[];
};

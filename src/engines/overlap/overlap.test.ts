import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { systemsMap } from './overlap.ts';
import type { SystemsMapInput } from './types.ts';

// A hand-made municipality: home care and schools both run scheduling, in different systems.
const base: SystemsMapInput = {
  departments: [
    { id: 'd-care', name: 'Vård och omsorg' },
    { id: 'd-school', name: 'Bildning' },
    { id: 'd-build', name: 'Samhällsbyggnad' },
  ],
  capabilities: [
    { id: 'c-sched', name: 'Schemaläggning' },
    { id: 'c-case', name: 'Ärendehantering' },
  ],
  systems: [
    { id: 's-time', name: 'TimeCare', capabilityId: 'c-sched' },
    { id: 's-skola', name: 'Skola24', capabilityId: 'c-sched' },
    { id: 's-cases', name: 'Castor', capabilityId: 'c-case' },
    { id: 's-loose', name: 'Excel', capabilityId: null },
  ],
  departmentSystems: [
    { departmentId: 'd-care', systemId: 's-time' },
    { departmentId: 'd-school', systemId: 's-skola' },
    { departmentId: 'd-build', systemId: 's-cases' },
    { departmentId: 'd-care', systemId: 's-cases' },
  ],
  initiatives: [
    { id: 'i-1', title: 'Gemensam schemaläggning i hemtjänsten', departmentId: 'd-care' },
    { id: 'i-2', title: 'Digitalt schema för lärare', departmentId: 'd-school' },
    { id: 'i-3', title: 'E-tjänst för bygglov', departmentId: 'd-build' },
    { id: 'i-4', title: 'Nattschema', departmentId: 'd-care' },
  ],
  initiativeSystems: [
    { initiativeId: 'i-1', systemId: 's-time' },
    { initiativeId: 'i-2', systemId: 's-skola' },
    { initiativeId: 'i-3', systemId: 's-cases' },
    { initiativeId: 'i-4', systemId: 's-time' },
    { initiativeId: 'i-4', systemId: 's-loose' },
  ],
};

describe('systems map, by hand', () => {
  it('flags initiatives of different departments on one capability, naming both', () => {
    const { overlaps } = systemsMap(base);
    expect(overlaps).toEqual([
      {
        capability: { id: 'c-sched', name: 'Schemaläggning' },
        departments: [
          { id: 'd-school', name: 'Bildning' },
          { id: 'd-care', name: 'Vård och omsorg' },
        ],
        initiatives: [
          {
            id: 'i-2',
            title: 'Digitalt schema för lärare',
            department: { id: 'd-school', name: 'Bildning' },
          },
          {
            id: 'i-1',
            title: 'Gemensam schemaläggning i hemtjänsten',
            department: { id: 'd-care', name: 'Vård och omsorg' },
          },
          { id: 'i-4', title: 'Nattschema', department: { id: 'd-care', name: 'Vård och omsorg' } },
        ],
      },
    ]);
  });

  it('signals a silo where one capability runs on several systems across departments', () => {
    const { silos } = systemsMap(base);
    expect(silos).toEqual([
      {
        capability: { id: 'c-sched', name: 'Schemaläggning' },
        systems: [
          { id: 's-skola', name: 'Skola24', departments: [{ id: 'd-school', name: 'Bildning' }] },
          {
            id: 's-time',
            name: 'TimeCare',
            departments: [{ id: 'd-care', name: 'Vård och omsorg' }],
          },
        ],
      },
    ]);
  });

  it('draws the departments × capabilities matrix', () => {
    const map = systemsMap(base);
    expect(map.capabilities.map((c) => c.name)).toEqual(['Schemaläggning', 'Ärendehantering']);
    const cells = Object.fromEntries(
      map.matrix.map((r) => [r.department.name, r.cells.map((c) => c.systems.map((s) => s.name))]),
    );
    expect(cells).toEqual({
      Bildning: [['Skola24'], []],
      Samhällsbyggnad: [[], ['Castor']],
      'Vård och omsorg': [['TimeCare'], ['Castor']],
    });
  });

  it('does not count one department with two systems as a silo, nor a shared system', () => {
    const oneDepartment = systemsMap({
      ...base,
      departmentSystems: [
        { departmentId: 'd-care', systemId: 's-time' },
        { departmentId: 'd-care', systemId: 's-skola' },
        { departmentId: 'd-school', systemId: 's-cases' },
        { departmentId: 'd-build', systemId: 's-cases' },
      ],
    });
    expect(oneDepartment.silos).toEqual([]);
  });

  it('ignores systems without a capability, unknown ids and duplicates', () => {
    const map = systemsMap({
      ...base,
      initiatives: [...base.initiatives, { id: 'i-5', title: 'Kalkyl', departmentId: 'd-build' }],
      initiativeSystems: [
        { initiativeId: 'i-5', systemId: 's-loose' },
        { initiativeId: 'i-4', systemId: 's-loose' },
        { initiativeId: 'i-1', systemId: 's-time' },
        { initiativeId: 'i-1', systemId: 's-time' },
        { initiativeId: 'i-9', systemId: 's-time' },
        { initiativeId: 'i-1', systemId: 's-none' },
      ],
      departmentSystems: [...base.departmentSystems, { departmentId: 'd-x', systemId: 's-skola' }],
    });
    expect(map.overlaps).toEqual([]);
    expect(map.silos.map((s) => s.capability.id)).toEqual(['c-sched']);
  });

  it('answers an empty municipality with empty lists', () => {
    expect(
      systemsMap({
        departments: [],
        capabilities: [],
        systems: [],
        departmentSystems: [],
        initiatives: [],
        initiativeSystems: [],
      }),
    ).toEqual({ overlaps: [], silos: [], matrix: [], capabilities: [] });
  });
});

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

const inputArb: fc.Arbitrary<SystemsMapInput> = fc
  .record({
    departments: fc.integer({ min: 1, max: 4 }),
    capabilities: fc.integer({ min: 1, max: 3 }),
    systems: fc.integer({ min: 1, max: 5 }),
    initiatives: fc.integer({ min: 0, max: 6 }),
  })
  .chain((n) => {
    const d = ids('d', n.departments);
    const c = ids('c', n.capabilities);
    const s = ids('s', n.systems);
    const i = ids('i', n.initiatives);
    return fc.record({
      departments: fc.constant(d.map((id) => ({ id, name: `Dept ${id}` }))),
      capabilities: fc.constant(c.map((id) => ({ id, name: `Cap ${id}` }))),
      systems: fc.tuple(
        ...s.map((id) =>
          fc
            .option(fc.constantFrom(...c))
            .map((capabilityId) => ({ id, name: `Sys ${id}`, capabilityId })),
        ),
      ),
      departmentSystems: fc.array(
        fc.record({ departmentId: fc.constantFrom(...d), systemId: fc.constantFrom(...s) }),
        { maxLength: 10 },
      ),
      initiatives: i.length
        ? fc.tuple(
            ...i.map((id) =>
              fc
                .constantFrom(...d)
                .map((departmentId) => ({ id, title: `Init ${id}`, departmentId })),
            ),
          )
        : fc.constant([]),
      initiativeSystems: i.length
        ? fc.array(
            fc.record({ initiativeId: fc.constantFrom(...i), systemId: fc.constantFrom(...s) }),
            { maxLength: 10 },
          )
        : fc.constant([]),
    });
  });

const shuffled = <T>(xs: readonly T[], seed: number): T[] => {
  const out = [...xs];
  let x = seed || 1;
  for (let k = out.length - 1; k > 0; k--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (k + 1);
    [out[k], out[j]] = [out[j] as T, out[k] as T];
  }
  return out;
};

describe('systems map, properties', () => {
  it('never reports an overlap within one department', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = input.departments[0]?.id ?? 'd0';
        const oneDepartment = {
          ...input,
          initiatives: input.initiatives.map((i) => ({ ...i, departmentId: first })),
        };
        expect(systemsMap(oneDepartment).overlaps).toEqual([]);
      }),
    );
  });

  it('names at least two different departments in every overlap and silo', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const map = systemsMap(input);
        for (const o of map.overlaps) {
          expect(new Set(o.initiatives.map((i) => i.department.id)).size).toBeGreaterThan(1);
          expect(o.departments.length).toBe(new Set(o.departments.map((d) => d.id)).size);
        }
        for (const s of map.silos) {
          expect(s.systems.length).toBeGreaterThan(1);
          expect(
            new Set(s.systems.flatMap((x) => x.departments.map((d) => d.id))).size,
          ).toBeGreaterThan(1);
        }
      }),
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 1_000_000 }), (input, seed) => {
        const reordered: SystemsMapInput = {
          departments: shuffled(input.departments, seed),
          capabilities: shuffled(input.capabilities, seed + 1),
          systems: shuffled(input.systems, seed + 2),
          departmentSystems: shuffled(input.departmentSystems, seed + 3),
          initiatives: shuffled(input.initiatives, seed + 4),
          initiativeSystems: shuffled(input.initiativeSystems, seed + 5),
        };
        expect(systemsMap(reordered)).toEqual(systemsMap(input));
      }),
    );
  });
});

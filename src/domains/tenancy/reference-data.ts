import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectPath } from '../../lib/paths.ts';

export type CountyRecord = { id: string; country: 'SE' | 'NO'; code: string; name: string };
export type MunicipalityRecord = {
  id: string;
  country: 'SE' | 'NO';
  code: string;
  name: string;
  countyId: string;
  /** Inhabitants; null for a code the population files do not have. */
  population: number | null;
};

const folder = projectPath('reference-data', 'municipalities');
const populationFolder = projectPath('reference-data', 'population');

function readCsv(file: string, from = folder): Record<string, string>[] {
  const text = readFileSync(join(from, file), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, trim: true });
}

/** Inhabitants by municipality id (`SE-0127`), from the national statistics offices' files. */
function loadPopulation(): Map<string, number> {
  const rows: [string, string | undefined][] = [
    ...readCsv('se_population.csv', populationFolder).map((r): [string, string | undefined] => [
      `SE-${r.kommunkod}`,
      r.population,
    ]),
    ...readCsv('no_population.csv', populationFolder).map((r): [string, string | undefined] => [
      `NO-${r.kommunenummer}`,
      r.population,
    ]),
  ];
  const population = new Map<string, number>();
  for (const [id, raw] of rows) {
    const n = raw ? Number(raw) : Number.NaN;
    if (Number.isSafeInteger(n) && n >= 0) population.set(id, n);
  }
  return population;
}

/** Every Swedish län and Norwegian fylke, and every kommun/kommune, from the bundled public registries. */
export function loadNordicMunicipalities(): {
  counties: CountyRecord[];
  municipalities: MunicipalityRecord[];
} {
  const counties: CountyRecord[] = [
    ...readCsv('se_lan.csv').map((r) => county('SE', r.lanskod, r.lan)),
    ...readCsv('no_fylker_2024.csv').map((r) => county('NO', r.fylkesnummer, r.fylke)),
  ];
  const population = loadPopulation();
  const municipalities: MunicipalityRecord[] = [
    ...readCsv('se_kommuner.csv').map((r) => municipality('SE', r.kommunkod, r.kommun, r.lanskod)),
    ...readCsv('no_kommuner_2024.csv').map((r) =>
      municipality('NO', r.kommunenummer, r.kommunenavn, r.fylkesnummer),
    ),
  ].map((m) => ({ ...m, population: population.get(m.id) ?? null }));
  return { counties, municipalities };
}

function county(country: 'SE' | 'NO', code?: string, name?: string): CountyRecord {
  if (!code || !name) throw new Error(`Incomplete county row in ${country} registry`);
  return { id: `${country}-${code}`, country, code, name };
}

function municipality(
  country: 'SE' | 'NO',
  code?: string,
  name?: string,
  countyCode?: string,
): Omit<MunicipalityRecord, 'population'> {
  if (!code || !name || !countyCode)
    throw new Error(`Incomplete municipality row in ${country} registry`);
  return { id: `${country}-${code}`, country, code, name, countyId: `${country}-${countyCode}` };
}

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
  /** From SCB's and SSB's figures; null when the registry has no figure for the code. */
  inhabitants: number | null;
};

function readCsv(file: string, folder = 'municipalities'): Record<string, string>[] {
  const text = readFileSync(join(projectPath('reference-data', folder), file), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, trim: true });
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
  const inhabitants = new Map([
    ...readCsv('se_population.csv', 'population').map((r) =>
      population('SE', r.kommunkod, r.population),
    ),
    ...readCsv('no_population.csv', 'population').map((r) =>
      population('NO', r.kommunenummer, r.population),
    ),
  ]);
  const municipalities: MunicipalityRecord[] = [
    ...readCsv('se_kommuner.csv').map((r) => municipality('SE', r.kommunkod, r.kommun, r.lanskod)),
    ...readCsv('no_kommuner_2024.csv').map((r) =>
      municipality('NO', r.kommunenummer, r.kommunenavn, r.fylkesnummer),
    ),
  ].map((m) => ({ ...m, inhabitants: inhabitants.get(m.id) ?? null }));
  return { counties, municipalities };
}

function population(country: 'SE' | 'NO', code?: string, figure?: string): [string, number] {
  const n = Number(figure);
  if (!code || !Number.isInteger(n) || n < 0) throw new Error(`Bad population row in ${country}`);
  return [`${country}-${code}`, n];
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
): Omit<MunicipalityRecord, 'inhabitants'> {
  if (!code || !name || !countyCode)
    throw new Error(`Incomplete municipality row in ${country} registry`);
  return { id: `${country}-${code}`, country, code, name, countyId: `${country}-${countyCode}` };
}

import { parseDocument } from 'yaml';
import type { SoftwareSummary } from './catalogue.schema.ts';

/** The largest `publiccode.yml` read; real ones are a few kilobytes. */
export const PUBLICCODE_MAX_BYTES = 64 * 1024;

export const maintenanceTypes = ['internal', 'contract', 'community', 'none'] as const;

/** Why a `publiccode.yml` could not be read, with what the message names. */
export type PubliccodeProblem =
  | { reason: 'empty' | 'tooLarge' | 'encoding' | 'shape' | 'maintenanceType' }
  | { reason: 'yaml'; line: number }
  | { reason: 'missing' | 'text' | 'list'; field: string };

const TEXT_MAX = 500;
const LIST_MAX = 20;

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
// One line of text: a field shown as a heading or a value, never as markup.
const isShortText = (v: unknown): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= TEXT_MAX;

/**
 * The summary a case shows of `publiccode.yml` (the publiccode.yml standard, as Italy's and the
 * Nordic public bodies publish it): name, short descriptions per language, version, licence
 * (an SPDX expression), maintenance type and platforms. Every scalar is read as text (YAML's
 * failsafe schema), so `softwareVersion: 1.0` stays "1.0"; aliases are limited by the parser.
 * Pure: no I/O.
 */
export function readPubliccode(
  source: string,
): { ok: true; summary: SoftwareSummary } | { ok: false; problem: PubliccodeProblem } {
  const fail = (problem: PubliccodeProblem) => ({ ok: false as const, problem });
  if (source.trim() === '') return fail({ reason: 'empty' });
  if (new TextEncoder().encode(source).length > PUBLICCODE_MAX_BYTES)
    return fail({ reason: 'tooLarge' });
  const doc = parseDocument(source, { schema: 'failsafe', uniqueKeys: true });
  const error = doc.errors[0];
  if (error) return fail({ reason: 'yaml', line: error.linePos?.[0]?.line ?? 1 });
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // Too many aliases: a document built to grow without end when read.
    return fail({ reason: 'shape' });
  }
  if (!isMapping(root)) return fail({ reason: 'shape' });

  const text = (value: unknown, field: string, required: boolean) => {
    if (value === undefined || value === null || value === '') {
      return required ? fail({ reason: 'missing', field }) : null;
    }
    return isShortText(value) ? value.trim() : fail({ reason: 'text', field });
  };
  const name = text(root.name, 'name', true);
  if (typeof name !== 'string') return name as ReturnType<typeof fail>;
  const version = text(root.softwareVersion, 'softwareVersion', false);
  if (version !== null && typeof version !== 'string') return version;

  const descriptions: Record<string, string> = {};
  if (root.description === undefined) return fail({ reason: 'missing', field: 'description' });
  if (!isMapping(root.description)) return fail({ reason: 'shape' });
  for (const [lang, entry] of Object.entries(root.description)) {
    if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang) || !isMapping(entry)) continue;
    const short = text(entry.shortDescription, `description.${lang}.shortDescription`, false);
    if (typeof short === 'string') descriptions[lang] = short;
    else if (short !== null) return short;
  }
  if (Object.keys(descriptions).length === 0)
    return fail({ reason: 'missing', field: 'description.*.shortDescription' });

  const legal = root.legal;
  if (legal !== undefined && !isMapping(legal))
    return fail({ reason: 'text', field: 'legal.license' });
  const licence = text(legal?.license, 'legal.license', true);
  if (typeof licence !== 'string') return licence as ReturnType<typeof fail>;
  // An SPDX expression: identifiers joined by AND, OR, WITH and brackets; never an address.
  if (!/^[A-Za-z0-9.+\-() ]{1,100}$/.test(licence))
    return fail({ reason: 'text', field: 'legal.license' });

  const maintenance = root.maintenance;
  if (maintenance === undefined) return fail({ reason: 'missing', field: 'maintenance.type' });
  if (!isMapping(maintenance)) return fail({ reason: 'maintenanceType' });
  const type = maintenance.type;
  if (type === undefined) return fail({ reason: 'missing', field: 'maintenance.type' });
  if (!(maintenanceTypes as readonly unknown[]).includes(type))
    return fail({ reason: 'maintenanceType' });

  const platforms = root.platforms;
  if (platforms === undefined) return fail({ reason: 'missing', field: 'platforms' });
  if (
    !Array.isArray(platforms) ||
    platforms.length === 0 ||
    platforms.length > LIST_MAX ||
    !platforms.every((p) => isShortText(p) && p.length <= 50)
  )
    return fail({ reason: 'list', field: 'platforms' });

  return {
    ok: true,
    summary: {
      name,
      descriptions,
      softwareVersion: version,
      licence,
      maintenanceType: type as SoftwareSummary['maintenanceType'],
      platforms: platforms.map((p: string) => p.trim()),
    },
  };
}

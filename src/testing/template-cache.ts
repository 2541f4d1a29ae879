import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** What a test database starts from: the municipality registry alone, or with the demo content. */
export type TemplateContent = 'registry' | 'demo';

const root = join(import.meta.dirname, '..', '..');
const cacheRoot = join(root, 'node_modules', '.cache', 'samskap-test-templates');
/**
 * The demo content is stamped with the clock that seeded it (dialogues open until a date, a
 * decision's checkpoints), so a template older than this is built again.
 */
const FRESH_MS = 60 * 60_000;

/**
 * The folder where the PGlite templates built from this checkout's sources are kept: named by a
 * hash of everything a template is made of (the sources but their tests, the reference data, the
 * locked packages), so a change to any of them builds new ones. The unit tests build the templates
 * and the browser tests start their server from the same demo template, instead of seeding it a
 * second time in the same run.
 */
export function templateFolder(): string {
  const hash = createHash('sha256');
  const files = [
    ...listed('src').filter((f) => !/\.test\.tsx?$/.test(f)),
    ...listed('reference-data'),
    'package-lock.json',
  ].sort();
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(join(root, file)));
  }
  return join(cacheRoot, hash.digest('hex').slice(0, 16));
}

function listed(folder: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath.slice(root.length + 1), entry.name));
}

/** The template's file in `folder`, when it was built there within the hour. */
export function freshTemplate(folder: string, content: TemplateContent): string | undefined {
  const file = templateFile(folder, content);
  if (!existsSync(file)) return undefined;
  return Date.now() - statSync(file).mtimeMs < FRESH_MS ? file : undefined;
}

export function templateFile(folder: string, content: TemplateContent): string {
  return join(folder, `${content}.tar`);
}

/**
 * Keeps `bytes` as the template's file in `folder`, written beside it and renamed, so a run that
 * reads it at the same moment never sees half a file; templates of other sources older than a
 * day go (a checkout sharing these packages may still be using a newer one).
 */
export function keepTemplate(folder: string, content: TemplateContent, bytes: Uint8Array): string {
  mkdirSync(folder, { recursive: true });
  for (const other of readdirSync(cacheRoot)) {
    const path = join(cacheRoot, other);
    if (path !== folder && Date.now() - statSync(path).mtimeMs > 24 * FRESH_MS) {
      rmSync(path, { recursive: true, force: true });
    }
  }
  const file = templateFile(folder, content);
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return file;
}

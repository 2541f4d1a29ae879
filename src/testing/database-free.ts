import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

// A test reaches a database through these modules, or by opening one itself.
const databaseModules = ['src/testing/test-app.ts', 'src/testing/test-database.ts'];
const opensDatabase = /\b(openPglite|openPostgres|startServer)\(|TEST_DATABASE_URL/;
const relativeImport = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/**
 * The test files under `dirs` (relative to `root`) that touch no database: neither they nor any
 * module they import, directly or not, leads to the test database factories, and they open no
 * database of their own. Found by reading the files, so a new test is placed without a list to
 * keep; the PostgreSQL run leaves these out, as they would only repeat the PGlite run.
 */
export function databaseFreeTests(root: string, dirs: string[]): string[] {
  const reaches = new Map<string, boolean>();
  const targets = new Set(databaseModules.map((m) => resolve(root, m)));
  const reachesDatabase = (file: string): boolean => {
    const known = reaches.get(file);
    if (known !== undefined) return known;
    reaches.set(file, false); // an import cycle leads nowhere new
    let found = targets.has(file);
    if (!found) {
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(relativeImport)) {
        const target = resolve(dirname(file), spec ?? '');
        if (existsSync(target) && reachesDatabase(target)) {
          found = true;
          break;
        }
      }
    }
    reaches.set(file, found);
    return found;
  };
  const tests = dirs.flatMap((dir) =>
    readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.test\.tsx?$/.test(f))
      .map((f) => resolve(root, dir, f)),
  );
  return tests
    .filter((f) => !opensDatabase.test(readFileSync(f, 'utf8')) && !reachesDatabase(f))
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
}

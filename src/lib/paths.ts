import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The project's root folder (where package.json is). Found by walking up from this module, so it
 * holds both when running the TypeScript sources and the bundled build in dist/.
 */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the running code');
    dir = parent;
  }
  root = dir;
  return dir;
}

/** A path inside the project, e.g. `projectPath('reference-data', 'municipalities')`. */
export function projectPath(...segments: string[]): string {
  return join(projectRoot(), ...segments);
}

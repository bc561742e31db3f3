// Whether dist/ holds a bundle of the CLI built from the sources as they are now
// (scripts/buildCli.ts records each input's size and modification time). Anything else (no
// bundle, an unreadable stamp, a source edited, added to the imports or removed since) and the
// CLI runs from the TypeScript sources through tsx instead: never from a stale bundle.
import { readFileSync, statSync } from 'node:fs';

/**
 * The URL of the fresh bundle under `root` (a directory URL ending in /), or null.
 * @param {URL} root
 * @param {string} [dist] the bundle's directory, relative to root
 * @returns {URL | null}
 */
export function freshBundle(root, dist = 'dist/') {
  try {
    const dir = new URL(dist, root);
    /** @type {{ inputs: { path: string, size: number, mtimeMs: number }[] }} */
    const stamp = JSON.parse(readFileSync(new URL('bundle.json', dir), 'utf8'));
    if (!Array.isArray(stamp.inputs) || stamp.inputs.length === 0) return null;
    for (const input of stamp.inputs) {
      const s = statSync(new URL(input.path, root));
      if (s.size !== input.size || s.mtimeMs !== input.mtimeMs) return null;
    }
    const bundle = new URL('sidelines.mjs', dir);
    statSync(bundle);
    return bundle;
  } catch {
    return null;
  }
}

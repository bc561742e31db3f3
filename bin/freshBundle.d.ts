/** The URL of the CLI's bundle under `root` when it matches the sources, else null (freshBundle.js). */
export function freshBundle(root: URL, dist?: string): URL | null;

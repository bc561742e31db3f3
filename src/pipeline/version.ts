// The version stamped on every stored extraction. A document whose stored pipeline version differs
// from this one has records produced by other code or other knowledge data, and `sidelines
// reextract` re-runs the pipeline over it. Bump the package version or KNOWLEDGE_VERSION (in
// src/knowledge/index.ts) whenever a change alters what the pipeline extracts.
//
// The package version comes in through a JSON import: no file I/O, and it works wherever the
// package is installed.
import packageJson from '../../package.json' with { type: 'json' };
import { KNOWLEDGE_VERSION } from '../knowledge/index.ts';

/** The package version alone, e.g. "0.1.0". */
export const PACKAGE_VERSION: string = packageJson.version;

/**
 * "<package version>+knowledge.<knowledge version>", e.g. "0.1.0+knowledge.1". Compared for
 * equality only (a stored version that differs is stale); it is not ordered.
 */
export const PIPELINE_VERSION = `${PACKAGE_VERSION}+knowledge.${KNOWLEDGE_VERSION}`;

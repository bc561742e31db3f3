// The version stamped on every stored document's records: the package version plus the knowledge
// data version. A document whose stamp differs was extracted by another pipeline and is stale
// (`sidelines reextract`, POST /api/reextract). Bump KNOWLEDGE_VERSION when the data files change.
import pkg from '../../package.json' with { type: 'json' };
import { KNOWLEDGE_VERSION } from '../knowledge/index.ts';

export const PIPELINE_VERSION = `${pkg.version}+k${KNOWLEDGE_VERSION}`;

// Types of the modules the build generates (web/build/referencePlugin.ts).
declare module 'sidelines:reference' {
  /** Display names by party code: ISO3 countries and organisation codes. */
  export const PARTY_NAMES: Record<string, string>;
  /** ISO 3166 numeric code (as in world-atlas ids, e.g. "704") → alpha-3 ("VNM"). */
  export const NUMERIC_TO_ALPHA3: Record<string, string>;
  /** Topic keys of the taxonomy, sorted. */
  export const TOPICS: string[];
}

declare module 'sidelines:atlas' {
  import type { Topology } from 'topojson-specification';
  const atlas: Topology;
  export default atlas;
}

// A world map (Natural Earth 110m from world-atlas, bundled) colouring each country by its
// engagements with the chosen party. Countries with engagements are links to the pair
// timeline; every country has a <title> tooltip.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { useMemo } from 'preact/hooks';
import atlas from 'sidelines:atlas';
import { NUMERIC_TO_ALPHA3 } from 'sidelines:reference';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { partyLabel, plural } from '../format.ts';
import { timelineHref } from '../links.ts';
import { navigate } from '../router.tsx';

const WIDTH = 960;
const HEIGHT = 470;

interface Country {
  code: string | null;
  name: string;
  d: string;
}

function countries(): Country[] {
  const object = atlas.objects.countries;
  if (!object) return [];
  const fc = feature(atlas, object) as FeatureCollection<Geometry, { name?: string }>;
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  return fc.features.map((f: Feature<Geometry, { name?: string }>) => ({
    code: f.id === undefined ? null : (NUMERIC_TO_ALPHA3[String(f.id).padStart(3, '0')] ?? null),
    name: f.properties?.name ?? 'unknown',
    d: path(f) ?? '',
  }));
}

/** A light-to-dark blue for 0 < n ≤ max (log scale so a few big counts do not wash out the rest). */
export function shade(n: number, max: number): string {
  const t = max <= 1 ? 1 : Math.log(n) / Math.log(max);
  const mix = (a: number, b: number): number => Math.round(a + (b - a) * Math.max(0, Math.min(1, t)));
  return `rgb(${mix(198, 8)}, ${mix(219, 48)}, ${mix(239, 107)})`;
}

export function WorldMap({ party, counts }: { party: string; counts: Map<string, number> }) {
  const shapes = useMemo(countries, []);
  const max = Math.max(1, ...counts.values());
  return (
    <svg
      class="map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={`Countries by engagements with ${partyLabel(party)}`}
      data-testid="map-svg"
    >
      {shapes.map((c, i) => {
        const n = c.code ? (counts.get(c.code) ?? 0) : 0;
        const self = c.code === party;
        const fill = self ? '#e08a1e' : n > 0 ? shade(n, max) : '#e4e4e4';
        const title = self ? `${c.name}: the chosen party` : `${c.name}: ${plural(n, 'engagement')}`;
        if (n === 0 || !c.code) {
          return (
            <path key={i} d={c.d} fill={fill} class={self ? 'self' : ''} data-code={c.code ?? ''}>
              <title>{title}</title>
            </path>
          );
        }
        const to = timelineHref(party, c.code);
        return (
          <a
            key={i}
            href={to}
            aria-label={`${title}, open the timeline`}
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
              e.preventDefault();
              navigate(to);
            }}
          >
            <path d={c.d} fill={fill} class="has-data" data-code={c.code} data-count={n}>
              <title>{title}</title>
            </path>
          </a>
        );
      })}
    </svg>
  );
}

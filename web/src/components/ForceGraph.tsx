// A force-directed graph of parties drawn on SVG. The layout (d3-force) is computed up front
// for a fixed number of ticks, so the drawing is stable and appears at once. Nodes are links
// (keyboard-focusable, named) to the party's dossier; edge width follows shared engagements.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { useMemo } from 'preact/hooks';
import { partyLabel, plural } from '../format.ts';
import { dossierHref } from '../links.ts';
import { navigate } from '../router.tsx';

export interface GraphNode extends SimulationNodeDatum {
  party: string;
  engagements: number;
}
interface GraphEdge extends SimulationLinkDatum<GraphNode> {
  engagements: number;
}

const radius = (n: GraphNode, max: number): number => 5 + 14 * Math.sqrt(n.engagements / max);

/** Laid out wide for wide screens and tall for narrow ones (`tall`). */
export function layoutGraph(
  nodes: { party: string; engagements: number }[],
  edges: { a: string; b: string; engagements: number }[],
  tall = false,
) {
  const ns: GraphNode[] = nodes.map((n) => ({ ...n }));
  const known = new Set(ns.map((n) => n.party));
  const es: GraphEdge[] = edges
    .filter((e) => known.has(e.a) && known.has(e.b))
    .map((e) => ({ source: e.a, target: e.b, engagements: e.engagements }));
  const max = Math.max(1, ...ns.map((n) => n.engagements));
  const sim = forceSimulation(ns)
    .force(
      'link',
      forceLink<GraphNode, GraphEdge>(es)
        .id((n) => n.party)
        .distance(70),
    )
    .force('charge', forceManyBody().strength(-160))
    .force('x', forceX(0).strength(tall ? 0.14 : 0.06))
    .force('y', forceY(0).strength(tall ? 0.03 : 0.08))
    .force(
      'collide',
      forceCollide<GraphNode>((n) => radius(n, max) + 14),
    )
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  return { nodes: ns, edges: es, max };
}

interface Props {
  nodes: { party: string; engagements: number }[];
  edges: { a: string; b: string; engagements: number }[];
}

export function ForceGraph({ nodes, edges }: Props) {
  const tall = typeof window !== 'undefined' && window.innerWidth < 640;
  const g = useMemo(() => layoutGraph(nodes, edges, tall), [nodes, edges, tall]);
  const xs = g.nodes.map((n) => n.x ?? 0);
  const ys = g.nodes.map((n) => n.y ?? 0);
  const pad = 40;
  const [x0, x1, y0, y1] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, Math.max(...ys) + pad];
  const maxEdge = Math.max(1, ...g.edges.map((e) => e.engagements));
  const at = (end: GraphNode | string | number): GraphNode | undefined => (typeof end === 'object' ? end : undefined);
  return (
    <svg
      class="graph"
      viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`}
      role="group"
      aria-label="Network of parties"
      data-testid="network-svg"
    >
      <g class="edges" aria-hidden="true">
        {g.edges.map((e, i) => {
          const s = at(e.source);
          const t = at(e.target);
          return s && t ? (
            <line key={i} x1={s.x} y1={s.y} x2={t.x} y2={t.y} stroke-width={1 + 5 * (e.engagements / maxEdge)}>
              <title>{`${s.party}–${t.party}: ${plural(e.engagements, 'engagement')}`}</title>
            </line>
          ) : null;
        })}
      </g>
      <g class="nodes">
        {g.nodes.map((n) => (
          <a
            key={n.party}
            href={dossierHref(n.party)}
            aria-label={`${partyLabel(n.party)}: ${plural(n.engagements, 'engagement')}, open dossier`}
            onClick={(ev) => {
              if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
              ev.preventDefault();
              navigate(dossierHref(n.party));
            }}
          >
            <circle cx={n.x} cy={n.y} r={radius(n, g.max)} />
            <text x={n.x} y={(n.y ?? 0) + radius(n, g.max) + 11} text-anchor="middle">
              {n.party}
            </text>
          </a>
        ))}
      </g>
    </svg>
  );
}

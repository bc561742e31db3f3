// Engagements per year as a bar chart (uPlot on canvas), sized to its container. The same
// numbers are given as a visually hidden table for screen readers.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface YearCount {
  year: number;
  count: number;
}

/** Consecutive years from the first to the last with a count (gaps filled with 0). */
export function fillYears(rows: { year: string | null; engagements: number }[]): YearCount[] {
  const known = rows
    .filter((r) => r.year !== null && /^\d{4}$/.test(r.year))
    .map((r) => ({ year: Number(r.year), count: r.engagements }));
  if (!known.length) return [];
  const years = known.map((k) => k.year);
  const out: YearCount[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++)
    out.push({ year: y, count: known.filter((k) => k.year === y).reduce((n, k) => n + k.count, 0) });
  return out;
}

export function YearChart({ data, label }: { data: YearCount[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !data.length) return;
    const width = (): number => Math.max(260, Math.min(el.clientWidth, 900));
    const xs = data.map((d) => d.year);
    const lo = (xs[0] ?? 0) - 0.6;
    const hi = (xs[xs.length - 1] ?? 0) + 0.6;
    const plot = new uPlot(
      {
        width: width(),
        height: 220,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [lo, hi] }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
        axes: [
          { values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')), incrs: [1, 2, 5, 10] },
          {
            values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')),
            incrs: [1, 2, 5, 10, 20, 50, 100, 500, 1000],
          },
        ],
        series: [
          {},
          {
            label,
            fill: '#3b6ea5',
            stroke: '#24476e',
            paths: uPlot.paths.bars?.({ size: [0.7, 80], align: 0 }),
            points: { show: false },
          },
        ],
      },
      [xs, data.map((d) => d.count)],
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: 220 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [data, label]);
  if (!data.length) return <p class="empty">No dated engagements.</p>;
  return (
    <figure class="chart">
      <div ref={box} class="chart-box" role="img" aria-label={`${label}: bar chart`} data-testid="year-chart" />
      <table class="visually-hidden">
        <caption>{label}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.year}>
              <th scope="row">{d.year}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

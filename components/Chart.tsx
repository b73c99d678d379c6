// A small uPlot chart (canvas, no eval: fits the extension CSP) with its numbers in a table that
// screen readers read instead of the canvas.
import { useEffect, useId, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './Chart.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

interface Props {
  title: string;
  /** One label per point: a day, a funnel step, a stage. */
  categories: string[];
  series: ChartSeries[];
  kind: 'bars' | 'line';
  /** How a value reads in the table and on the axis ("3 min", "40 %"). */
  format?: (value: number) => string;
  height?: number;
  /** Heading of the table's first column: what a category is. */
  categoryName?: string;
}

const plain = (value: number) => String(Math.round(value * 100) / 100);

/** Canvas drawing needs a 2-D context; without one (jsdom) the table alone carries the numbers. */
const canDraw = () => typeof document !== 'undefined' && document.createElement('canvas').getContext?.('2d') != null;

export function Chart({ title, categories, series, kind, format = plain, height = 180, categoryName = kind === 'line' ? 'Day' : 'Step' }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = box.current;
    if (!element || !canDraw()) return;
    let cleanup: (() => void) | undefined;
    let cancelled = false;
    // Loaded on first draw: the Leads tab never pays for it, and uPlot reads matchMedia on import.
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      cleanup = drawChart(UPlot, element, { categories, series, kind, format, height });
    });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [categories, series, kind, format, height]);

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      <div ref={box} className="chart-canvas" aria-hidden="true" />
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryName}</th>
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category, index) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {series.map((s) => (
                <td key={s.label}>{s.values[index] == null ? '—' : format(s.values[index]!)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Up to this many bars, every bar is named under the axis. */
const MAX_NAMED_BARS = 8;

function drawChart(UPlot: typeof uPlot, element: HTMLDivElement, { categories, series, kind, format, height }: Required<Omit<Props, 'title' | 'categoryName'>>): () => void {
  const xs = categories.map((_, index) => index);
  const bars = UPlot.paths.bars?.({ size: [0.6, 48] });
  const plot = new UPlot(
    {
      width: Math.max(element.clientWidth, 240),
      height,
      legend: { show: series.length > 1 },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.5, Math.max(categories.length - 0.5, 0.5)] } },
      axes: [
        {
          values: (_plot, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? (categories[tick] ?? '') : '')),
          stroke: '#4d5560',
          grid: { show: false },
          // A few named bars (funnel steps, stages) each get their name: uPlot would space the ticks
          // out and leave some bars unnamed. Days stay spaced out. Many names do not fit side by
          // side in a side panel, so they are tilted.
          ...(kind === 'bars' && categories.length <= MAX_NAMED_BARS ? { splits: () => xs } : {}),
          ...(kind === 'bars' && categories.length > 5 ? { rotate: -35, size: 64 } : {}),
        },
        { values: (_plot, ticks) => ticks.map(format), stroke: '#4d5560', size: 56 },
      ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          fill: kind === 'bars' ? s.color : undefined,
          width: kind === 'bars' ? 0 : 2,
          paths: kind === 'bars' ? bars : undefined,
          points: { show: kind === 'line' && categories.length < 40 },
        })),
      ],
    },
    [xs, ...series.map((s) => s.values)] as uPlot.AlignedData,
    element,
  );
  const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 240), height }));
  resize.observe(element);
  return () => {
    resize.disconnect();
    plot.destroy();
  };
}

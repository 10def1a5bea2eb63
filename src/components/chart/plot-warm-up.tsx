import { useEffect, useRef, useState } from 'react';
import { ChartPlot } from './chart-plot';
import type { PlotReference, PlotSeries } from './plot-spec';
import { PlotTurns, PlotTurnsContext, nextPlotSlot } from './plot-turns';
import { whenIdle } from './when-idle';

const ROWS = [
  { x: 1, a: 3, b: 2, c: 1 },
  { x: 2, a: 2, b: 3, c: 2 },
  { x: 3, a: 1, b: 1, c: 3 },
];
const SERIES: readonly PlotSeries[] = [
  { key: 'a', name: 'A', colour: '#888', mark: 'area', shape: 'area' },
  { key: 'b', name: 'B', colour: '#888', mark: 'line', shape: 'dashed' },
  { key: 'c', name: 'C', colour: '#888', mark: 'bar', shape: 'bar' },
];
const REFERENCES: readonly PlotReference[] = [
  { axis: 'y', value: 2, colour: '#888', label: 'Goal' },
  { axis: 'x', value: 2, colour: '#888', label: 'As of' },
];
const SIZE = { width: 240, height: 120 };

/**
 * A small plot drawn once, out of sight, when the page is idle before any data is shown. The
 * first Recharts plot of a page costs several times the next ones (its code runs for the first
 * time): paid here, in turns, the dashboard's first plot after an import no longer makes a long
 * task. Gone once drawn.
 */
export function PlotWarmUp() {
  const [state, setState] = useState<'waiting' | 'drawing' | 'done'>('waiting');
  const box = useRef<HTMLDivElement>(null);
  // How often the queue ran dry: the plot asks for one turn at a time, so it runs dry after
  // each. Done once it stays dry and the plot has no step left to draw.
  const [drained, setDrained] = useState(0);
  const [turns] = useState(() => new PlotTurns(nextPlotSlot, () => setDrained((n) => n + 1)));
  useEffect(() => {
    if (drained === 0) return;
    return whenIdle(() => {
      if (turns.pending === 0 && !box.current?.querySelector('[data-plot-pending]')) {
        setState('done');
      }
    });
  }, [drained, turns]);
  useEffect(() => whenIdle(() => setState((now) => (now === 'waiting' ? 'drawing' : now))), []);
  if (state !== 'drawing') return null;
  return (
    <div
      ref={box}
      aria-hidden="true"
      inert
      data-plot-warm-up=""
      style={{
        position: 'fixed',
        left: -10_000,
        top: 0,
        visibility: 'hidden',
        pointerEvents: 'none',
        ...SIZE,
      }}
    >
      <PlotTurnsContext value={turns}>
        <ChartPlot
          size={SIZE}
          data={ROWS}
          x={{ dataKey: 'x', type: 'number', domain: [1, 3], ticks: [1, 2, 3] }}
          y={[{ width: 40, format: 'number' }]}
          series={SERIES}
          references={REFERENCES}
          tooltip={{ heading: 'day', value: 'number' }}
        />
      </PlotTurnsContext>
    </div>
  );
}

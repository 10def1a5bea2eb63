import { memo, startTransition, useContext, useEffect, useRef, useState } from 'react';
import { PlotTurns, PlotTurnsContext } from '../../components/chart';
import type { Dataset } from '../../domain/records/dataset';
import { DashboardCharts, type DashboardChartsProps } from './charts';

// Skipped while a changed view is shown with the previous charts: they redraw a step behind.
const Charts = memo(DashboardCharts);

// A number per dataset drawn, for a key: a new dataset draws its charts afresh.
const datasetNumbers = new WeakMap<Dataset, number>();
let datasetsSeen = 0;

function datasetNumber(dataset: Dataset): number {
  let number = datasetNumbers.get(dataset);
  if (number === undefined) {
    number = ++datasetsSeen;
    datasetNumbers.set(dataset, number);
  }
  return number;
}

interface ChartsSlotProps extends DashboardChartsProps {
  /** The charts still show the previous view while the new one is drawn. */
  updating?: boolean;
  /** Names the view the charts show (`data-charts-view`), for benchmarks and tests. */
  drawnView?: string;
}

/**
 * A new dataset's charts mount at a turn of their own, after the frame with the KPIs is drawn:
 * the dashboard's first commit was one task laying out the header, the KPIs and every chart's
 * frame (~600 new elements, 60 ms with the CPU slowed 2x); now two of about half that. Until then
 * the section's reserved height stands in, pending, so nothing waits on charts not there yet.
 */
function ChartsTurn(props: DashboardChartsProps) {
  const turns = useContext(PlotTurnsContext);
  const box = useRef<HTMLDivElement>(null);
  const [granted, setGranted] = useState(turns === null);
  useEffect(() => {
    if (granted || !turns) return;
    return turns.request({
      element: () => box.current,
      inView: () => true,
      grant: () => startTransition(() => setGranted(true)),
    });
  }, [granted, turns]);
  if (granted) return <Charts {...props} />;
  return <div ref={box} data-plot-pending="" data-charts-pending="" />;
}

/**
 * The charts section. Its minimum height is reserved up front so the KPIs above and the page
 * below do not jump while the charts lay themselves out. A new dataset (an import, a switch, a
 * reload) mounts every chart at a turn after the KPIs: their plots then take turns, one per frame,
 * those in view first, so that no single task draws them all; a change of view only redraws plots
 * already there.
 */
export function ChartsSlot({ updating = false, drawnView, ...props }: ChartsSlotProps) {
  const [turns] = useState(() => new PlotTurns());
  return (
    <section
      aria-labelledby="charts-title"
      aria-busy={updating}
      data-updating={updating ? '' : undefined}
      data-charts-view={drawnView}
      className="flex min-h-[40rem] flex-col gap-3"
    >
      <h2 id="charts-title" className="text-lg font-semibold">
        Charts
      </h2>
      <PlotTurnsContext value={turns}>
        <ChartsTurn key={datasetNumber(props.dataset)} {...props} />
      </PlotTurnsContext>
    </section>
  );
}

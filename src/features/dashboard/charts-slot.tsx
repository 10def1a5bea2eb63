import { memo, useState } from 'react';
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
 * The charts section. Its minimum height is reserved up front so the KPIs above and the page
 * below do not jump while the charts lay themselves out. A new dataset (an import, a switch, a
 * reload) mounts every chart: their plots take turns, one per frame, those in view first, so
 * that no single task draws them all; a change of view only redraws plots already there.
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
        <Charts key={datasetNumber(props.dataset)} {...props} />
      </PlotTurnsContext>
    </section>
  );
}

import { memo } from 'react';
import { DashboardCharts, type DashboardChartsProps } from './charts';

// Skipped while a changed view is shown with the previous charts: they redraw a step behind.
const Charts = memo(DashboardCharts);

interface ChartsSlotProps extends DashboardChartsProps {
  /** The charts still show the previous view while the new one is drawn. */
  updating?: boolean;
  /** Names the view the charts show (`data-charts-view`), for benchmarks and tests. */
  drawnView?: string;
}

/**
 * The charts section. Its minimum height is reserved up front so the KPIs above and the page
 * below do not jump while the charts lay themselves out.
 */
export function ChartsSlot({ updating = false, drawnView, ...props }: ChartsSlotProps) {
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
      <Charts {...props} />
    </section>
  );
}

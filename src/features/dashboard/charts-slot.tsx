import { DashboardCharts, type DashboardChartsProps } from './charts';

/**
 * The charts section. Its minimum height is reserved up front so the KPIs above and the page
 * below do not jump while the charts lay themselves out.
 */
export function ChartsSlot(props: DashboardChartsProps) {
  return (
    <section aria-labelledby="charts-title" className="flex min-h-[40rem] flex-col gap-3">
      <h2 id="charts-title" className="text-lg font-semibold">
        Charts
      </h2>
      <DashboardCharts {...props} />
    </section>
  );
}

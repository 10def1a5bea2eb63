import type { Kpis, Selection, TargetSettings } from '../../domain/metrics/types';
import type { Period } from '../../domain/periods/types';
import type { Dataset } from '../../domain/records/dataset';

export interface ChartsSlotProps {
  dataset: Dataset;
  period: Period;
  selection: Selection;
  settings: TargetSettings;
  kpis: Kpis;
  sources: string[];
}

/**
 * PLACEHOLDER until the charts feature exports `DashboardCharts` from ./charts: the region keeps
 * its heading and reserves the charts' height so the page does not shift when they arrive.
 */
export function ChartsSlot(_props: ChartsSlotProps) {
  return (
    <section aria-labelledby="charts-title" className="flex min-h-[40rem] flex-col gap-3">
      <h2 id="charts-title" className="text-lg font-semibold">
        Charts
      </h2>
      <div className="rp-panel rp-muted flex flex-1 items-center justify-center p-6 text-sm">
        Charts are on their way.
      </div>
    </section>
  );
}

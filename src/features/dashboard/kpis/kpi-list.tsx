import type { Kpis } from '../../../domain/metrics/types';
import { kpiEntries } from './kpi-entries';

/** The KPI cards: a description list whose terms are the KPI names and whose values are the figures. */
export function KpiList({ kpis }: { kpis: Kpis }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6">
      {kpiEntries(kpis).map((entry) => (
        <div key={entry.term} className="rp-panel flex min-h-24 flex-col justify-between gap-1 p-3">
          <dt className="rp-muted text-xs font-semibold leading-tight">{entry.term}</dt>
          <dd className="flex flex-col">
            <span
              className={`font-bold tabular-nums break-words ${
                entry.value.length > 10 ? 'text-base sm:text-lg' : 'text-xl sm:text-2xl'
              }`}
            >
              {entry.value}
            </span>
            {entry.detail ? (
              <>
                {' '}
                <span className="rp-muted text-xs">{entry.detail}</span>
              </>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

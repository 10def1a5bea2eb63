import type { Kpis } from '../../../domain/metrics/types';
import {
  demandSentence,
  granularityNote,
  isBeyondCapacity,
  statusLine,
  statusTone,
  type StatusTone,
} from '../../../domain/view/status-line';
import { formatCount, formatDay } from '../../../lib/format';

const TONE_CLASSES: Record<StatusTone, string> = {
  'no-data': 'border-line dark:border-night-line',
  'no-target': 'border-line dark:border-night-line',
  reached: 'border-good dark:border-night-good',
  over: 'border-warn dark:border-night-warn',
  behind: 'border-bad dark:border-night-bad',
  'on-pace': 'border-good dark:border-night-good',
};

/** "As of …", the status in words, the capacity flag, what limits the rest, and data notes. */
export function KpiStatus({ kpis }: { kpis: Kpis }) {
  const format = (value: number) => formatCount(value);
  const tone = statusTone(kpis);
  const demand = demandSentence(kpis, format);
  const note = granularityNote(kpis.granularity, kpis.finestGranularity);
  return (
    <div className="flex flex-col gap-1">
      <p className="rp-muted text-sm">
        {kpis.asOf === null
          ? `No data yet in ${kpis.period.label}`
          : `As of ${formatDay(kpis.asOf)}`}
      </p>
      <p
        className={`border-l-4 pl-3 text-lg font-semibold ${TONE_CLASSES[tone]}`}
        role="status"
        data-tone={tone}
      >
        {statusLine(kpis, format)}
      </p>
      {isBeyondCapacity(kpis) ? (
        <p className="text-sm font-semibold text-bad dark:text-night-bad">
          Beyond demonstrated capacity: {formatCount(kpis.requiredPerDay)}/day needed, best day so
          far {formatCount(kpis.bestDay?.value ?? null)}
        </p>
      ) : null}
      {demand ? <p className="text-sm">{demand}</p> : null}
      {note ? <p className="rp-muted text-sm">{note}</p> : null}
    </div>
  );
}

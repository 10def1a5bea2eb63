import { useMemo } from 'react';
import {
  ChartFrame,
  ChartPlot,
  useChartFormat,
  useChartTheme,
  type ChartCaption,
  type ChartTableData,
} from '../../../components/chart';
import type { ChartFormat } from '../../../domain/charts';
import type { Kpis, ModelDeliveries } from '../../../domain/metrics';
import { granularityNote } from './chart-captions';

interface ModelRow {
  label: string;
  deliveries: number;
  share: number;
}

const BAR_PX = 28;
const CHAR_PX = 7.5;

function modelName(model: string): string {
  return model === '' ? 'No model given' : model;
}

function rowsOf(mix: readonly ModelDeliveries[]): ModelRow[] {
  const total = mix.reduce((sum, m) => sum + m.deliveries, 0);
  return mix.map((m) => ({
    label: modelName(m.model),
    deliveries: m.deliveries,
    share: total > 0 ? m.deliveries / total : 0,
  }));
}

function summaryOf(rows: readonly ModelRow[], format: ChartFormat): string {
  if (rows.length === 0) return 'No deliveries yet in this period.';
  return rows
    .map((r) => `${r.label} ${format.axisNumber(r.deliveries)} (${format.percent(r.share)})`)
    .join(', ');
}

function tableOf(rows: readonly ModelRow[], title: string): ChartTableData {
  return {
    caption: title,
    columns: [
      { key: 'label', label: 'Model', kind: 'text' },
      { key: 'deliveries', label: 'Deliveries', kind: 'number' },
      { key: 'share', label: 'Share', kind: 'percent' },
    ],
    rows: rows.map((r) => ({ ...r })),
  };
}

export interface ModelMixChartProps {
  mix: readonly ModelDeliveries[];
  kpis: Kpis;
  caption: ChartCaption;
}

/** Deliveries to date per model, most first, as labelled horizontal bars. */
export function ModelMixChart({ mix, kpis, caption }: ModelMixChartProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  const rows = useMemo(() => rowsOf(mix), [mix]);
  const title = `Deliveries to date by model — ${kpis.period.label}`;
  const table = useMemo(() => tableOf(rows, title), [rows, title]);
  const labelWidth = Math.min(
    160,
    Math.ceil(Math.max(4, ...rows.map((r) => r.label.length)) * CHAR_PX) + 12,
  );
  const onlyUnnamed = rows.length === 1 && rows[0]?.label === 'No model given';
  const note = onlyUnnamed
    ? 'The data has no model column: all deliveries are in one bar.'
    : granularityNote(kpis, 'spread');

  return (
    <ChartFrame
      chartId="model-mix"
      title={title}
      caption={caption}
      summary={summaryOf(rows, format)}
      height={Math.max(96, rows.length * BAR_PX + 40)}
      note={note ?? undefined}
      table={table}
    >
      {(size) => (
        <ChartPlot
          size={size}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
          x={{ type: 'number', format: 'number' }}
          y={[{ type: 'category', dataKey: 'label', width: labelWidth }]}
          series={[
            {
              key: 'deliveries',
              name: 'Deliveries',
              colour: theme.deliveries,
              mark: 'bar',
              shape: 'bar',
              maxBarSize: 22,
              valueLabels: true,
            },
          ]}
          tooltip={{ heading: 'text', value: 'number', cursor: 'band' }}
        />
      )}
    </ChartFrame>
  );
}

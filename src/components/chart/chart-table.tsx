import { isoFromDay } from '../../domain/records';
import type { ChartFormat } from '../../domain/charts';
import type { ChartCellValue, ChartColumn, ChartTableData } from './chart-data';

function cellText(column: ChartColumn, value: ChartCellValue, format: ChartFormat): string {
  if (value === null) return '–';
  switch (column.kind) {
    case 'day':
      return typeof value === 'number' ? format.longDay(value) : value;
    case 'number':
      return typeof value === 'number' ? format.exactNumber(value) : value;
    case 'percent':
      return typeof value === 'number' ? format.percent(value) : value;
    case 'text':
      return String(value);
  }
}

/** The raw value exporters read: ISO dates, plain numbers. */
function rawValue(column: ChartColumn, value: ChartCellValue): string {
  if (value === null) return '';
  if (column.kind === 'day' && typeof value === 'number') return isoFromDay(value);
  return String(value);
}

interface ChartTableProps {
  data: ChartTableData;
  format: ChartFormat;
}

/** The exact values behind a chart, as an accessible table (never thinned). */
export function ChartTable({ data, format }: ChartTableProps) {
  const [first, ...rest] = data.columns;
  return (
    <table className="w-full border-collapse text-sm tabular-nums">
      <caption className="mb-1 text-left font-medium">{data.caption}</caption>
      <thead>
        <tr>
          {data.columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              data-key={column.key}
              className={`border-b border-[var(--chart-grid)] px-2 py-1 ${column.kind === 'text' || column.kind === 'day' ? 'text-left' : 'text-right'}`}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row, index) => (
          <tr key={index}>
            {first && (
              <th
                scope="row"
                data-value={rawValue(first, row[first.key] ?? null)}
                className="px-2 py-0.5 text-left font-normal"
              >
                {cellText(first, row[first.key] ?? null, format)}
              </th>
            )}
            {rest.map((column) => (
              <td
                key={column.key}
                data-value={rawValue(column, row[column.key] ?? null)}
                className={`px-2 py-0.5 ${column.kind === 'text' ? 'text-left' : 'text-right'}`}
              >
                {cellText(column, row[column.key] ?? null, format)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

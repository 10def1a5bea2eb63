import type { PreviewCell, TablePreview } from '../../domain/import/normalise';
import { columnLabel } from './column-options';

function shownValue(cell: PreviewCell): string {
  if (cell.value === null) return '';
  return typeof cell.value === 'number'
    ? cell.value.toLocaleString('en-US', { maximumFractionDigits: 6 })
    : cell.value;
}

/** The first rows as they will be read, each cell with the problem it has. */
export function PreviewGrid({ preview, title }: { preview: TablePreview; title: string }) {
  const shown = preview.rows.length;
  const caption =
    shown === preview.totalRows
      ? `${title}: all ${shown.toLocaleString('en-US')} rows as they will be read`
      : `${title}: first ${shown.toLocaleString('en-US')} of ${preview.totalRows.toLocaleString('en-US')} rows as they will be read`;
  return (
    <div className="max-h-80 overflow-auto rounded-md border border-line dark:border-night-line">
      <table className="min-w-full border-collapse text-xs">
        <caption className="p-1 text-left font-medium">{caption}</caption>
        <thead className="sticky top-0 bg-paper dark:bg-night-paper">
          <tr>
            <th scope="col" className="px-2 py-1 text-right">
              Row
            </th>
            {preview.columns.map((column) => (
              <th
                key={column.index}
                scope="col"
                className={`px-2 py-1 text-left ${column.role === 'ignore' ? 'opacity-50' : ''}`}
              >
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.row} className="border-t border-line dark:border-night-line">
              <th scope="row" className="px-2 py-1 text-right font-normal tabular-nums">
                {row.row}
              </th>
              {row.cells.map((cell, i) => {
                const column = preview.columns[i];
                if (cell.problem) {
                  return (
                    <td
                      key={column?.index ?? i}
                      title={cell.problem}
                      data-problem="true"
                      className="bg-bad/15 px-2 py-1 text-bad underline decoration-wavy dark:bg-night-bad/20 dark:text-night-bad"
                    >
                      {cell.text}
                      <span className="sr-only"> (problem: {cell.problem})</span>
                    </td>
                  );
                }
                return (
                  <td
                    key={column?.index ?? i}
                    className={`px-2 py-1 ${column?.role === 'ignore' ? 'opacity-50' : ''}`}
                  >
                    {column?.role === 'ignore' ? cell.text : shownValue(cell)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

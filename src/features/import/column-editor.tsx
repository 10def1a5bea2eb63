import { useId } from 'react';
import type {
  ColumnMapping,
  DateOrder,
  NumberLocale,
  TableShape,
} from '../../domain/import/normalise';
import {
  COLUMN_OPTIONS,
  DATE_ORDER_LABELS,
  NUMBER_LOCALE_LABELS,
  columnLabel,
  columnOptionValue,
  readsDates,
  readsNumbers,
  withColumnOption,
} from './column-options';
import { questionFor } from './question-text';

const selectClass = 'rp-field';

function ColumnQuestion({
  column,
  onChange,
}: {
  column: ColumnMapping;
  onChange: (column: ColumnMapping) => void;
}) {
  const name = useId();
  const answer = column.needsAnswer;
  if (!answer) return null;
  const question = questionFor(answer);
  const choose = (value: string) => {
    const next: ColumnMapping = { ...column };
    delete next.needsAnswer;
    if (answer.kind === 'date-order') next.dateOrder = value as DateOrder;
    else next.numberLocale = value as NumberLocale;
    onChange(next);
  };
  return (
    <fieldset className="mt-1 rounded-md border border-warn p-2 dark:border-night-warn">
      <legend className="px-1 font-medium">
        {columnLabel(column)}: {question.text}
      </legend>
      {question.options.map((option) => (
        <label key={option.value} className="mr-4 inline-flex items-center gap-1">
          <input
            type="radio"
            name={name}
            value={option.value}
            onChange={() => choose(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export interface ColumnEditorProps {
  column: ColumnMapping;
  shape: TableShape;
  onChange: (column: ColumnMapping) => void;
}

/** One column of the table: what it means, and how its numbers or dates are written. */
export function ColumnEditor({ column, shape, onChange }: ColumnEditorProps) {
  const label = columnLabel(column);
  return (
    <li className="border-t border-line py-2 dark:border-night-line">
      <div className="flex flex-wrap items-center gap-2">
        <span className="min-w-32 font-medium">{label}</span>
        <select
          aria-label={`Meaning of column ${label}`}
          value={columnOptionValue(column)}
          onChange={(event) => onChange(withColumnOption(column, event.target.value))}
          className={selectClass}
        >
          {COLUMN_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {shape === 'wide' && column.role === 'measure' ? (
          <input
            aria-label={`Region of column ${label}`}
            placeholder="Region"
            value={column.region ?? ''}
            onChange={(event) => {
              const next: ColumnMapping = { ...column };
              if (event.target.value.trim() === '') delete next.region;
              else next.region = event.target.value;
              onChange(next);
            }}
            className={`${selectClass} w-36`}
          />
        ) : null}
        {readsNumbers(column) && !column.needsAnswer ? (
          <select
            aria-label={`Number format of column ${label}`}
            value={column.numberLocale ?? ''}
            onChange={(event) =>
              onChange({ ...column, numberLocale: event.target.value as NumberLocale })
            }
            className={selectClass}
          >
            {column.numberLocale === undefined ? <option value="">Detecting…</option> : null}
            {(Object.keys(NUMBER_LOCALE_LABELS) as NumberLocale[]).map((locale) => (
              <option key={locale} value={locale}>
                {NUMBER_LOCALE_LABELS[locale]}
              </option>
            ))}
          </select>
        ) : null}
        {readsDates(column) && !column.needsAnswer ? (
          <select
            aria-label={`Date order of column ${label}`}
            value={column.dateOrder ?? ''}
            onChange={(event) =>
              onChange({ ...column, dateOrder: event.target.value as DateOrder })
            }
            className={selectClass}
          >
            {column.dateOrder === undefined ? <option value="">Detecting…</option> : null}
            {(Object.keys(DATE_ORDER_LABELS) as DateOrder[]).map((order) => (
              <option key={order} value={order}>
                {DATE_ORDER_LABELS[order]}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      {column.role !== 'ignore' ? <ColumnQuestion column={column} onChange={onChange} /> : null}
    </li>
  );
}

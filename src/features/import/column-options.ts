import type {
  ColumnMapping,
  ColumnRole,
  DateOrder,
  NumberLocale,
  TableShape,
} from '../../domain/import/normalise';
import { MEASURES, type Measure } from '../../domain/records/measures';

export const SHAPE_LABELS: Record<TableShape, string> = {
  daily: 'Daily',
  wide: 'Wide',
  'per-vehicle': 'Per vehicle',
  periodic: 'Periodic',
};

const ROLE_LABELS: Record<Exclude<ColumnRole, 'measure'>, string> = {
  ignore: 'Not imported',
  date: 'Date',
  period: 'Month or quarter',
  region: 'Region',
  model: 'Model',
  vin: 'VIN or order number',
  'order-date': 'Order date',
  'build-date': 'Build date',
  'delivery-date': 'Delivery date',
  'scheduled-date': 'Scheduled delivery date',
};

export const MEASURE_LABELS: Record<Measure, string> = {
  deliveries: 'Deliveries',
  production: 'Production',
  orders: 'Orders',
  backlog: 'Backlog',
  unscheduled: 'Unscheduled',
  inventory: 'Inventory',
};

export interface ColumnOption {
  /** "date", "measure:deliveries", … */
  value: string;
  label: string;
}

/** What a column can mean, as one list: roles, then the measures. */
export const COLUMN_OPTIONS: readonly ColumnOption[] = [
  ...(Object.keys(ROLE_LABELS) as Array<keyof typeof ROLE_LABELS>).map((role) => ({
    value: role,
    label: ROLE_LABELS[role],
  })),
  ...MEASURES.map((measure) => ({ value: `measure:${measure}`, label: MEASURE_LABELS[measure] })),
];

export function columnOptionValue(column: ColumnMapping): string {
  if (column.role === 'measure') return column.measure ? `measure:${column.measure}` : 'ignore';
  return column.role;
}

/**
 * The column with a new meaning. Its number and date formats are cleared: they depend on the
 * role, and are detected again from the data (the import worker does that with the preview).
 */
export function withColumnOption(column: ColumnMapping, value: string): ColumnMapping {
  const next: ColumnMapping = { index: column.index, header: column.header, role: 'ignore' };
  if (column.region !== undefined) next.region = column.region;
  if (value.startsWith('measure:')) {
    const measure = value.slice('measure:'.length) as Measure;
    if (!MEASURES.includes(measure)) throw new Error(`Unknown measure option ${value}`);
    next.role = 'measure';
    next.measure = measure;
    return next;
  }
  if (!(value in ROLE_LABELS)) throw new Error(`Unknown column option ${value}`);
  next.role = value as ColumnRole;
  return next;
}

export const NUMBER_LOCALE_LABELS: Record<NumberLocale, string> = {
  en: '1,234.5 (decimal point)',
  de: '1.234,5 (decimal comma)',
  fr: '1 234,5 (decimal comma, spaces)',
  none: '1234 (no separators)',
};

export const DATE_ORDER_LABELS: Record<DateOrder, string> = {
  ymd: 'Year first (2019-06-29)',
  dmy: 'Day first (29/06/2019)',
  mdy: 'Month first (06/29/2019)',
  serial1900: 'Spreadsheet serial numbers (1900)',
  serial1904: 'Spreadsheet serial numbers (1904)',
};

const DATE_ROLES: ReadonlySet<ColumnRole> = new Set([
  'date',
  'order-date',
  'build-date',
  'delivery-date',
  'scheduled-date',
]);

export function readsDates(column: ColumnMapping): boolean {
  return DATE_ROLES.has(column.role);
}

export function readsNumbers(column: ColumnMapping): boolean {
  return column.role === 'measure';
}

/** The header, or the column letter when the header is blank ("column C"). */
export function columnLabel(column: ColumnMapping): string {
  if (column.header.trim() !== '') return column.header;
  let letters = '';
  for (let n = column.index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `column ${letters}`;
}

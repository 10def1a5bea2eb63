import { dayFromIso } from '../../records/calendar-day';
import type { TableShape } from '../normalise/types';

/** The four table shapes of PRODUCT.md §1, one template each. */
export const TEMPLATE_SHAPES: readonly TableShape[] = ['daily', 'wide', 'per-vehicle', 'periodic'];
export type TemplateShape = TableShape;

/** A date in a template: written as ISO text in CSV and as a real date cell in XLSX. */
export interface TemplateDate {
  kind: 'date';
  iso: string;
}

export type TemplateCell = string | number | TemplateDate | null;

export interface TemplateTable {
  shape: TemplateShape;
  /** For people: "Daily", "Wide", "Per vehicle", "Periodic". */
  title: string;
  /** File name without extension: "record-pace-daily-template". */
  fileStem: string;
  headers: string[];
  rows: TemplateCell[][];
}

function date(iso: string): TemplateDate {
  if (dayFromIso(iso) === null) throw new Error(`Template date ${iso} is not a calendar date`);
  return { kind: 'date', iso };
}

// Figures are in the range of Tesla's late-June 2019 push (DOMAIN.md), so a user who loads a
// template sees numbers that look like their own data.
const TEMPLATES: Record<TemplateShape, Omit<TemplateTable, 'shape' | 'fileStem'>> = {
  daily: {
    title: 'Daily',
    headers: ['Date', 'Region', 'Model', 'Deliveries', 'Production', 'Orders', 'Backlog'],
    rows: [
      [date('2019-06-26'), 'North America', 'Model 3', 940, 1010, 610, 12800],
      [date('2019-06-26'), 'Europe', 'Model 3', 520, null, 240, 4100],
      [date('2019-06-27'), 'North America', 'Model 3', 1020, 990, 580, 12360],
      [date('2019-06-27'), 'Europe', 'Model 3', 560, null, 260, 3800],
    ],
  },
  wide: {
    title: 'Wide',
    headers: [
      'Date',
      'North America deliveries',
      'Europe deliveries',
      'China deliveries',
      'North America production',
    ],
    rows: [
      [date('2019-06-25'), 910, 480, 210, 1005],
      [date('2019-06-26'), 940, 520, 230, 1010],
      [date('2019-06-27'), 1020, 560, 250, 990],
      [date('2019-06-28'), 1080, 610, 260, 1000],
    ],
  },
  'per-vehicle': {
    title: 'Per vehicle',
    headers: ['VIN', 'Region', 'Model', 'Order date', 'Build date', 'Delivery date'],
    rows: [
      [
        '5YJ3E1EA1KF000101',
        'North America',
        'Model 3',
        date('2019-05-02'),
        date('2019-06-03'),
        date('2019-06-20'),
      ],
      [
        '5YJ3E1EA3KF000102',
        'North America',
        'Model 3',
        date('2019-05-09'),
        date('2019-06-10'),
        date('2019-06-27'),
      ],
      [
        '5YJ3E7EB5KF000103',
        'Norway',
        'Model 3',
        date('2019-04-15'),
        date('2019-05-21'),
        date('2019-06-28'),
      ],
      ['5YJSA1E20KF000104', 'Netherlands', 'Model S', date('2019-06-01'), date('2019-06-24'), null],
    ],
  },
  periodic: {
    title: 'Periodic',
    headers: ['Country', 'Period', 'Model', 'Units'],
    // Norway and Germany registrations, April–June 2019 (data/tesla-registrations-by-country).
    rows: [
      ['NO', '2019-04', 'Model 3', 720],
      ['NO', '2019-05', 'Model 3', 705],
      ['NO', '2019-06', 'Model 3', 3012],
      ['NO', '2019-06', 'Model S', 434],
      ['DE', '2019-06', 'Model 3', 1336],
    ],
  },
};

export function templateTable(shape: TemplateShape): TemplateTable {
  const template = TEMPLATES[shape];
  return {
    ...template,
    shape,
    fileStem: `record-pace-${shape}-template`,
    headers: [...template.headers],
    rows: template.rows.map((row) => [...row]),
  };
}

export function allTemplateTables(): TemplateTable[] {
  return TEMPLATE_SHAPES.map(templateTable);
}

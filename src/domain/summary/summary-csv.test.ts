import fc from 'fast-check';
import { dayFromIso } from '../records/calendar-day';
import { kpisFixture } from '../view/kpis-fixture';
import { csvCell, plainNumber, summaryCsv, SUMMARY_COLUMNS } from './summary-csv';
import { rowFromKpis, type SummaryRow } from './summary-row';

const HEADER =
  'period,region,as_of,deliveries_to_date,production_to_date,target,target_kind,remaining,days_left,required_per_day,pace_per_day,projected_total,chance_to_reach_target,open_backlog,inventory,best_day';

function row(overrides: Partial<SummaryRow> = {}): SummaryRow {
  const kpis = kpisFixture();
  return { ...rowFromKpis(kpis.period, 'North America', kpis), ...overrides };
}

/** Splits RFC 4180 text into rows of cells, honouring quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      cells.push(cell);
      rows.push(cells);
      cells = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('summary CSV', () => {
  it('has exactly the specified columns', () => {
    expect(SUMMARY_COLUMNS.join(',')).toBe(HEADER);
    expect(summaryCsv([])).toBe(`${HEADER}\r\n`);
  });

  it('writes one line per row with plain numbers, ISO dates and the chance in percent', () => {
    const csv = summaryCsv([row(), row({ region: 'All selected', chanceToReachTarget: 63.456 })]);
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      '2019-Q2,North America,2019-06-29,31000,29500,33000,goal,2000,1,2000,1050,32050,3.2,12000,800,1310',
      '2019-Q2,All selected,2019-06-29,31000,29500,33000,goal,2000,1,2000,1050,32050,63.46,12000,800,1310',
      '',
    ]);
  });

  it('leaves cells empty where a value is none', () => {
    const csv = summaryCsv([
      row({
        asOf: null,
        productionToDate: null,
        target: null,
        targetKind: 'none',
        remaining: null,
        requiredPerDay: null,
        pacePerDay: null,
        projectedTotal: null,
        chanceToReachTarget: null,
        openBacklog: null,
        inventory: null,
        bestDay: null,
      }),
    ]);
    expect(parseCsv(csv)[1]).toEqual([
      '2019-Q2',
      'North America',
      '',
      '31000',
      '',
      '',
      '',
      '',
      '1',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('writes record targets with their kind', () => {
    const record = row({ target: 95200, targetKind: 'record' });
    expect(parseCsv(summaryCsv([record]))[1]?.slice(5, 7)).toEqual(['95200', 'record']);
  });

  it.each([
    [1234.567, '1234.57'],
    [1120.004, '1120'],
    [1200, '1200'],
    [0.1 + 0.2, '0.3'],
    [-1200, '-1200'],
    [-0.001, '0'],
    [1e20, '100000000000000000000'],
    [null, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('plain number %d → %j', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });

  it.each([
    ['Europe', 'Europe'],
    ['Korea, Republic of', '"Korea, Republic of"'],
    ['The "Big" Market', '"The ""Big"" Market"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+31', "'+31"],
    ['-region', "'-region"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
    ['\nLF', `"'\nLF"`],
    ['-1200', '-1200'],
    ['-12.5', '-12.5'],
    ['-1e5', "'-1e5"],
    ['', ''],
  ])('cell %j → %j', (text, expected) => {
    expect(csvCell(text)).toBe(expected);
  });

  it('keeps any region name readable and on one row', () => {
    fc.assert(
      fc.property(fc.string(), (region) => {
        const rows = parseCsv(summaryCsv([row({ region })]));
        expect(rows).toHaveLength(2);
        expect(rows[1]).toHaveLength(SUMMARY_COLUMNS.length);
        const cell = rows[1]?.[1] ?? '';
        expect(cell === region || cell === `'${region}`).toBe(true);
        expect(/^[=+\-@\t\r\n]/.test(cell)).toBe(false);
      }),
    );
  });

  it('writes the as-of day as an ISO date', () => {
    const asOf = dayFromIso('2019-09-30');
    expect(parseCsv(summaryCsv([row({ asOf })]))[1]?.[2]).toBe('2019-09-30');
  });
});

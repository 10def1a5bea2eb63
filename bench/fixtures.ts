import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { mulberry32 } from '../src/domain/metrics/random';

/**
 * The benchmark's input files, generated deterministically (a seeded PRNG) and never committed:
 * a year of per-vehicle deliveries as CSV, the same data as daily long rows, and the first rows
 * as an XLSX workbook. Regenerated only when missing or when this generator's version changes.
 */
export interface BenchFixtures {
  dir: string;
  /** VIN, Country, Model, Order date, Build date, Delivery date; ~5 % of rows quoted. */
  vehiclesCsv: string;
  /** The first `smallRows` vehicles, for the general reader, which is too slow for all of them. */
  vehiclesSmallCsv: string;
  /** Date, Region, Model, Deliveries, Production, Orders: the same vehicles, counted per day. */
  dailyCsv: string;
  /** The first `xlsxRows` vehicles as a workbook: shared strings, dates as styled serials. */
  vehiclesXlsx: string;
  vehicleRows: number;
  smallRows: number;
  xlsxRows: number;
}

const VERSION = 'v1';
const COUNTRIES = [
  'United States',
  'Canada',
  'Mexico',
  'Norway',
  'Netherlands',
  'France',
  'Germany',
  'United Kingdom',
  'Sweden',
  'Denmark',
  'Belgium',
  'Switzerland',
  'Austria',
  'Italy',
  'Spain',
  'Portugal',
  'Finland',
  'Iceland',
  'Ireland',
  'Poland',
  'China',
  'Japan',
  'Australia',
  'New Zealand',
  'Taiwan',
  'Hong Kong',
  'Singapore',
  'United Arab Emirates',
  'Israel',
  'Korea, Republic of',
];
const MODELS = ['Model 3', 'Model S', 'Model X', 'Model Y'];
const DAY_MS = 86_400_000;
const FIRST_ORDER = Date.UTC(2019, 0, 1) / DAY_MS;

const isoCache = new Map<number, string>();
function iso(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}

interface Vehicle {
  vin: string;
  country: string;
  model: string;
  ordered: number;
  built: number;
  /** NaN: not delivered yet. */
  delivered: number;
  quoted: boolean;
}

function* vehicles(count: number): Generator<Vehicle> {
  const random = mulberry32(20190629);
  for (let n = 0; n < count; n++) {
    // Orders over the year, more towards each quarter's end (the wave).
    const dayOfYear = Math.floor(Math.sqrt(random()) * 91) + 91 * Math.floor(random() * 4);
    const ordered = FIRST_ORDER + Math.min(dayOfYear, 364);
    const built = ordered + 5 + Math.floor(random() * 35);
    const delivered = random() < 0.05 ? NaN : built + 3 + Math.floor(random() * 27);
    const country = COUNTRIES[Math.floor(random() ** 2 * COUNTRIES.length)] ?? 'Norway';
    yield {
      vin: `5YJ3E1EA${String(n).padStart(9, '0')}`,
      country,
      model: MODELS[Math.floor(random() * MODELS.length)] ?? 'Model 3',
      ordered,
      built,
      delivered,
      quoted: random() < 0.05 || country.includes(','),
    };
  }
}

function csvLine(v: Vehicle): string {
  const country = v.quoted ? `"${v.country}"` : v.country;
  const model = v.quoted ? `"${v.model}"` : v.model;
  const delivered = Number.isNaN(v.delivered) ? '' : iso(v.delivered);
  return `${v.vin},${country},${model},${iso(v.ordered)},${iso(v.built)},${delivered}\n`;
}

const VEHICLE_HEADER = 'VIN,Country,Model,Order date,Build date,Delivery date\n';

function writeVehicleCsv(path: string, count: number, daily: Map<string, number[]> | null): void {
  const fd = openSync(path, 'w');
  let pending = VEHICLE_HEADER;
  const bump = (day: number, v: Vehicle, measure: number) => {
    if (!daily || Number.isNaN(day)) return;
    const key = `${iso(day)}\u0000${v.country}\u0000${v.model}`;
    const counts = daily.get(key) ?? [0, 0, 0];
    counts[measure]! += 1;
    daily.set(key, counts);
  };
  for (const v of vehicles(count)) {
    pending += csvLine(v);
    bump(v.delivered, v, 0);
    bump(v.built, v, 1);
    bump(v.ordered, v, 2);
    if (pending.length > 1 << 20) {
      writeSync(fd, pending);
      pending = '';
    }
  }
  writeSync(fd, pending);
  closeSync(fd);
}

function writeDailyCsv(path: string, daily: Map<string, number[]>): void {
  const lines = ['Date,Region,Model,Deliveries,Production,Orders'];
  for (const key of [...daily.keys()].sort()) {
    const [date = '', country = '', model = ''] = key.split('\u0000');
    const [deliveries = 0, production = 0, orders = 0] = daily.get(key) ?? [];
    const region = country.includes(',') ? `"${country}"` : country;
    lines.push(`${date},${region},${model},${deliveries},${production},${orders}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function xmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function columnLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

function writeVehicleXlsx(path: string, count: number): void {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string): number => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      stringIndex.set(text, index);
    }
    return index;
  };
  const header = ['VIN', 'Country', 'Model', 'Order date', 'Build date', 'Delivery date'];
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  const cells = header.map(
    (text, c) => `<c r="${columnLetter(c)}1" t="s"><v>${shared(text)}</v></c>`,
  );
  parts.push(`<row r="1">${cells.join('')}</row>`);
  let row = 2;
  const serial = (day: number) => day + 25_569;
  for (const v of vehicles(count)) {
    const r = row++;
    let line = `<row r="${r}"><c r="A${r}" t="s"><v>${shared(v.vin)}</v></c><c r="B${r}" t="s"><v>${shared(v.country)}</v></c><c r="C${r}" t="s"><v>${shared(v.model)}</v></c><c r="D${r}" s="1"><v>${serial(v.ordered)}</v></c><c r="E${r}" s="1"><v>${serial(v.built)}</v></c>`;
    if (!Number.isNaN(v.delivered)) line += `<c r="F${r}" s="1"><v>${serial(v.delivered)}</v></c>`;
    parts.push(`${line}</row>`);
  }
  parts.push('</sheetData></worksheet>');
  const encoder = new TextEncoder();
  const sharedXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${xmlText(s)}</t></si>`).join('')}</sst>`;
  const files = {
    '[Content_Types].xml': encoder.encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    '_rels/.rels': encoder.encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': encoder.encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Vehicles" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': encoder.encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/styles.xml': encoder.encode(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ),
    'xl/sharedStrings.xml': encoder.encode(sharedXml),
    'xl/worksheets/sheet1.xml': encoder.encode(parts.join('')),
  };
  writeFileSync(path, zipSync(files, { level: 6 }));
}

/** Makes the files when they are missing; returns their paths. */
export function ensureFixtures(
  options: { vehicleRows?: number; smallRows?: number; xlsxRows?: number } = {},
): BenchFixtures {
  const vehicleRows = options.vehicleRows ?? 2_000_000;
  const smallRows = options.smallRows ?? 200_000;
  const xlsxRows = options.xlsxRows ?? 200_000;
  // Beside the installed packages: ignored by git, kept between runs, private to the checkout.
  const dir =
    process.env.BENCH_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'record-pace-bench');
  mkdirSync(dir, { recursive: true });
  const fixtures: BenchFixtures = {
    dir,
    vehiclesCsv: join(dir, `vehicles-${vehicleRows}.csv`),
    vehiclesSmallCsv: join(dir, `vehicles-${smallRows}.csv`),
    dailyCsv: join(dir, `daily-${vehicleRows}.csv`),
    vehiclesXlsx: join(dir, `vehicles-${xlsxRows}.xlsx`),
    vehicleRows,
    smallRows,
    xlsxRows,
  };
  const stamp = join(dir, 'version');
  const current = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
  const paths = [
    fixtures.vehiclesCsv,
    fixtures.vehiclesSmallCsv,
    fixtures.dailyCsv,
    fixtures.vehiclesXlsx,
  ];
  if (current === VERSION && paths.every((path) => existsSync(path))) return fixtures;
  console.log(`Generating benchmark files in ${dir} …`);
  const daily = new Map<string, number[]>();
  writeVehicleCsv(fixtures.vehiclesCsv, vehicleRows, daily);
  writeDailyCsv(fixtures.dailyCsv, daily);
  writeVehicleCsv(fixtures.vehiclesSmallCsv, smallRows, null);
  writeVehicleXlsx(fixtures.vehiclesXlsx, xlsxRows);
  writeFileSync(stamp, VERSION);
  return fixtures;
}

import { utils, write } from '@e965/xlsx';

const COUNTRIES = ['Norway', 'Netherlands', 'United States', 'Korea, Republic of', 'Österreich'];
const MODELS = ['Model 3', 'Model S', 'Model X'];

function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A deterministic per-vehicle CSV of `rows` vehicles, larger than the fast reader's head so
 * its chunks are read too: CRLF line ends, quoted names (one with a comma, one with "" escapes),
 * an accented name, vehicles not yet delivered, a blank line.
 */
export function vehicleCsv(rows: number): Uint8Array {
  const lines = ['VIN,Country,Model,Order date,Build date,Delivery date'];
  for (let n = 0; n < rows; n++) {
    const ordered = 17_897 + ((n * 7_919) % 180);
    const country = COUNTRIES[n % COUNTRIES.length] ?? 'Norway';
    const model = n % 97 === 0 ? '"Model ""3"""' : (MODELS[n % MODELS.length] ?? '');
    const delivered = n % 13 === 0 ? '' : iso(ordered + 20 + (n % 30));
    const region = country.includes(',') || n % 17 === 0 ? `"${country}"` : country;
    lines.push(
      `5YJ3E1EA${String(n).padStart(9, '0')},${region},${model},${iso(ordered)},${iso(ordered + 10)},${delivered}`,
    );
    if (n === rows >> 1) lines.push('');
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** The same vehicles as an XLSX workbook written by SheetJS, dates as formatted serials. */
export function vehicleWorkbook(rows: number): Uint8Array {
  const aoa: unknown[][] = [['VIN', 'Country', 'Model', 'Order date', 'Delivery date']];
  for (let n = 0; n < rows; n++) {
    const ordered = 43_466 + ((n * 7_919) % 180);
    aoa.push([
      `5YJ3E1EA${String(n).padStart(9, '0')}`,
      COUNTRIES[n % COUNTRIES.length],
      MODELS[n % MODELS.length],
      { t: 'n', v: ordered, z: 'yyyy-mm-dd' },
      { t: 'n', v: ordered + 20 + (n % 30), z: 'yyyy-mm-dd' },
    ]);
  }
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(aoa), 'Vehicles');
  return new Uint8Array(
    write(book, { type: 'array', bookType: 'xlsx', bookSST: true }) as ArrayBuffer,
  );
}

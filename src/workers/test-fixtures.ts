import { utils, write } from '@e965/xlsx';

/**
 * Files the import tests share: the worker handler's tests and the import flow's tests read the
 * same ones, so a change of what the importer takes shows in both.
 */
export const DAILY_CSV =
  'Date,Region,Deliveries,Orders\n2019-06-27,Norway,100,40\n2019-06-28,Norway,120,50\n';

export function csvFile(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv' });
}

/** A workbook with a visible sheet "June" and a hidden sheet "Old", two rows each. */
export function twoSheetWorkbook(): Uint8Array<ArrayBuffer> {
  const workbook = utils.book_new();
  utils.book_append_sheet(
    workbook,
    utils.aoa_to_sheet([
      ['Date', 'Region', 'Deliveries'],
      ['2019-06-27', 'Norway', 5],
    ]),
    'June',
  );
  utils.book_append_sheet(
    workbook,
    utils.aoa_to_sheet([
      ['Date', 'Region', 'Deliveries'],
      ['2019-05-27', 'Norway', 7],
    ]),
    'Old',
  );
  workbook.Workbook = {
    Sheets: [
      { name: 'June', Hidden: 0 },
      { name: 'Old', Hidden: 1 },
    ],
  };
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A one-sheet workbook of the given rows: the kind the fast reader takes. */
export function oneSheetWorkbook(rows: unknown[][], sheet = 'Data'): Uint8Array<ArrayBuffer> {
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, utils.aoa_to_sheet(rows, { cellDates: true }), sheet);
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

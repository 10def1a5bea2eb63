/**
 * Test material for the workbook reader: hand-built XLSX packages (so each test controls the
 * exact XML) and access to the shared conformance files. Used by tests only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CFB, utils, write } from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';

export const CONFORMANCE_DIR = path.resolve(process.cwd(), '../shared/conformance/spreadsheets');

/** False (with a warning saying why) when the shared conformance files are not on this machine. */
export function conformanceAvailable(): boolean {
  const available = existsSync(CONFORMANCE_DIR);
  if (!available) {
    console.warn(`Skipping conformance workbook tests: ${CONFORMANCE_DIR} does not exist.`);
  }
  return available;
}

export function conformanceBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(CONFORMANCE_DIR, name)));
}

export interface FixtureSheet {
  name: string;
  /** The content of <sheetData>, or a whole worksheet document when it starts with "<?xml". */
  xml: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
}

/** Style indexes for `s="…"` in fixture cells. */
export const FIXTURE_STYLE = { general: 0, isoDate: 1, builtInDate: 2, time: 3 } as const;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPE_BASE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function worksheetXml(sheetData: string, dimension = 'A1'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/><sheetData>${sheetData}</sheetData></worksheet>`;
}

/** A minimal but complete XLSX package. */
export function buildXlsx(
  sheets: readonly FixtureSheet[],
  options: { date1904?: boolean } = {},
): Uint8Array {
  const sheetParts = sheets.map((_, index) => `xl/worksheets/sheet${index + 1}.xml`);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE_BASE}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE_BASE}.styles+xml"/>${sheetParts
        .map(
          (part) =>
            `<Override PartName="/${part}" ContentType="${CONTENT_TYPE_BASE}.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets
        .map(
          (sheet, index) =>
            `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}"${sheet.state && sheet.state !== 'visible' ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PACKAGE_REL_NS}">${sheetParts
        .map(
          (part, index) =>
            `<Relationship Id="rId${index + 1}" Type="${REL_NS}/worksheet" Target="${part.slice(3)}"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rIdStyles" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  };
  sheets.forEach((sheet, index) => {
    const xml = sheet.xml.startsWith('<?xml') ? sheet.xml : worksheetXml(sheet.xml);
    files[sheetParts[index] ?? ''] = strToU8(xml);
  });
  return zipSync(files);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** An inline-string cell, the simplest way to put text in fixture XML. */
export function textCell(address: string, text: string): string {
  return `<c r="${address}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}

export function numberCell(address: string, value: number, style = 0): string {
  return `<c r="${address}" s="${style}"><v>${value}</v></c>`;
}

/** A compound file (OLE2) holding the given streams, as an encrypted XLSX or an XLS would be. */
export function buildCfb(streams: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams))
    CFB.utils.cfb_add(container, `/${name}`, content);
  return new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayLike<number>);
}

/** An Excel 97–2003 workbook written by SheetJS, with one sheet per entry. */
export function buildXls(
  sheets: readonly { name: string; rows: unknown[][]; hidden?: 0 | 1 | 2 }[],
): Uint8Array {
  const workbook = utils.book_new();
  for (const sheet of sheets)
    utils.book_append_sheet(workbook, utils.aoa_to_sheet(sheet.rows), sheet.name);
  workbook.Workbook = {
    Sheets: sheets.map((sheet) => ({ name: sheet.name, Hidden: sheet.hidden ?? 0 })),
  };
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
}

/** Rewrites the uncompressed size a zip's central directory declares for one part. */
export function withDeclaredSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength));
    if (name === part) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no part ${part} in the zip`);
}

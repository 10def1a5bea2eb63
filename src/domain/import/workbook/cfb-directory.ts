/**
 * Just enough of the Compound File Binary format ([MS-CFB]) to list the stream names in an
 * OLE2 container: it tells an old .xls from a password-protected .xlsx (whose encrypted package
 * sits in a CFB container) before any parser sees the bytes. Every read is bounds-checked and
 * every chain walk is bounded, so a forged header cannot make it loop or read past the end.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const HEADER_BYTES = 512;
const DIRECTORY_ENTRY_BYTES = 128;
const HEADER_DIFAT_SLOTS = 109;
const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR_SECTOR = 0xfffffffa;

export function hasCfbSignature(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** Names of every storage and stream in the container, or null when it cannot be read. */
export function cfbEntryNames(bytes: Uint8Array): string[] | null {
  if (!hasCfbSignature(bytes) || bytes.length < HEADER_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorBytes = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - HEADER_BYTES) / sectorBytes) + 1;

  const sectorOffset = (sector: number): number | null => {
    const offset = (sector + 1) * sectorBytes;
    return sector <= MAX_REGULAR_SECTOR && offset + sectorBytes <= bytes.length ? offset : null;
  };

  const fatSectors = readFatSectorList(view, sectorBytes, sectorCount, sectorOffset);
  if (!fatSectors) return null;
  const nextSector = (sector: number): number | null => {
    const perSector = sectorBytes / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined) return null;
    const offset = sectorOffset(fatSector);
    return offset === null ? null : view.getUint32(offset + (sector % perSector) * 4, true);
  };

  const names: string[] = [];
  let sector: number | null = view.getUint32(0x30, true);
  for (let walked = 0; sector !== null && sector !== END_OF_CHAIN; walked++) {
    const offset = sectorOffset(sector);
    if (offset === null || walked > sectorCount) return null;
    for (let entry = 0; entry < sectorBytes / DIRECTORY_ENTRY_BYTES; entry++) {
      const name = directoryEntryName(view, offset + entry * DIRECTORY_ENTRY_BYTES);
      if (name) names.push(name);
    }
    sector = nextSector(sector);
  }
  return sector === null ? null : names;
}

function readFatSectorList(
  view: DataView,
  sectorBytes: number,
  sectorCount: number,
  sectorOffset: (sector: number) => number | null,
): number[] | null {
  const fatSectorCount = view.getUint32(0x2c, true);
  if (fatSectorCount > sectorCount) return null;
  const fatSectors: number[] = [];
  for (let slot = 0; slot < HEADER_DIFAT_SLOTS && fatSectors.length < fatSectorCount; slot++) {
    fatSectors.push(view.getUint32(0x4c + slot * 4, true));
  }
  // Large files continue the list in DIFAT sectors; each one's last slot links to the next.
  let difatSector = view.getUint32(0x44, true);
  for (let walked = 0; fatSectors.length < fatSectorCount; walked++) {
    const offset = sectorOffset(difatSector);
    if (offset === null || walked > sectorCount) return null;
    const slots = sectorBytes / 4 - 1;
    for (let slot = 0; slot < slots && fatSectors.length < fatSectorCount; slot++) {
      fatSectors.push(view.getUint32(offset + slot * 4, true));
    }
    difatSector = view.getUint32(offset + slots * 4, true);
  }
  return fatSectors;
}

const OBJECT_TYPE_UNUSED = 0;

function directoryEntryName(view: DataView, offset: number): string | null {
  const objectType = view.getUint8(offset + 0x42);
  const nameBytes = view.getUint16(offset + 0x40, true);
  if (objectType === OBJECT_TYPE_UNUSED || nameBytes < 2 || nameBytes > 64) return null;
  let name = '';
  // The length counts the terminating NUL.
  for (let at = 0; at < nameBytes - 2; at += 2) {
    name += String.fromCharCode(view.getUint16(offset + at, true));
  }
  return name;
}

const ENCRYPTION_STREAMS = new Set(['EncryptionInfo', 'EncryptedPackage']);
const WORKBOOK_STREAMS = new Set(['Workbook', 'Book', 'WORKBOOK', 'BOOK']);

export function hasEncryptionStream(names: readonly string[]): boolean {
  return names.some((name) => ENCRYPTION_STREAMS.has(name));
}

/** An Excel 97–2003 (BIFF8) or Excel 5/95 (BIFF5) workbook stream. */
export function hasWorkbookStream(names: readonly string[]): boolean {
  return names.some((name) => WORKBOOK_STREAMS.has(name));
}

import {
  cfbEntryNames,
  hasCfbSignature,
  hasEncryptionStream,
  hasWorkbookStream,
} from './cfb-directory';
import { buildCfb, buildXls } from './workbook-fixtures';

const SMALL = new Uint8Array(16);

function encryptedPackage(): Uint8Array {
  return buildCfb({ EncryptionInfo: SMALL, EncryptedPackage: SMALL });
}

describe('cfbEntryNames', () => {
  it('lists the streams of an encrypted OOXML package', () => {
    const names = cfbEntryNames(encryptedPackage());
    expect(names).toEqual(expect.arrayContaining(['EncryptionInfo', 'EncryptedPackage']));
    expect(hasEncryptionStream(names ?? [])).toBe(true);
    expect(hasWorkbookStream(names ?? [])).toBe(false);
  });

  it('finds the Workbook stream of an XLS', () => {
    const names = cfbEntryNames(buildXls([{ name: 'Sheet1', rows: [['a', 1]] }]));
    expect(hasWorkbookStream(names ?? [])).toBe(true);
    expect(hasEncryptionStream(names ?? [])).toBe(false);
  });

  it('follows the directory over several sectors', () => {
    const streams = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`Stream${i}`, SMALL]));
    const names = cfbEntryNames(buildCfb(streams));
    expect(names).toEqual(expect.arrayContaining(Object.keys(streams)));
  });

  it('follows the FAT list into DIFAT sectors in a large file', () => {
    // More than 109 FAT sectors (about 7 MB of 512-byte sectors) needs the DIFAT chain.
    const bytes = buildCfb({ Big: new Uint8Array(8_000_000), EncryptionInfo: SMALL });
    const difatSectorCount = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0x48, true);
    expect(difatSectorCount).toBeGreaterThan(0);
    const names = cfbEntryNames(bytes);
    expect(names).toEqual(expect.arrayContaining(['Big', 'EncryptionInfo']));
  });

  it.each<[string, (bytes: Uint8Array) => Uint8Array]>([
    ['cut after the header', (bytes) => bytes.slice(0, 520)],
    ['cut before the header ends', (bytes) => bytes.slice(0, 100)],
    ['with an impossible sector size', (bytes) => patch(bytes, 0x1e, 7, 2)],
    ['claiming more FAT sectors than the file has', (bytes) => patch(bytes, 0x2c, 0xffff, 4)],
    ['with a directory chain that loops on itself', loopDirectoryChain],
    ['with the directory outside the file', (bytes) => patch(bytes, 0x30, 0xfff0, 4)],
  ])('gives up on a container %s', (_, damage) => {
    expect(cfbEntryNames(damage(encryptedPackage()))).toBeNull();
  });

  it('needs the signature', () => {
    const bytes = encryptedPackage();
    expect(hasCfbSignature(bytes)).toBe(true);
    bytes[0] = 0;
    expect(hasCfbSignature(bytes)).toBe(false);
    expect(cfbEntryNames(bytes)).toBeNull();
  });
});

function patch(bytes: Uint8Array, offset: number, value: number, width: 2 | 4): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  if (width === 2) view.setUint16(offset, value, true);
  else view.setUint32(offset, value, true);
  return copy;
}

/** Points the directory's first sector at itself in the FAT. */
function loopDirectoryChain(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directorySector = view.getUint32(0x30, true);
  const firstFatSector = view.getUint32(0x4c, true);
  return patch(bytes, (firstFatSector + 1) * 512 + directorySector * 4, directorySector, 4);
}

/**
 * The shared strings of an XLSX as SheetJS reads them (parse_sst_xml, parse_si), for the forms
 * Excel writes: `<si><t>text</t></si>` with or without xml:space. Anything else (rich text runs,
 * CDATA, namespace prefixes, entities SheetJS reads oddly) gives null: the general reader then
 * reads the workbook. Text is the `<t>` content with XML entities, `_xHHHH_` codes and CRLF
 * undone in SheetJS's order.
 */
import { joined } from './joined-bytes';
import { isUsualItemStart, lastItemEnd, textEndAfter } from './shared-strings-scan';
import { unescapeXlsxText } from './xlsx-text';

const T_OPEN = /^<t(?:\s[^>]*)?>/;
/**
 * Forms SheetJS reads its own way, anywhere in the part: namespace prefixes (found by the rare
 * `:`), and old item names or attributes on <si> (looked for outside the usual items only).
 */
const PREFIXED = [':sst', ':si>', ':si ', ':t>', ':t '];
const ODD_ITEM = /<s(?:stItem|i[ /\n\t])/;

function hasPrefixedName(xml: string): boolean {
  for (let at = xml.indexOf(':'); at >= 0; at = xml.indexOf(':', at + 1)) {
    if (PREFIXED.some((form) => xml.startsWith(form, at))) return true;
  }
  return false;
}

/** What unescapeXlsxText may change: text without any of these is the string as it is. */
const ESCAPED = /[&_\r]/;
const UNREAD = 'shared strings in forms the fast reader does not take';

/**
 * The shared strings part read as it is inflated: bytes in any slices go in, each slice up to
 * its last `</si>` is decoded and read at once, the rest waits for the next. The strings are
 * the same however the part is sliced (readSharedStrings is one slice).
 */
export class SharedStringsReader {
  readonly strings: string[] = [];
  /** Why the part is left to the general reader; null while it reads. */
  problem: string | null = null;
  private readonly decoder = new TextDecoder();
  /** The bytes since the last `</si>`, as they came: joined once a piece ends. */
  private waiting: Uint8Array[] = [];
  private waitingBytes = 0;
  /** Where the reader is: before <sst …>, among the items, or past </sst>. */
  private place: 'before' | 'items' | 'after' = 'before';
  private blank = true;
  private namesSst = false;

  /**
   * Reads more of the part (`last`: the end of it); false once it is not in the forms read
   * here, or when `check` refused a piece (the bytes up to a `</si>`) before it was read.
   */
  push(bytes: Uint8Array, last: boolean, check?: (piece: Uint8Array) => boolean): boolean {
    if (this.problem !== null) return false;
    const waiting = this.waiting;
    const cut = last ? bytes.length : lastItemEnd(this.waitingTail(), bytes);
    if (cut === 0 && !last) {
      // Kept as a copy: the inflater may reuse the buffer it handed over.
      if (bytes.length > 0) waiting.push(bytes.slice());
      this.waitingBytes += bytes.length;
      return true;
    }
    waiting.push(bytes.subarray(0, cut));
    const piece = joined(waiting, this.waitingBytes + cut);
    this.waiting = cut < bytes.length ? [bytes.slice(cut)] : [];
    this.waitingBytes = bytes.length - cut;
    if (check && !check(piece)) {
      this.problem = 'a piece of the part was refused';
      return false;
    }
    this.read(this.decoder.decode(piece, { stream: !last }));
    if (last && this.problem === null) this.finish();
    return this.problem === null;
  }

  /** The last few bytes waiting, where a `</si>` ending in the next bytes may start. */
  private waitingTail(): Uint8Array {
    const last = this.waiting.at(-1);
    if (last === undefined || last.length >= 4) return last ?? new Uint8Array(0);
    const tail: number[] = [];
    for (let k = this.waiting.length - 1; k >= 0 && tail.length < 4; k--) {
      const chunk = this.waiting[k] ?? new Uint8Array(0);
      for (let i = chunk.length - 1; i >= 0 && tail.length < 4; i--) tail.unshift(chunk[i] ?? 0);
    }
    return Uint8Array.from(tail);
  }

  private finish(): void {
    // No <sst> at all: an empty part reads as no strings, anything else is not ours to guess.
    if (this.place === 'before' && !this.blank && this.namesSst)
      this.problem = 'no <sst> in shared strings';
  }

  private read(xml: string): void {
    if (this.blank && xml.trim() !== '') this.blank = false;
    if (!this.namesSst && xml.includes('sst')) this.namesSst = true;
    if (hasPrefixedName(xml)) {
      this.problem = UNREAD;
      return;
    }
    let at = 0;
    if (this.place === 'before') {
      const open = xml.indexOf('<sst');
      if (open >= 0) {
        const tagEnd = xml.indexOf('>', open);
        if (tagEnd < 0) {
          this.problem = 'an unfinished <sst> tag';
          return;
        }
        this.place = 'items';
        at = tagEnd + 1;
      }
    }
    if (this.place !== 'items') {
      if (ODD_ITEM.test(xml)) this.problem = UNREAD;
      return;
    }
    if (at > 0 && ODD_ITEM.test(xml.slice(0, at))) {
      this.problem = UNREAD;
      return;
    }
    const close = xml.indexOf('</sst>', at);
    if (close >= 0) this.place = 'after';
    const rest = this.readItems(xml, at, close < 0 ? xml.length : close);
    if (rest < 0 || ODD_ITEM.test(xml.slice(rest))) this.problem = UNREAD;
  }

  /**
   * The items of xml[from, end): <si><t>text</t></si> with or without attributes on <t>. Where
   * the items end (past the last), or -1 when one is in another form. Text between and around
   * items is checked for the odd forms; the usual items cannot hold one.
   */
  private readItems(xml: string, from: number, end: number): number {
    const strings = this.strings;
    // Most pieces hold nothing to undo: three searches of the piece spare one per item.
    const escaped = xml.includes('&') || xml.includes('_') || xml.includes('\r');
    let at = from;
    for (;;) {
      // Items mostly follow one another as <si><t>text</t></si>: read by their char codes
      // where they are, without a search or a call per tag.
      const usualEnd =
        at + 7 <= end && isUsualItemStart(xml, at) ? textEndAfter(xml, at + 7, end) : -1;
      if (usualEnd >= 0) {
        const raw = xml.slice(at + 7, usualEnd);
        const text = escaped && ESCAPED.test(raw) ? unescapeXlsxText(raw) : raw;
        if (text === null) return -1;
        strings.push(text);
        at = usualEnd + 9;
        continue;
      }
      const start = xml.indexOf('<si>', at);
      if (start < 0 || start >= end) return at;
      if (start > at) {
        const tag = xml.indexOf('<', at);
        if (tag < start && ODD_ITEM.test(xml.slice(tag, start))) return -1;
      }
      // The usual form, <si><t>text</t></si>, read where it is: what the general path below
      // gives for it, without slicing and trimming the item first.
      if (xml.startsWith('<t>', start + 4)) {
        const textEnd = xml.indexOf('<', start + 7);
        if (textEnd >= 0 && textEnd < end && xml.startsWith('</t></si>', textEnd)) {
          const raw = xml.slice(start + 7, textEnd);
          const text = escaped && ESCAPED.test(raw) ? unescapeXlsxText(raw) : raw;
          if (text === null) return -1;
          strings.push(text);
          at = textEnd + 9;
          continue;
        }
      }
      const stop = xml.indexOf('</si>', start);
      if (stop < 0 || stop > end) return -1;
      const item = xml.slice(start + 4, stop);
      if (ODD_ITEM.test(item)) return -1;
      const inner = item.trim();
      at = stop + 5;
      if (inner === '') {
        strings.push('');
        continue;
      }
      const tag = T_OPEN.exec(inner);
      if (tag === null) {
        if (inner === '<t/>') {
          strings.push('');
          continue;
        }
        return -1;
      }
      const textEnd = inner.indexOf('</t>', tag[0].length);
      const raw = inner.slice(tag[0].length, textEnd < 0 ? undefined : textEnd);
      if (raw.includes('<')) return -1;
      const text = unescapeXlsxText(raw);
      if (text === null) return -1;
      strings.push(text);
    }
  }
}

/** The strings of a whole shared strings part, or null when it is not in the forms read here. */
export function readSharedStrings(bytes: Uint8Array): string[] | null {
  const reader = new SharedStringsReader();
  return reader.push(bytes, true) ? reader.strings : null;
}

import { WordFingerprint } from './ascii-words';
import { FieldGuess } from './field-guess';
import type { LabelTable } from './labels';
import { byteClasses, CenturyIsoDays, PLAIN, plainWordRun, REFUSED, SPECIAL } from './plain-bytes';
import type { PlainRowKernel } from './plain-rows';
import type { VehicleColumns, VehicleTargets } from './vehicle-kernel-targets';
import { NO_DAY } from './vehicle-tally';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const DASH = 0x2d;
const SPACE = 0x20;

/** What a field is to the kernel (0: a field it only steps over). */
const EVENT = 1;
const VIN = 2;
const REGION = 3;
const MODEL = 4;

/** A field's day when it is empty: addDays' day for no event (days of 2000–2100 are positive). */
const EMPTY = NO_DAY;

/** Where a row was not taken. */
const NOT_TAKEN = -1;

/**
 * readPlainRows' kernel for per-vehicle tables: one pass over a row's bytes finds each field's
 * end and reads what the vehicle reader needs of it as it goes (an event's day from its digits,
 * where the VIN, region and model are), then counts the vehicle straight into the reader's
 * tallies, as readRow would count it. It takes only the usual row: ASCII, `width` fields ended
 * by LF or CRLF, fields plain or quoted without "" inside, event cells empty or a yyyy-mm-dd of
 * 2000–2100 (one at least, delivered not before ordered), a VIN with no space at either end.
 * Any other row it leaves untouched, with nothing counted, to the scanner and readRow: every
 * message, evidence and rule stays theirs. Nothing is allocated per row.
 */
export class VehicleRowKernel implements PlainRowKernel {
  taken = 0;
  private readonly classes: Uint8Array;
  private readonly roles: Uint8Array;
  /** By field: the event an EVENT field holds. */
  private readonly eventOf: Uint8Array;
  private readonly last: number;
  private readonly delimiter: number;
  /** Whether the delimiter is below '-': plain runs are then found four bytes at a time. */
  private readonly wordScan: boolean;
  private readonly hasRegion: boolean;
  private readonly hasModel: boolean;
  private readonly vin = new WordFingerprint();
  private readonly isoDays = new CenturyIsoDays();
  private readonly regionGuess = new FieldGuess();
  private readonly modelGuess = new FieldGuess();
  /** The length of the last VIN read: VINs are mostly of one length (17). */
  private vinLength = 0;
  private readonly targets: VehicleTargets;
  /** The text of the row's VIN, region and model cells (quotes left out). */
  private vinStart = 0;
  private vinEnd = 0;
  private regionStart = 0;
  private regionEnd = 0;
  private modelStart = 0;
  private modelEnd = 0;
  /** The row's region and model numbers when guessed (-1: read them from their text). */
  private region = -1;
  private model = -1;
  /** By event: the yyyy-mm-dd cells read since the evidence was last told. */
  private readonly yearFirsts = new Int32Array(4);

  constructor(delimiter: number, width: number, columns: VehicleColumns, targets: VehicleTargets) {
    this.classes = byteClasses(delimiter);
    this.delimiter = delimiter;
    this.wordScan = delimiter < DASH;
    this.last = width - 1;
    this.targets = targets;
    this.roles = new Uint8Array(width);
    this.eventOf = new Uint8Array(width);
    const set = (at: number, role: number) => {
      if (at >= 0 && at < width) this.roles[at] = role;
    };
    columns.events.forEach((at, k) => {
      set(at, EVENT);
      if (at >= 0 && at < width) this.eventOf[at] = k;
    });
    this.hasRegion = columns.region >= 0 && columns.region < width;
    this.hasModel = columns.model >= 0 && columns.model < width;
    set(columns.vin, VIN);
    set(columns.region, REGION);
    set(columns.model, MODEL);
  }

  readRows(
    bytes: Uint8Array,
    view: DataView,
    at: number,
    end: number,
    firstRow: number,
    limit = Infinity,
  ): number {
    let taken = 0;
    let next = at;
    while (next < end && taken < limit) {
      const after = this.readRow(bytes, view, next, end, firstRow + taken);
      if (after === NOT_TAKEN) break;
      taken++;
      next = after;
    }
    this.taken = taken;
    const { evidences } = this.targets;
    for (let k = 0; k < 4; k++) {
      const count = this.yearFirsts[k] as number;
      if (count > 0) evidences[k]?.addYearFirsts(count);
    }
    this.yearFirsts.fill(0);
    return next;
  }

  /** Reads and counts the row at bytes[at, end): where the next row starts, or NOT_TAKEN. */
  private readRow(bytes: Uint8Array, view: DataView, at: number, end: number, row: number): number {
    const { classes, roles, eventOf, last, delimiter, wordScan, isoDays } = this;
    let ordered = EMPTY;
    let built = EMPTY;
    let delivered = EMPTY;
    let scheduled = EMPTY;
    this.vinEnd = this.vinStart = 0;
    this.regionEnd = this.regionStart = 0;
    this.modelEnd = this.modelStart = 0;
    this.region = this.model = -1;
    let i = at;
    for (let f = 0; ; f++) {
      const role = roles[f] as number;
      let start = i;
      let textEnd: number;
      let fieldEnd: number;
      let guessed: number;
      if (
        role === EVENT &&
        i + 10 < end &&
        classes[bytes[i + 10] as number] !== PLAIN &&
        classes[bytes[i] as number] === PLAIN
      ) {
        // A date's ten bytes, checked by CenturyIsoDays: no need to look at them twice (an empty
        // cell's are not: ten bytes on may end a later field).
        textEnd = i + 10;
        fieldEnd = textEnd;
      } else if (
        role === VIN &&
        wordScan &&
        f < last &&
        plainWordRun(view, i, this.vinLength, end) &&
        bytes[i + this.vinLength] === delimiter
      ) {
        textEnd = i + this.vinLength;
        fieldEnd = textEnd;
      } else if (
        role === REGION &&
        (guessed = this.regionGuess.guess(view, i, end, f < last ? delimiter : -1)) >= 0
      ) {
        this.region = guessed;
        textEnd = i + this.regionGuess.length;
        fieldEnd = textEnd;
      } else if (
        role === MODEL &&
        (guessed = this.modelGuess.guess(view, i, end, f < last ? delimiter : -1)) >= 0
      ) {
        this.model = guessed;
        textEnd = i + this.modelGuess.length;
        fieldEnd = textEnd;
      } else if (i < end && bytes[i] === QUOTE) {
        start = i + 1;
        textEnd = start;
        // A delimiter inside quotes is text; a line break, NUL, quote or byte past ASCII ends it.
        while (textEnd < end && classes[bytes[textEnd] as number] !== SPECIAL) textEnd++;
        if (textEnd >= end || bytes[textEnd] !== QUOTE) return NOT_TAKEN;
        fieldEnd = textEnd + 1;
      } else {
        fieldEnd = i;
        if (wordScan) {
          // Four bytes at a time while none is below '-' (so no delimiter, quote, line break
          // or NUL) or past ASCII: a byte below '-' borrows, setting its high bit.
          while (fieldEnd + 4 <= end) {
            const word = view.getInt32(fieldEnd, true);
            if (((word - 0x2d2d2d2d) | word) & 0x80808080) break;
            fieldEnd += 4;
          }
        }
        while (fieldEnd < end && classes[bytes[fieldEnd] as number] === PLAIN) fieldEnd++;
        textEnd = fieldEnd;
        if (role === VIN) this.vinLength = fieldEnd - i;
      }
      if (fieldEnd >= end) return NOT_TAKEN;
      const c = bytes[fieldEnd] as number;
      if (f < last ? c !== delimiter : c !== LF && c !== CR) return NOT_TAKEN;
      if (role === EVENT) {
        const length = textEnd - start;
        const day =
          length === 0 ? EMPTY : length === 10 ? isoDays.day(bytes, view, start) : REFUSED;
        if (day === REFUSED) return NOT_TAKEN;
        const k = eventOf[f] as number;
        if (k === 0) ordered = day;
        else if (k === 1) built = day;
        else if (k === 2) delivered = day;
        else scheduled = day;
      } else if (role === VIN) {
        this.vinStart = start;
        this.vinEnd = textEnd;
      } else if (role === REGION) {
        this.regionStart = start;
        this.regionEnd = textEnd;
      } else if (role === MODEL) {
        this.modelStart = start;
        this.modelEnd = textEnd;
      }
      if (f === last) {
        if (c === LF) {
          i = fieldEnd + 1;
          break;
        }
        if (fieldEnd + 1 >= end || bytes[fieldEnd + 1] !== LF) return NOT_TAKEN;
        i = fieldEnd + 2;
        break;
      }
      i = fieldEnd + 1;
    }
    // Days of 2000–2100 are positive: the largest of four is EMPTY when all are empty.
    if (Math.max(ordered, built, delivered, scheduled) === EMPTY) return NOT_TAKEN;
    if (ordered >= 0 && delivered >= 0 && delivered < ordered) return NOT_TAKEN;
    const { vinStart, vinEnd } = this;
    // A VIN with a space (or a control character) at an end is trimmed by readRow's reading.
    if (vinEnd > vinStart) {
      if ((bytes[vinStart] as number) <= SPACE || (bytes[vinEnd - 1] as number) <= SPACE) {
        return NOT_TAKEN;
      }
    }
    this.count(view, row, ordered, built, delivered, scheduled);
    return i;
  }

  /** countVehicle of the vehicle reader, for a row taken: its days, VIN, region and model. */
  private count(
    view: DataView,
    row: number,
    ordered: number,
    built: number,
    delivered: number,
    scheduled: number,
  ): void {
    const { tally, eventNames, vins, regions, models } = this.targets;
    const { yearFirsts } = this;
    const { farDates } = tally;
    // What `date` adds for a yyyy-mm-dd cell (told the evidence once a piece), and what readRow
    // sees of each day, in its order.
    if (ordered >= 0) {
      yearFirsts[0]! += 1;
      farDates.see(ordered, row, eventNames[0] as string);
    }
    if (built >= 0) {
      yearFirsts[1]! += 1;
      farDates.see(built, row, eventNames[1] as string);
    }
    if (delivered >= 0) {
      yearFirsts[2]! += 1;
      farDates.see(delivered, row, eventNames[2] as string);
    }
    if (scheduled >= 0) {
      yearFirsts[3]! += 1;
      farDates.see(scheduled, row, eventNames[3] as string);
    }
    if (this.vinEnd > this.vinStart) {
      const vin = this.vin;
      vin.ofView(view, this.vinStart, this.vinEnd);
      vins.addPair(vin.first, vin.second);
    }
    const { blankRegion, unnamedRegion, noModel } = this.targets;
    let region = this.region;
    if (region < 0) {
      region = this.hasRegion
        ? this.label(regions, this.regionGuess, view, this.regionStart, this.regionEnd)
        : blankRegion;
    }
    if (region === blankRegion) region = unnamedRegion;
    let model = this.model;
    if (model < 0) {
      model = this.hasModel
        ? this.label(models, this.modelGuess, view, this.modelStart, this.modelEnd)
        : noModel;
    }
    tally.addDays(tally.groupOf(region, model), ordered, built, delivered, scheduled);
  }

  /** A label read from its text, remembered for guessing when its field was plain (not quoted). */
  private label(
    labels: LabelTable,
    guess: FieldGuess,
    view: DataView,
    start: number,
    end: number,
  ): number {
    const id = labels.ofView(view, start, end);
    if (start === 0 || view.getUint8(start - 1) !== QUOTE) {
      guess.store(view, start, end - start, view.byteLength, id);
    }
    return id;
  }
}

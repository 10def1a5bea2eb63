import type { Cell } from '../types';
import { dayFromSerial } from '../workbook/date-serial';
import type { SheetContext } from './sheet-xml-scanner';
import { latinText, numberAt } from './xml-bytes';

/** Starts the text sheetCell gives instead of a cell when the scan must stop; never a cell's text. */
export const STOP = '\u0000stop:';

/**
 * A cell's value as cellFromSheetJs gives it after SheetJS read it with the app's options, from
 * its type byte (n, s or b) and its `<v>` bytes (start -1: no `<v>`): shared strings, numbers,
 * dates by their style's number format, booleans. Anything else is STOP and why.
 */
export function sheetCell(
  bytes: Uint8Array,
  type: number,
  valueStart: number,
  valueEnd: number,
  style: number,
  context: SheetContext,
): Cell {
  const hasValue = valueStart >= 0 && valueEnd > valueStart;
  for (let k = valueStart; k < valueEnd; k++) {
    if (bytes[k] === 0x26) return `${STOP}a value holds an XML entity`;
  }
  switch (type) {
    case 0x6e /* n */: {
      if (!hasValue) return null;
      const value = numberAt(bytes, valueStart, valueEnd);
      if (Number.isNaN(value)) return `${STOP}a number is not a number`;
      if (style < 0 || context.dateStyles[style] !== true) return value;
      const day = dayFromSerial(value, 1900);
      return day === null ? `${STOP}a date is not a calendar day` : { kind: 'date', day };
    }
    case 0x73 /* s */: {
      if (valueStart < 0) return null;
      const index = numberAt(bytes, valueStart, valueEnd);
      const text = context.strings[index];
      if (!Number.isInteger(index) || text === undefined)
        return `${STOP}a shared string is missing`;
      return text === '' ? null : text;
    }
    case 0x62 /* b */: {
      const text = hasValue ? latinText(bytes.subarray(valueStart, valueEnd)) : '';
      return text === '1' || text === 'true';
    }
    default:
      return `${STOP}cells of this type (formula text, inline, error, date) are read by the general reader`;
  }
}

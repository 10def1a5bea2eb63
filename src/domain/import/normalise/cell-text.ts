import { isoFromDay } from '../../records/calendar-day';
import type { Cell } from '../types';

/** A cell as text, for headers, regions, models and messages. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell.kind === 'date') return isoFromDay(cell.day);
  return cell.code;
}

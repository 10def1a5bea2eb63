/**
 * Calendar days are whole numbers: days since 1970-01-01. They carry no time zone, so the same
 * file gives the same days everywhere. All arithmetic goes through UTC so that local offsets and
 * daylight-saving changes can never shift a day.
 */
export type CalendarDay = number;

const MS_PER_DAY = 86_400_000;

export function dayFromParts(year: number, month: number, dayOfMonth: number): CalendarDay {
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

export interface DayParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function partsFromDay(day: CalendarDay): DayParts {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict `YYYY-MM-DD`; returns null for anything else, including impossible dates. */
export function dayFromIso(iso: string): CalendarDay | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const dayOfMonth = Number(match[3]);
  const day = dayFromParts(year, month, dayOfMonth);
  const back = partsFromDay(day);
  if (back.year !== year || back.month !== month || back.day !== dayOfMonth) return null;
  return day;
}

export function isoFromDay(day: CalendarDay): string {
  const { year, month, day: dayOfMonth } = partsFromDay(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return dayFromParts(year, month + 1, 1) - dayFromParts(year, month, 1);
}

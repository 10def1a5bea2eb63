import {
  parseNumberText,
  type NeedsAnswer,
  type NumberLocale,
} from '../../domain/import/normalise';
import { MONTH_NAMES } from '../../domain/periods';

export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${ONES[hundreds]} hundred`);
  if (rest > 0 && rest < 20) parts.push(ONES[rest] ?? '');
  else if (rest >= 20)
    parts.push(
      rest % 10 === 0
        ? (TENS[Math.floor(rest / 10)] ?? '')
        : `${TENS[Math.floor(rest / 10)]}-${ONES[rest % 10]}`,
    );
  return parts.join(' ');
}

function wholeInWords(n: number): string {
  if (n === 0) return 'zero';
  const parts: string[] = [];
  let rest = n;
  for (const [scale, name] of SCALES) {
    if (rest >= scale) {
      parts.push(`${belowThousand(Math.floor(rest / scale))} ${name}`);
      rest %= scale;
    }
  }
  if (rest > 0) parts.push(belowThousand(rest));
  return parts.join(' ');
}

/** 1234 → "one thousand two hundred thirty-four"; 1.234 → "one point two three four". */
export function numberInWords(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return String(value);
  const sign = value < 0 ? 'minus ' : '';
  const [whole = '0', fraction] = Math.abs(value).toString().split('.');
  const words = wholeInWords(Number(whole));
  if (!fraction) return sign + words;
  const digits = [...fraction].map((digit) => ONES[Number(digit)] ?? digit).join(' ');
  return `${sign}${words} point ${digits}`;
}

export interface AnswerOption {
  value: string;
  label: string;
}

export interface Question {
  text: string;
  options: AnswerOption[];
}

function dateQuestion(answer: NeedsAnswer): Question {
  const match = /^\s*(\d{1,2})\D+(\d{1,2})\D/.exec(answer.example);
  const first = Number(match?.[1]);
  const second = Number(match?.[2]);
  if (!match || first < 1 || second < 1 || first > 12 || second > 12) {
    return {
      text: `Is ${answer.example} written day first or month first?`,
      options: [
        { value: 'dmy', label: 'Day first' },
        { value: 'mdy', label: 'Month first' },
      ],
    };
  }
  const dayFirst = `the ${ordinal(first)} of ${MONTH_NAMES[second - 1]}`;
  const monthFirst = `${MONTH_NAMES[first - 1]} ${ordinal(second)}`;
  return {
    text: `Is ${answer.example} ${dayFirst} or ${monthFirst}?`,
    options: [
      { value: 'dmy', label: `${dayFirst} (day first)` },
      { value: 'mdy', label: `${monthFirst} (month first)` },
    ],
  };
}

function numberQuestion(answer: NeedsAnswer): Question {
  const readings = answer.options.map((option) => ({
    option,
    value: parseNumberText(answer.example, option as NumberLocale),
  }));
  // Whole numbers first: "a thousand or one point two" is how people say it.
  readings.sort((a, b) => Number(Number.isInteger(b.value)) - Number(Number.isInteger(a.value)));
  const words = readings.map(({ value }) => (value === null ? '?' : numberInWords(value)));
  return {
    text: `Is ${answer.example} ${words.join(' or ')}?`,
    options: readings.map(({ option, value }, i) => ({
      value: option,
      label:
        value === null
          ? option
          : `${value.toLocaleString('en-US', { maximumFractionDigits: 6 })} (${words[i]})`,
    })),
  };
}

/** The question to ask about a column the importer cannot read on its own. */
export function questionFor(answer: NeedsAnswer): Question {
  return answer.kind === 'date-order' ? dateQuestion(answer) : numberQuestion(answer);
}

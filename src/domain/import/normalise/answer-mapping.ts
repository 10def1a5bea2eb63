import type { DateOrder, NumberLocale, TableMapping } from './types';

/**
 * Records the user's answer to a column's question (its date order or number format): the
 * column gets the chosen format and its question is closed. Returns a new mapping.
 */
export function answerColumn(mapping: TableMapping, index: number, answer: string): TableMapping {
  return {
    ...mapping,
    columns: mapping.columns.map((column) => {
      if (column.index !== index || !column.needsAnswer) return column;
      if (!column.needsAnswer.options.includes(answer)) return column;
      const { needsAnswer, ...answered } = column;
      return needsAnswer.kind === 'date-order'
        ? { ...answered, dateOrder: answer as DateOrder }
        : { ...answered, numberLocale: answer as NumberLocale };
    }),
  };
}

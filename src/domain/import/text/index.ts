export { decodeText, type DecodedText, type TextEncodingName } from './decode-text';
export { detectDelimiter, type Delimiter, type DelimiterGuess } from './detect-delimiter';
export {
  createDelimitedParser,
  parseDelimited,
  type DelimitedParser,
  type DelimitedParserOptions,
} from './delimited-parser';
export { readTextTable } from './read-text-table';

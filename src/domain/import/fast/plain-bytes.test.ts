import { byteClasses, centuryIsoDay, DELIMITER, PLAIN, REFUSED, SPECIAL } from './plain-bytes';

const encoder = new TextEncoder();

describe('centuryIsoDay', () => {
  it.each([
    ['2019-06-29', 18_076],
    ['2000-01-01', 10_957],
    ['2100-12-31', 47_846],
    ['2020-02-29', 18_321],
    ['2019-02-29', REFUSED],
    ['1999-12-31', REFUSED],
    ['2101-01-01', REFUSED],
    ['2019/06/29', REFUSED],
    ['2019-13-01', REFUSED],
    ['2019-00-10', REFUSED],
    ['2019-06-00', REFUSED],
    ['20a9-06-29', REFUSED],
  ])('centuryIsoDay(%s) = %i', (text, day) => {
    expect(centuryIsoDay(encoder.encode(text), 0)).toBe(day);
  });
});

describe('byteClasses', () => {
  it.each([
    [',', ',', DELIMITER],
    [',', ';', PLAIN],
    [';', ';', DELIMITER],
    [',', ' ', PLAIN],
    [',', '"', SPECIAL],
    [',', '\n', SPECIAL],
    [',', '\r', SPECIAL],
    [',', '\u0000', SPECIAL],
    [',', '\u00e9', SPECIAL],
    ['\t', '\t', DELIMITER],
  ])('with %j as delimiter, %j is of class %i', (delimiter, byte, kind) => {
    const classes = byteClasses(delimiter.charCodeAt(0));
    expect(classes[encoder.encode(byte)[0] as number]).toBe(kind);
  });
});

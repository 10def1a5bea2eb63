import { analyseDelimiter, DETECTION_SAMPLE_CHARS, detectDelimiter } from './detect-delimiter';

describe('detectDelimiter', () => {
  it.each([
    ['commas', 'Date,Region,Deliveries\n2019-06-28,Norway,1204\n', ',', true],
    [
      'semicolons with decimal commas',
      'Date;Deliveries\n28.06.2019;1,5\n29.06.2019;2,5\n',
      ';',
      true,
    ],
    [
      'tabs (pasted cells) with thousands commas',
      'Date\tDeliveries\n2019-06-28\t1,204\n',
      '\t',
      true,
    ],
    ['vertical bars', 'a|b|c\n1|2|3\n', '|', true],
    ['commas inside quotes do not count', 'a;b\n"1,2,3";4\n"5,6";7\n', ';', true],
    ['a quoted line break does not split a record', 'a,b\n"x\ny;z",2\n', ',', true],
    ['CRLF and CR line ends', 'a;b\r\n1;2\r3;4', ';', true],
    ['blank lines ignored', 'a|b\n\n1|2\n\n', '|', true],
    ['a header alone', 'foo,bar,baz', ',', true],
    ['ragged lines: the most consistent wins, unsure', 'a,b\n1,2\n3,4,5\n6,7\n', ',', false],
    ['two candidates agree on every line: unsure', 'a,b;c\n1,2;3\n', ',', false],
    ['more fields break a tie in consistency', 'a;b;c,d\n1;2;3,4\n', ';', false],
  ])('%s', (_name, text, delimiter, confident) => {
    expect(detectDelimiter(text)).toEqual({ delimiter, confident });
  });

  it.each([
    ['one column', 'Deliveries\n1204\n980\n', true],
    ['empty text', '', false],
  ])('falls back to comma for %s', (_name, text, confident) => {
    expect(analyseDelimiter(text)).toEqual({ delimiter: ',', confident, found: false });
  });

  it('looks only at the sample, and ignores the line cut by its end', () => {
    const head = 'a;b\n1;2\n';
    const tail = `${'x,'.repeat(DETECTION_SAMPLE_CHARS)}\n`;
    expect(detectDelimiter(head + tail)).toEqual({ delimiter: ';', confident: true });
    expect(analyseDelimiter('a;b\n1;2\n3,4,5,6', 10)).toMatchObject({
      delimiter: ';',
      confident: true,
    });
    expect(analyseDelimiter('a;b\n1;2\n3,4,5,6', 100)).toMatchObject({
      delimiter: ';',
      confident: false,
    });
  });
});

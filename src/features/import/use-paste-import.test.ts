import { pastedTable, PASTED_FILE_NAME } from './use-paste-import';

describe('pasted cells', () => {
  it.each([
    [
      'tab-separated rows',
      'Date\tDeliveries\n2019-06-27\t100',
      'Date\tDeliveries\n2019-06-27\t100\n',
    ],
    ['one row of cells', 'Date\tDeliveries', 'Date\tDeliveries\n'],
    ['a column of values', 'Deliveries\n100\n120\n', 'Deliveries\n100\n120\n'],
    ['leading blank lines', '\n\t\nDate\tDeliveries\n1\t2', 'Date\tDeliveries\n1\t2\n'],
  ])('%s become a file named "Pasted cells"', async (_, text, content) => {
    const file = pastedTable(text);
    expect(file?.name).toBe(PASTED_FILE_NAME);
    expect(await file?.text()).toBe(content);
  });

  it.each(['', 'hello', '  42  '])('a single value %j is not a table', (text) => {
    expect(pastedTable(text)).toBeNull();
  });
});

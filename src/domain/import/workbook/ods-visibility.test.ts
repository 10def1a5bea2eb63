import { hiddenOdsSheets } from './ods-visibility';

const hiddenStyle = (name: string) =>
  `<style:style style:name="${name}" style:family="table"><style:table-properties table:display="false"/></style:style>`;
const shownStyle = (name: string) =>
  `<style:style style:name="${name}" style:family="table"><style:table-properties table:display="true"/></style:style>`;
const table = (name: string, style: string) =>
  `<table:table table:name="${name}" table:style-name="${style}"><table:table-row/></table:table>`;

describe('hiddenOdsSheets', () => {
  it.each<[string, string[], string[]]>([
    [
      'a hidden and a shown sheet',
      [shownStyle('ta1') + hiddenStyle('ta2') + table('Shown', 'ta1') + table('Secret', 'ta2')],
      ['Secret'],
    ],
    ['no table styles', [table('Plain', 'ta1')], []],
    ['a sheet without a style', ['<table:table table:name="Bare">' + hiddenStyle('ta1')], []],
    [
      'attributes in another order, in single quotes',
      [
        `<style:style style:family='table' style:name='x'><style:table-properties table:display='false'/></style:style><table:table table:style-name='x' table:name='Q'/>`,
      ],
      ['Q'],
    ],
    [
      'a name with escaped characters',
      [hiddenStyle('ta2') + table('R&amp;D &lt;2019&gt; &#x1F363;', 'ta2')],
      ['R&D <2019> 🍣'],
    ],
    [
      'the style in styles.xml, the table in content.xml',
      [table('Far', 'common'), hiddenStyle('common')],
      ['Far'],
    ],
    [
      'a self-closing table style before a hidden one',
      [
        '<style:style style:name="ta1" style:family="table"/>' +
          hiddenStyle('ta2') +
          table('A', 'ta1') +
          table('B', 'ta2'),
      ],
      ['B'],
    ],
    [
      'a hidden column style, not a table style',
      [
        '<style:style style:name="co1" style:family="table-column"><style:table-properties table:display="false"/></style:style>' +
          table('C', 'co1'),
      ],
      [],
    ],
    [
      'rows and cells that look alike',
      [hiddenStyle('ta1') + '<table:table-row table:name="Row" table:style-name="ta1"/>'],
      [],
    ],
    ['nothing', [''], []],
  ])('%s', (_, parts, expected) => {
    expect([...hiddenOdsSheets(...parts)]).toEqual(expected);
  });
});

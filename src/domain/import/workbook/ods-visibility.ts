/**
 * SheetJS does not read which ODS sheets are hidden, so it is read here from the XML: a sheet
 * (table:table) is hidden when its table style says table:display="false". ODS has no
 * "very hidden".
 */
export function hiddenOdsSheets(...xmlParts: readonly string[]): Set<string> {
  const hiddenStyles = new Set<string>();
  for (const xml of xmlParts) {
    for (const style of tagsNamed(xml, 'style:style')) {
      if (style.attributes.get('style:family') !== 'table' || style.selfClosing) continue;
      const name = style.attributes.get('style:name');
      const properties = tablePropertiesAfter(xml, style.end);
      if (name !== undefined && properties?.get('table:display') === 'false')
        hiddenStyles.add(name);
    }
  }
  const hidden = new Set<string>();
  for (const xml of xmlParts) {
    for (const table of tagsNamed(xml, 'table:table')) {
      const name = table.attributes.get('table:name');
      const style = table.attributes.get('table:style-name');
      if (name !== undefined && style !== undefined && hiddenStyles.has(style)) hidden.add(name);
    }
  }
  return hidden;
}

interface StartTag {
  attributes: Map<string, string>;
  /** Where the start tag ends in the text. */
  end: number;
  selfClosing: boolean;
}

function* tagsNamed(xml: string, tagName: string): Generator<StartTag> {
  const pattern = new RegExp(`<${tagName}(\\s[^>]*)?>`, 'g');
  for (const match of xml.matchAll(pattern)) {
    yield {
      attributes: attributesOf(match[1] ?? ''),
      end: match.index + match[0].length,
      selfClosing: match[0].endsWith('/>'),
    };
  }
}

/** The table properties inside the style whose start tag ends at `from`. */
function tablePropertiesAfter(xml: string, from: number): Map<string, string> | undefined {
  const close = xml.indexOf('</style:style>', from);
  const body = xml.slice(from, close === -1 ? from : close);
  for (const properties of tagsNamed(body, 'style:table-properties')) return properties.attributes;
  return undefined;
}

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1];
    if (name !== undefined) attributes.set(name, decodeXmlText(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}

const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (/^#x/i.test(entity)) return safeCodePoint(parseInt(entity.slice(2), 16)) ?? whole;
    if (entity.startsWith('#')) return safeCodePoint(parseInt(entity.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES.get(entity) ?? whole;
  });
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : null;
}

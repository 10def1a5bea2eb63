const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties SVG marks and text are drawn with; all but opacity are inherited. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const NOT_INHERITED: readonly { name: string; initial: string }[] = [
  { name: 'opacity', initial: '1' },
  { name: 'display', initial: 'inline' },
];

/** Copies the computed presentation of `source` onto `target` as an inline style. */
function inlineStyle(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const computed = getComputedStyle(source);
  const declarations: string[] = [];
  for (const name of INHERITED) {
    const value = computed.getPropertyValue(name);
    // An inherited value equal to the parent's flows down on its own: the file stays small.
    if (value && (parent === null || parent.getPropertyValue(name) !== value)) {
      declarations.push(`${name}:${value}`);
    }
  }
  for (const { name, initial } of NOT_INHERITED) {
    const value = computed.getPropertyValue(name);
    if (value && value !== initial && !(name === 'display' && value !== 'none')) {
      declarations.push(`${name}:${value}`);
    }
  }
  if (declarations.length > 0) target.setAttribute('style', declarations.join(';'));
  else target.removeAttribute('style');
}

/**
 * The SVG as a file of its own: every element's computed fill, stroke, dashes and font written
 * inline (page style sheets and CSS variables do not travel with it), the namespace, and the
 * size it has on screen with a viewBox, so it scales without distortion.
 */
export function standaloneSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  const parents = new Map<Element, CSSStyleDeclaration>();
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!target) return;
    const parent =
      source === svg || !source.parentElement ? null : parents.get(source.parentElement);
    inlineStyle(source, target, parent ?? null);
    parents.set(source, getComputedStyle(source));
  });
  clone.removeAttribute('class');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const markup = new XMLSerializer().serializeToString(clone);
  return markup.includes(`xmlns="${SVG_NS}"`)
    ? markup
    : markup.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
}

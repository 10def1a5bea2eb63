import type { Scene, SceneItem } from '../../domain/share';
import { standaloneSvg } from './inline-svg';

/** Controls, menus and things marked so are not part of a picture of the page. */
const SKIPPED = 'button, input, select, textarea, [hidden], [data-share-skip], dialog:not([open])';

function isTransparent(colour: string): boolean {
  return colour === '' || colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
}

function px(value: string): number {
  const number = parseFloat(value);
  return Number.isFinite(number) ? number : 0;
}

/** The colour behind an element: its own background or the nearest one above it. */
export function backgroundOf(element: Element, fallback = '#ffffff'): string {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (!isTransparent(colour)) return colour;
  }
  return fallback;
}

interface Origin {
  left: number;
  top: number;
}

let metricsContext: CanvasRenderingContext2D | null | undefined;

/** Where the alphabetic baseline lies in a line box of text in this font. */
function baselineOffset(font: string, boxHeight: number): number {
  metricsContext ??= document.createElement('canvas').getContext('2d');
  if (!metricsContext) return boxHeight * 0.8;
  metricsContext.font = font;
  const metrics = metricsContext.measureText('Hg');
  const ascent = metrics.fontBoundingBoxAscent;
  const descent = metrics.fontBoundingBoxDescent;
  if (!Number.isFinite(ascent) || !Number.isFinite(descent)) return boxHeight * 0.8;
  return (boxHeight - (ascent + descent)) / 2 + ascent;
}

function transformed(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  if (transform === 'capitalize')
    return text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
  return text;
}

/** One text node as lines: words that share a line box become one run of text. */
function textItems(node: Text, style: CSSStyleDeclaration, origin: Origin): SceneItem[] {
  const items: SceneItem[] = [];
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const letterSpacing = style.letterSpacing === 'normal' ? 0 : px(style.letterSpacing);
  const range = document.createRange();
  let run: { start: number; end: number; rect: DOMRect } | null = null;
  const flush = () => {
    if (!run) return;
    const text = node.data.slice(run.start, run.end).replace(/\s+/g, ' ');
    items.push({
      kind: 'text',
      x: run.rect.left - origin.left,
      y: run.rect.top - origin.top + baselineOffset(font, run.rect.height),
      text: transformed(text, style.textTransform),
      font,
      colour: style.color,
      letterSpacing,
    });
    run = null;
  };
  for (const word of node.data.matchAll(/\S+/g)) {
    const start = word.index;
    const end = start + word[0].length;
    range.setStart(node, start);
    range.setEnd(node, end);
    const rect = [...range.getClientRects()].find((box) => box.width > 0);
    if (!rect) continue;
    if (run && Math.abs(rect.top - run.rect.top) < 1) run.end = end;
    else {
      flush();
      run = { start, end, rect };
    }
  }
  flush();
  return items;
}

/** The element's background and border, when it has any. */
function boxItems(element: Element, style: CSSStyleDeclaration, origin: Origin): SceneItem[] {
  const rect = element.getBoundingClientRect();
  const x = rect.left - origin.left;
  const y = rect.top - origin.top;
  const radius = px(style.borderTopLeftRadius);
  const items: SceneItem[] = [];
  if (!isTransparent(style.backgroundColor)) {
    items.push({
      kind: 'box',
      x,
      y,
      width: rect.width,
      height: rect.height,
      radius,
      fill: style.backgroundColor,
      stroke: null,
      strokeWidth: 0,
    });
  }
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
    side,
    width:
      style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none'
        ? 0
        : px(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
    colour: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
  }));
  const drawn = sides.filter((s) => s.width > 0 && !isTransparent(s.colour));
  if (
    drawn.length === 4 &&
    drawn.every((s) => s.width === drawn[0]?.width && s.colour === drawn[0]?.colour)
  ) {
    const width = drawn[0]?.width ?? 0;
    items.push({
      kind: 'box',
      x: x + width / 2,
      y: y + width / 2,
      width: rect.width - width,
      height: rect.height - width,
      radius: Math.max(radius - width / 2, 0),
      fill: null,
      stroke: drawn[0]?.colour ?? null,
      strokeWidth: width,
    });
    return items;
  }
  for (const { side, width, colour } of drawn) {
    const vertical = side === 'Left' || side === 'Right';
    items.push({
      kind: 'box',
      x: side === 'Right' ? x + rect.width - width : x,
      y: side === 'Bottom' ? y + rect.height - width : y,
      width: vertical ? width : rect.width,
      height: vertical ? rect.height : width,
      radius: 0,
      fill: colour,
      stroke: null,
      strokeWidth: 0,
    });
  }
  return items;
}

function isVisuallyHidden(element: Element, style: CSSStyleDeclaration): boolean {
  if (style.display === 'none' || style.visibility === 'hidden') return true;
  const rect = element.getBoundingClientRect();
  // Screen-reader-only text is clipped to a pixel.
  return rect.width <= 1 && rect.height <= 1 && style.overflow === 'hidden';
}

function collect(element: Element, origin: Origin, items: SceneItem[]): void {
  if (element.matches(SKIPPED)) return;
  const style = getComputedStyle(element);
  if (isVisuallyHidden(element, style)) return;
  if (element instanceof SVGSVGElement) {
    const rect = element.getBoundingClientRect();
    if (rect.width <= 0 || rect.height <= 0) return;
    items.push({
      kind: 'svg',
      x: rect.left - origin.left,
      y: rect.top - origin.top,
      width: rect.width,
      height: rect.height,
      markup: standaloneSvg(element, rect.width, rect.height),
    });
    return;
  }
  items.push(...boxItems(element, style, origin));
  for (const child of element.childNodes) {
    if (child instanceof Text) {
      if (child.data.trim() !== '') items.push(...textItems(child, style, origin));
    } else if (child instanceof Element) {
      collect(child, origin, items);
    }
  }
}

/**
 * A picture of `root` as drawing steps: backgrounds, borders, text where the page put it, and
 * every SVG (the charts, the legend swatches) with its styles inlined. Buttons and other
 * controls are left out: a picture has nothing to press.
 */
export function sceneOf(root: Element): Scene {
  const rect = root.getBoundingClientRect();
  const origin = { left: rect.left, top: rect.top };
  const items: SceneItem[] = [];
  collect(root, origin, items);
  return { width: rect.width, height: rect.height, background: backgroundOf(root), items };
}

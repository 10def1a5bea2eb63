/**
 * A picture of part of the page as plain drawing steps in CSS pixels, relative to its top left.
 * The page is read into a scene once (features/share), then drawn onto a canvas for PNG or
 * written out as SVG: both files show the same thing.
 */
export interface SceneBox {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
}

/** One line of text; `y` is the alphabetic baseline. */
export interface SceneText {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  /** A CSS font shorthand: "600 16px system-ui, sans-serif". */
  font: string;
  colour: string;
  letterSpacing: number;
}

/** A standalone SVG document (xmlns, width, height, viewBox) placed at x, y. */
export interface SceneSvg {
  kind: 'svg';
  x: number;
  y: number;
  width: number;
  height: number;
  markup: string;
}

export type SceneItem = SceneBox | SceneText | SceneSvg;

export interface Scene {
  width: number;
  height: number;
  background: string;
  items: SceneItem[];
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Numbers in SVG attributes: two decimals are finer than any screen. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

const XML_DECLARATION = /^\s*<\?xml[^>]*\?>\s*/;

function svgItem(item: SceneItem): string {
  if (item.kind === 'box') {
    const radius = item.radius > 0 ? ` rx="${n(item.radius)}"` : '';
    const fill = ` fill="${escapeXml(item.fill ?? 'none')}"`;
    const stroke = item.stroke
      ? ` stroke="${escapeXml(item.stroke)}" stroke-width="${n(item.strokeWidth)}"`
      : '';
    return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${radius}${fill}${stroke}/>`;
  }
  if (item.kind === 'text') {
    const spacing = item.letterSpacing ? `;letter-spacing:${n(item.letterSpacing)}px` : '';
    return `<text x="${n(item.x)}" y="${n(item.y)}" fill="${escapeXml(item.colour)}" style="font:${escapeXml(item.font)}${spacing};white-space:pre">${escapeXml(item.text)}</text>`;
  }
  // A nested <svg> is positioned by its own x and y; a <g> keeps its attributes untouched.
  return `<g transform="translate(${n(item.x)} ${n(item.y)})">${item.markup.replace(XML_DECLARATION, '')}</g>`;
}

/**
 * The scene as a standalone SVG file: it opens on its own in a browser or an editor, with its
 * title for screen readers and file browsers, and the theme's background.
 */
export function sceneToSvg(scene: Scene, title: string, description = ''): string {
  const { width, height } = scene;
  const desc = description ? `<desc>${escapeXml(description)}</desc>` : '';
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img">`,
    `<title>${escapeXml(title)}</title>${desc}`,
    `<rect width="100%" height="100%" fill="${escapeXml(scene.background)}"/>`,
    ...scene.items.map(svgItem),
    `</svg>`,
    '',
  ].join('\n');
}

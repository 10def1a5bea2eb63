// @vitest-environment jsdom
import { standaloneSvg } from './inline-svg';

function render(html: string): SVGSVGElement {
  document.body.innerHTML = html;
  return document.querySelector('svg') as SVGSVGElement;
}

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'image/svg+xml');
}

describe('standaloneSvg', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('writes the styles the page gave the marks inline, since style sheets stay behind', () => {
    const svg = render(
      `<style>.line { stroke: rgb(0, 114, 178); stroke-dasharray: 6 4 } svg { font-family: Georgia }</style>
       <svg class="recharts-surface" width="200" height="100" viewBox="0 0 200 100">
         <g class="line"><path d="M0 0L200 100"/></g><text x="4" y="90">Jun 30</text>
       </svg>`,
    );
    const document = parse(standaloneSvg(svg, 200, 100));
    const group = document.querySelector('g');
    expect(group?.getAttribute('style')).toContain('stroke:rgb(0, 114, 178)');
    expect(group?.getAttribute('style')).toContain('stroke-dasharray:6 4');
    expect(document.documentElement.getAttribute('style')).toContain('font-family:Georgia');
  });

  it('does not repeat an inherited value the parent already has', () => {
    const svg = render(
      `<style>g { fill: rgb(255, 0, 0) }</style><svg width="10" height="10"><g><path d="M0 0"/></g></svg>`,
    );
    const document = parse(standaloneSvg(svg, 10, 10));
    expect(document.querySelector('g')?.getAttribute('style')).toContain('fill:rgb(255, 0, 0)');
    expect(document.querySelector('path')?.getAttribute('style') ?? '').not.toContain('fill');
  });

  it('has the namespace, the size on screen and a viewBox, and leaves the page untouched', () => {
    const svg = render(
      '<svg width="14" height="10" class="swatch"><rect width="14" height="10"/></svg>',
    );
    const markup = standaloneSvg(svg, 14, 10);
    const root = parse(markup).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(markup.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
    expect(root.getAttribute('viewBox')).toBe('0 0 14 10');
    expect(root.getAttribute('width')).toBe('14');
    expect(root.hasAttribute('class')).toBe(false);
    expect(svg.getAttribute('class')).toBe('swatch');
    expect(svg.hasAttribute('style')).toBe(false);
  });
});

// @vitest-environment jsdom
import { escapeXml, sceneToSvg, type Scene } from './scene';

const plot =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><path d="M0 0L200 100" stroke="#0072b2"/></svg>';

const scene: Scene = {
  width: 240,
  height: 180,
  background: '#ffffff',
  items: [
    {
      kind: 'box',
      x: 0.5,
      y: 0.5,
      width: 239,
      height: 179,
      radius: 8,
      fill: null,
      stroke: '#e5e7eb',
      strokeWidth: 1,
    },
    {
      kind: 'text',
      x: 12,
      y: 24,
      text: 'Burn-down to the <100,000> goal — "2019 Q3" & more',
      font: '600 16px system-ui, "Segoe UI", sans-serif',
      colour: 'rgb(17, 24, 39)',
      letterSpacing: 0,
    },
    { kind: 'svg', x: 20, y: 60, width: 200, height: 100, markup: plot },
  ],
};

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('sceneToSvg', () => {
  const svg = sceneToSvg(scene, 'Burn-down — 2019 Q3', 'All regions · as of Sep 30, 2019');
  const document = parse(svg);
  const root = document.documentElement;

  it('is a well-formed standalone SVG with its size and viewBox', () => {
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('240');
    expect(root.getAttribute('height')).toBe('180');
    expect(root.getAttribute('viewBox')).toBe('0 0 240 180');
  });

  it('has the title and description, and the theme background first', () => {
    expect(root.querySelector('title')?.textContent).toBe('Burn-down — 2019 Q3');
    expect(root.querySelector('desc')?.textContent).toBe('All regions · as of Sep 30, 2019');
    const background = root.querySelector('rect');
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    expect(background?.getAttribute('width')).toBe('100%');
  });

  it('keeps text exactly, escaped, in its font', () => {
    const text = root.querySelector('text');
    expect(text?.textContent).toBe(scene.items[1]?.kind === 'text' ? scene.items[1].text : '');
    expect(text?.getAttribute('style')).toContain(
      'font:600 16px system-ui, "Segoe UI", sans-serif',
    );
    expect(text?.getAttribute('y')).toBe('24');
  });

  it('places the plot with its own viewBox, without a second XML declaration', () => {
    expect(svg.match(/<\?xml/g)).toHaveLength(1);
    const group = root.querySelector('g');
    expect(group?.getAttribute('transform')).toBe('translate(20 60)');
    expect(group?.querySelector('svg path')?.getAttribute('stroke')).toBe('#0072b2');
  });

  it.each([
    ['<a & "b">', '&lt;a &amp; &quot;b&quot;&gt;'],
    ["it's", 'it&apos;s'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });
});

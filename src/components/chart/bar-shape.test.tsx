// @vitest-environment jsdom
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { Rectangle, type BarShapeProps } from 'recharts';
import { BarShape, barPath } from './bar-shape';

/** The `d` Recharts' own Rectangle draws for a bar. */
function rechartsPath(x: number, y: number, width: number, height: number): string | null {
  const { container } = render(
    <svg>
      <Rectangle x={x} y={y} width={width} height={height} />
    </svg>,
  );
  const d = container.querySelector('path')?.getAttribute('d') ?? null;
  container.remove();
  return d;
}

const shapeProps = (rect: Partial<BarShapeProps>) =>
  ({ fill: '#123456', fillOpacity: 0.5, stroke: '#654321', ...rect }) as BarShapeProps;

describe('barPath', () => {
  it.each([
    [10, 20, 5, 30],
    [0, 0, 1, 1],
    [12.345678, 99.99999, 3.3333333, 0.00004],
    [-5, 10, 4, -7],
    [100, 50, -2.5, 8.125],
  ])('draws x %d, y %d, %d wide, %d high as Recharts does', (x, y, width, height) => {
    expect(barPath(x, y, width, height)).toBe(rechartsPath(x, y, width, height));
  });

  it('matches Recharts for any bar with a size', () => {
    const coordinate = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    const size = coordinate.filter((value) => value !== 0);
    fc.assert(
      fc.property(coordinate, coordinate, size, size, (x, y, width, height) => {
        expect(barPath(x, y, width, height)).toBe(rechartsPath(x, y, width, height));
      }),
      { numRuns: 60 },
    );
  });
});

describe('BarShape', () => {
  it('draws one path with the bar colours and Recharts classes', () => {
    const { container } = render(
      <svg>{BarShape(shapeProps({ x: 1, y: 2, width: 3, height: 4 }))}</svg>,
    );
    const path = container.querySelector('path.recharts-rectangle');
    expect(path?.getAttribute('d')).toBe('M 1,2 h 3 v 4 h -3 Z');
    expect(path?.getAttribute('fill')).toBe('#123456');
    expect(path?.getAttribute('fill-opacity')).toBe('0.5');
    expect(path?.getAttribute('stroke')).toBe('#654321');
  });

  it.each([
    ['no width', { x: 1, y: 2, width: 0, height: 4 }],
    ['no height', { x: 1, y: 2, width: 3, height: 0 }],
    ['no place', { x: Number.NaN, y: 2, width: 3, height: 4 }],
  ])('draws nothing for a bar with %s, as Recharts', (_, rect) => {
    expect(BarShape(shapeProps(rect))).toBeNull();
  });
});

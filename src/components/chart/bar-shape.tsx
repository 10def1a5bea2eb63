import type { BarShapeProps } from 'recharts';

/** Recharts' own rounding of path coordinates (4 decimals, no -0), so the path is the same. */
function round(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The outline Recharts' Rectangle draws for a bar without rounded corners. */
export function barPath(x: number, y: number, width: number, height: number): string {
  return `M ${round(x)},${round(y)} h ${round(width)} v ${round(height)} h ${round(-width)} Z`;
}

/**
 * A bar as a plain path: what Recharts' Rectangle draws without animation, minus its hooks. The
 * Rectangle measures its path's length after mounting and sets state with it (for an animation
 * the charts never run): one forced measurement and one more render per bar, which made the
 * daily chart's ~270 bars one task of 90–130 ms.
 */
export function BarShape({ x, y, width, height, fill, fillOpacity, stroke }: BarShapeProps) {
  // As Rectangle: nothing for an empty or unplaced bar.
  if (x !== +x || y !== +y || width !== +width || height !== +height) return null;
  if (width === 0 || height === 0) return null;
  return (
    <path
      className="recharts-rectangle"
      d={barPath(x, y, width, height)}
      fill={fill}
      fillOpacity={fillOpacity}
      stroke={stroke}
    />
  );
}

/**
 * Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps the points that shape a line, so a
 * chart can draw a few hundred points instead of thousands and still look the same. The kept
 * points are real points of the input (never averages), so tooltips on them stay exact.
 */

/** The indices (ascending) of the points LTTB keeps out of `xs`/`ys`, at most `threshold`. */
export function lttbIndices(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  threshold: number,
): number[] {
  if (xs.length !== ys.length) {
    throw new RangeError(`lttb: ${xs.length} x values but ${ys.length} y values`);
  }
  if (!Number.isInteger(threshold) || threshold < 2) {
    throw new RangeError(`lttb: threshold must be an integer ≥ 2, got ${threshold}`);
  }
  const length = xs.length;
  if (length <= threshold) return Array.from({ length }, (_, i) => i);
  if (threshold === 2) return [0, length - 1];

  const kept = [0];
  // The points between the first and the last are split into threshold − 2 buckets.
  const bucketSize = (length - 2) / (threshold - 2);
  let previous = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const from = Math.floor(bucket * bucketSize) + 1;
    const to = Math.floor((bucket + 1) * bucketSize) + 1;

    // The third corner of the triangle is the average of the next bucket (or the last point).
    const nextFrom = to;
    const nextTo = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, length);
    let averageX = 0;
    let averageY = 0;
    for (let i = nextFrom; i < nextTo; i++) {
      averageX += xs[i] as number;
      averageY += ys[i] as number;
    }
    const nextCount = nextTo - nextFrom;
    averageX /= nextCount;
    averageY /= nextCount;

    const previousX = xs[previous] as number;
    const previousY = ys[previous] as number;
    let largestArea = -1;
    let chosen = from;
    for (let i = from; i < to; i++) {
      const area = Math.abs(
        (previousX - averageX) * ((ys[i] as number) - previousY) -
          (previousX - (xs[i] as number)) * (averageY - previousY),
      );
      if (area > largestArea) {
        largestArea = area;
        chosen = i;
      }
    }
    kept.push(chosen);
    previous = chosen;
  }
  kept.push(length - 1);
  return kept;
}

/** LTTB over any kind of point: returns the kept points themselves, in order. */
export function lttb<T>(
  points: readonly T[],
  threshold: number,
  x: (point: T) => number,
  y: (point: T) => number,
): T[] {
  if (points.length <= threshold) return [...points];
  const indices = lttbIndices(points.map(x), points.map(y), threshold);
  return indices.map((i) => points[i] as T);
}

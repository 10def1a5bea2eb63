/**
 * Chromium's canvas limits: 32,767 px a side in recent versions, but 16,384 in older ones and in
 * other engines, and 268,435,456 px² (16,384²) of area. A canvas over either is not an error: it
 * stays blank, and toBlob gives an empty image. So an image that would pass them is drawn smaller.
 */
export const CANVAS_LIMITS = { maxSide: 16_384, maxArea: 268_435_456 } as const;

export interface CanvasLimits {
  maxSide: number;
  maxArea: number;
}

export interface CanvasFit {
  /** Pixels per CSS pixel actually used. */
  scale: number;
  /** The canvas size in pixels. */
  width: number;
  height: number;
  /** True when the scale is below the wanted one. */
  reduced: boolean;
  /** Said to the user when reduced: how much smaller, and why. */
  note: string | null;
}

/**
 * The canvas for a picture of `cssWidth` × `cssHeight` CSS pixels drawn at `wantedScale` pixels
 * per CSS pixel (2 = sharp on high-density screens and when zoomed in slides), scaled down as
 * little as needed to fit the limits.
 */
export function fitCanvas(
  cssWidth: number,
  cssHeight: number,
  wantedScale = 2,
  limits: CanvasLimits = CANVAS_LIMITS,
): CanvasFit {
  if (!(cssWidth > 0) || !(cssHeight > 0) || !(wantedScale > 0)) {
    throw new RangeError(`nothing to draw: ${cssWidth} × ${cssHeight} at ${wantedScale}×`);
  }
  let scale = Math.min(
    wantedScale,
    limits.maxSide / cssWidth,
    limits.maxSide / cssHeight,
    Math.sqrt(limits.maxArea / (cssWidth * cssHeight)),
  );
  let width = Math.max(1, Math.round(cssWidth * scale));
  let height = Math.max(1, Math.round(cssHeight * scale));
  // Rounding up can step one pixel over a limit; step back down.
  while (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxArea) {
    scale *= 0.999;
    width = Math.max(1, Math.floor(cssWidth * scale));
    height = Math.max(1, Math.floor(cssHeight * scale));
  }
  const reduced = scale < wantedScale;
  const note = reduced
    ? `The image is ${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} pixels, ${Math.round((scale / wantedScale) * 100)}% of full size: a browser cannot draw pictures larger than ${limits.maxSide.toLocaleString('en-US')} pixels a side or ${Math.round(limits.maxArea / 1e6)} million pixels.`
    : null;
  return { scale, width, height, reduced, note };
}

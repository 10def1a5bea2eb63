import { fitCanvas, type CanvasFit, type Scene, type SceneItem } from '../../domain/share';

export type ImageResult =
  | { ok: true; blob: Blob; fit: CanvasFit }
  | { ok: false; error: { code: 'image-failed'; message: string; place: string } };

function failed(message: string, place: string): ImageResult {
  return { ok: false, error: { code: 'image-failed', message, place } };
}

/** An SVG drawn at the canvas's pixel size: a canvas rasterises an SVG at its intrinsic size. */
async function loadSvg(markup: string, width: number, height: number): Promise<HTMLImageElement> {
  const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = document.documentElement;
  root.setAttribute('width', String(Math.max(1, Math.round(width))));
  root.setAttribute('height', String(Math.max(1, Math.round(height))));
  root.setAttribute('preserveAspectRatio', 'none');
  const blob = new Blob([new XMLSerializer().serializeToString(document)], {
    type: 'image/svg+xml',
  });
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function drawItem(
  context: CanvasRenderingContext2D,
  item: SceneItem,
  images: Map<SceneItem, HTMLImageElement>,
): void {
  if (item.kind === 'box') {
    context.beginPath();
    context.roundRect(item.x, item.y, item.width, item.height, item.radius);
    if (item.fill) {
      context.fillStyle = item.fill;
      context.fill();
    }
    if (item.stroke) {
      context.strokeStyle = item.stroke;
      context.lineWidth = item.strokeWidth;
      context.stroke();
    }
    return;
  }
  if (item.kind === 'text') {
    context.font = item.font;
    context.fillStyle = item.colour;
    context.textBaseline = 'alphabetic';
    context.letterSpacing = `${item.letterSpacing}px`;
    context.fillText(item.text, item.x, item.y);
    return;
  }
  const image = images.get(item);
  if (image) context.drawImage(image, item.x, item.y, item.width, item.height);
}

/**
 * The scene as a PNG at `wantedScale` pixels per CSS pixel (scaled down to the canvas limits,
 * with a note), on the theme's solid background. Fonts are loaded before anything is measured.
 */
export async function scenePng(scene: Scene, place: string, wantedScale = 2): Promise<ImageResult> {
  if (!(scene.width > 0) || !(scene.height > 0)) {
    return failed('There is nothing to draw: the chart has no size on screen yet.', place);
  }
  const fit = fitCanvas(scene.width, scene.height, wantedScale);
  const canvas = document.createElement('canvas');
  canvas.width = fit.width;
  canvas.height = fit.height;
  const context = canvas.getContext('2d');
  if (!context) return failed('This browser cannot draw images (no 2D canvas).', place);

  const images = new Map<SceneItem, HTMLImageElement>();
  try {
    await Promise.all(
      scene.items.map(async (item) => {
        if (item.kind !== 'svg') return;
        images.set(
          item,
          await loadSvg(item.markup, item.width * fit.scale, item.height * fit.scale),
        );
      }),
    );
  } catch (error) {
    return failed(
      `A chart could not be turned into an image (${(error as Error).message}).`,
      place,
    );
  }

  context.scale(fit.width / scene.width, fit.height / scene.height);
  context.fillStyle = scene.background;
  context.fillRect(0, 0, scene.width, scene.height);
  for (const item of scene.items) drawItem(context, item, images);

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob || blob.size === 0) {
    return failed('The browser could not encode the image (it may be too large).', place);
  }
  return { ok: true, blob, fit };
}

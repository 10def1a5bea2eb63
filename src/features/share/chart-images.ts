import { withEveryChartCurrent } from '../../components/chart';
import { sceneToSvg, type Scene } from '../../domain/share';
import { scenePng, type ImageResult } from './draw-scene';
import { sceneOf } from './read-scene';

export type SceneResult =
  | { ok: true; scene: Scene }
  | { ok: false; error: { code: 'image-failed'; message: string; place: string } };

/** The chart's <figure>, found by its data-chart-id. */
export function chartFigure(chartId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`figure[data-chart-id="${CSS.escape(chartId)}"]`);
}

/** Reads an element into a scene once fonts are ready (text is measured as it will be drawn). */
export async function readScene(root: Element | null, place: string): Promise<SceneResult> {
  if (!root) {
    return {
      ok: false,
      error: { code: 'image-failed', message: 'The chart is not on the page.', place },
    };
  }
  // Charts off screen may still show the previous view: they are brought up to date first.
  return withEveryChartCurrent(root, async () => {
    // Text is measured and drawn in the page's fonts: wait until they are in.
    if ('fonts' in document) await document.fonts.ready;
    return { ok: true, scene: sceneOf(root) };
  });
}

export async function chartPng(chartId: string): Promise<ImageResult> {
  const read = await readScene(chartFigure(chartId), `chart ${chartId}`);
  if (!read.ok) return read;
  return scenePng(read.scene, `chart ${chartId}`);
}

export async function elementPng(root: Element | null, place: string): Promise<ImageResult> {
  const read = await readScene(root, place);
  if (!read.ok) return read;
  return scenePng(read.scene, place);
}

export type SvgResult =
  | { ok: true; text: string }
  | { ok: false; error: { code: 'image-failed'; message: string; place: string } };

export async function chartSvg(
  chartId: string,
  title: string,
  description: string,
): Promise<SvgResult> {
  const read = await readScene(chartFigure(chartId), `chart ${chartId}`);
  if (!read.ok) return read;
  return { ok: true, text: sceneToSvg(read.scene, title, description) };
}

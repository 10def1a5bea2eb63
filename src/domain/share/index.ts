/** Sharing: share links (view + data in the URL fragment), chart CSV, image arithmetic. Pure. */
export * from './types';
export { linkSize, type LinkSize } from './link-size';
export {
  shareFragment,
  shareUrl,
  readShareFragment,
  hasShareLink,
  shareValueOf,
} from './share-link';
export {
  sharePayloadOf,
  readSharedView,
  type ShareRequest,
  type SharedView,
} from './share-payload';
export { shareDataset } from './share-dataset';
export { chartCsv, exactNumber, type CsvColumn, type CsvCellValue } from './chart-csv';
export { fitCanvas, CANVAS_LIMITS, type CanvasFit, type CanvasLimits } from './canvas-limits';
export * from './scene';

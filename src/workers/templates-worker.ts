import { templateDownloads, type TemplateDownload } from './template-downloads';

// The DOM library's types, not the WebWorker ones (they clash): the part of the scope used here.
interface WorkerScope {
  postMessage(message: TemplateDownload[], transfer: Transferable[]): void;
  onmessage: (() => void) | null;
}

/**
 * Builds the template files off the page: SheetJS and the XLSX writes held the page for a few
 * hundred milliseconds, right when the empty page waits for a file to be chosen.
 */
const scope = self as unknown as WorkerScope;
scope.onmessage = () => {
  const downloads = templateDownloads();
  scope.postMessage(
    downloads,
    downloads.map(({ file }) => file.bytes.buffer as ArrayBuffer),
  );
};

import type { TemplateDownload } from '../../workers/template-downloads';
import { workersAvailable } from './import-client';

function inWorker(): Promise<TemplateDownload[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/templates-worker.ts', import.meta.url), {
      type: 'module',
    });
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<TemplateDownload[]>) => {
      done();
      resolve(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      done();
      reject(new Error(`The templates could not be built: ${event.message || 'no worker'}`));
    };
    worker.postMessage(null);
  });
}

/**
 * The template files, built in a worker of their own where there are workers (on the page
 * otherwise: tests, old engines). A worker that cannot start falls back to the page too.
 */
export async function buildTemplates(): Promise<TemplateDownload[]> {
  if (workersAvailable()) {
    try {
      return await inWorker();
    } catch (error) {
      // Said once on the console: the page builds them instead, only slower to show.
      console.warn(error);
    }
  }
  const { templateDownloads } = await import('../../workers/template-downloads');
  return templateDownloads();
}

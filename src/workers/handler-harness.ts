import type { Dataset } from '../domain/records/dataset';
import { createImportHandler, type ImportHandlerOptions } from './import-handler';
import type {
  ImportedData,
  ImportRequest,
  ImportResponse,
  OpenedFile,
  TableCheck,
} from './import-protocol';

/** The merged dataset of an import that asked for it (every test import but fileOnly ones). */
export function merged(imported: ImportedData): Dataset {
  if (!imported.dataset) throw new Error('The import gave no merged dataset');
  return imported.dataset;
}

type Answer = Exclude<ImportResponse, { type: 'progress' }>;
type Normalise = Extract<ImportRequest, { type: 'normalise' }>;

/**
 * The worker handler with its answers collected, for tests: `send` resolves with the answer to
 * the request (progress messages are kept in `responses` too).
 */
export function handlerHarness(options: ImportHandlerOptions = {}) {
  const responses: ImportResponse[] = [];
  const transfers: Transferable[][] = [];
  const waiting = new Map<number, (answer: Answer) => void>();
  const handle = createImportHandler((response, transfer = []) => {
    responses.push(response);
    transfers.push(transfer);
    if (response.type !== 'progress') waiting.get(response.requestId)?.(response);
  }, options);
  let requestId = 0;
  const expect = <T extends Answer['type']>(answer: Answer, type: T) => {
    if (answer.type !== type) throw new Error(`Expected ${type}, got ${JSON.stringify(answer)}`);
    return answer as Extract<Answer, { type: T }>;
  };
  const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const harness = {
    responses,
    transfers,
    nextId: () => ++requestId,
    /** Sends a request; resolves with its answer (a cancel is not answered: resolves at once). */
    send(request: ImportRequest): Promise<Answer | null> {
      if (request.type === 'cancel') {
        handle(request);
        return Promise.resolve(null);
      }
      const answered = new Promise<Answer>((resolve) => waiting.set(request.requestId, resolve));
      handle(request);
      return answered;
    },
    async open(id: string, source: Blob, file: string) {
      const requestId = harness.nextId();
      const answer = await harness.send({ type: 'open', id, requestId, source, file });
      return expect(answer as Answer, 'opened').result;
    },
    async opened(id: string, source: Blob, file: string): Promise<OpenedFile> {
      return value(await harness.open(id, source, file));
    },
    async preview(id: string, table: string, mapping: TableCheck['mapping']) {
      const requestId = harness.nextId();
      const answer = await harness.send({ type: 'preview', id, requestId, table, mapping });
      return expect(answer as Answer, 'previewed').result;
    },
    async previewed(id: string, table: string, mapping: TableCheck['mapping']) {
      return value(await harness.preview(id, table, mapping));
    },
    async normalise(
      id: string,
      tables: Normalise['tables'],
      duplicates: Normalise['duplicates'],
      existing: Normalise['existing'],
    ) {
      const requestId = harness.nextId();
      const answer = await harness.send({
        type: 'normalise',
        id,
        requestId,
        tables,
        duplicates,
        existing,
      });
      return expect(answer as Answer, 'normalised').result;
    },
    async normalised(
      id: string,
      tables: Normalise['tables'],
      duplicates: Normalise['duplicates'],
      existing: Normalise['existing'],
    ): Promise<ImportedData> {
      return value(await harness.normalise(id, tables, duplicates, existing));
    },
  };
  return harness;
}

import { parentPort, workerData } from 'node:worker_threads';
import type { ValidationRequest } from './dataset.ts';
import { validateDataset } from './validate-dataset.ts';

/**
 * Worker thread: validates an upload off the main thread (a national return keeps a core busy for seconds),
 * posting progress and then the outcome.
 */
const request = workerData as ValidationRequest;
validateDataset(request, (progress) => parentPort?.postMessage({ type: 'progress', progress }))
  .then((outcome) => parentPort?.postMessage({ type: 'outcome', outcome }))
  .catch((error: unknown) =>
    parentPort?.postMessage({
      type: 'error',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }),
  );

import { Worker } from 'node:worker_threads';
import type { Progress, ValidationOutcome, ValidationRequest } from './dataset.ts';

/**
 * Runs validation in a worker thread so the server keeps answering (and the progress bar keeps moving) while a
 * large return is checked. The worker registers tsx's loader itself (Node 20 ignores --import in workers).
 */
export function runValidationInWorker(
  request: ValidationRequest,
  onProgress: (p: Progress) => void,
): Promise<ValidationOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validation-worker.mjs', import.meta.url), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    let settled = false;
    worker.on(
      'message',
      (message: { type: string; progress?: Progress; outcome?: ValidationOutcome; message?: string }) => {
        if (message.type === 'progress' && message.progress) onProgress(message.progress);
        if (message.type === 'outcome' && message.outcome) {
          settled = true;
          resolve(message.outcome);
          void worker.terminate();
        }
        if (message.type === 'error') {
          settled = true;
          reject(new Error(`Validation failed: ${message.message}`));
          void worker.terminate();
        }
      },
    );
    worker.on('error', (error) => {
      if (!settled) reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The validation worker stopped unexpectedly (exit code ${code}).`));
    });
  });
}

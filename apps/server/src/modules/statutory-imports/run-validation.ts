import { Worker } from 'node:worker_threads';
import type { Progress, ValidationOutcome, ValidationRequest } from './dataset.ts';

/**
 * Runs validation in a worker thread so the server keeps answering (and the progress bar keeps moving) while a
 * large return is checked. The worker registers tsx's loader itself (Node 20 ignores --import in workers).
 * `cancel` terminates the thread at once; the outcome then rejects with "cancelled".
 */
export function runValidationInWorker(
  request: ValidationRequest,
  onProgress: (p: Progress) => void,
): { outcome: Promise<ValidationOutcome>; cancel: () => void } {
  const worker = new Worker(new URL('./validation-worker.mjs', import.meta.url), {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: 4096 },
  });
  let settled = false;
  let rejectOutcome: (error: Error) => void = () => {};
  const outcome = new Promise<ValidationOutcome>((resolve, reject) => {
    rejectOutcome = reject;
    worker.on(
      'message',
      (message: { type: string; progress?: Progress; outcome?: ValidationOutcome; message?: string }) => {
        if (settled) return;
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
      if (settled) return;
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new Error(`The validation worker stopped unexpectedly (exit code ${code}).`));
    });
  });
  const cancel = () => {
    if (settled) return;
    settled = true;
    rejectOutcome(new Error('cancelled'));
    void worker.terminate();
  };
  return { outcome, cancel };
}

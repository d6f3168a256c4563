import { Worker } from 'node:worker_threads';
import type { Progress, ValidationOutcome, ValidationRequest } from './dataset.ts';

/**
 * V8 old-generation limit of the validation worker, in MB. A national SSDA903 return (both years, 80,000 children)
 * holds about 300 MB of live heap while it is validated; with V8's default limit of several GB the heap is let
 * grow to about 550 MB of RSS before it is collected, with this limit to about 400 MB for a few per cent more
 * time (`npm run bench -- 903` measures both). A national CIN census stays under 500 MB. An upload needing more
 * than this stops with an out-of-memory error reported as a failed validation rather than starving the server.
 */
export const VALIDATION_HEAP_MB = 1024;

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
    resourceLimits: { maxOldGenerationSizeMb: VALIDATION_HEAP_MB },
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

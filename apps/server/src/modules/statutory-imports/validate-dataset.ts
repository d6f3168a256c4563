import { validateCin } from './cin.validate.ts';
import type { Progress, ValidationOutcome, ValidationRequest } from './dataset.ts';
import { validateSsda903 } from './ssda903.validate.ts';

/** Validates an upload of either dataset (in whatever thread calls it). */
export async function validateDataset(
  request: ValidationRequest,
  onProgress: (p: Progress) => void,
): Promise<ValidationOutcome> {
  switch (request.dataset) {
    case 'ssda903':
      return validateSsda903(request, onProgress);
    case 'cin':
      return validateCin(request, onProgress);
  }
}

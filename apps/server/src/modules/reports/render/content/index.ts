import type { ReportKind, ReportModel } from '../../report-model.ts';
import type { Block } from '../blocks.ts';
import { exceptionsBlocks } from './exceptions.ts';
import { publicBlocks } from './public.ts';
import { scrutinyBlocks } from './scrutiny.ts';
import { statementBlocks } from './statement.ts';

/** The content builder of each report kind. */
const BUILDERS: Record<ReportKind, (model: ReportModel) => Block[]> = {
  scrutiny: scrutinyBlocks,
  statement: statementBlocks,
  exceptions: exceptionsBlocks,
  public: publicBlocks,
};

/** Thrown when a model's `kind` is not one the renderers know. */
export class UnknownReportKindError extends Error {}

/** The report's content as format-neutral blocks, by its kind. */
export function buildReportBlocks(model: ReportModel): Block[] {
  const build = BUILDERS[model.kind];
  if (!build) {
    throw new UnknownReportKindError(
      `Report kind "${String(model.kind)}" is not known: use one of ${Object.keys(BUILDERS).join(', ')}.`,
    );
  }
  return build(model);
}

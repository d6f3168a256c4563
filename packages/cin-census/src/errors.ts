/** Where in the census XML an input problem was found. */
export interface CinInputLocation {
  /** 1-based line of the XML file. */
  line?: number;
  /** Element path, e.g. `Message/Children/Child/CINdetails/CINreferralDate`. */
  path?: string;
  /** The child's LAchildID, when known. */
  child?: string;
}

/**
 * The census file cannot be read: not well-formed or truncated XML, a forbidden DOCTYPE/ENTITY declaration,
 * the wrong root element, an unknown schema year, a duplicate child id or a date that is not a date.
 * The message names the line, element path and child where known, and says what to do.
 */
export class CinInputError extends Error {
  readonly line?: number;
  readonly path?: string;
  readonly child?: string;
  /** The problem without the location prefix. */
  readonly reason: string;

  constructor(reason: string, location: CinInputLocation = {}) {
    super(formatMessage(reason, location));
    this.name = 'CinInputError';
    this.reason = reason;
    this.line = location.line;
    this.path = location.path;
    this.child = location.child;
  }
}

function formatMessage(reason: string, { line, path, child }: CinInputLocation): string {
  const where: string[] = [];
  if (line !== undefined) where.push(`line ${line}`);
  if (path) where.push(`element ${path}`);
  if (child) where.push(`child ${child}`);
  return where.length > 0 ? `CIN census XML, ${where.join(', ')}: ${reason}` : `CIN census XML: ${reason}`;
}

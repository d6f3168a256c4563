/** A file Waypoint cannot read as an SSDA903 return, with where the problem is and what to do about it. */
export class Ssda903InputError extends Error {
  /** File name as uploaded ('' when the problem is with the upload as a whole). */
  readonly file: string;
  /** 1-based line of the problem, when there is one. */
  readonly line?: number;
  /** 1-based character position on the line (XML), when known. */
  readonly column?: number;
  /** Column (field) name the problem is in, when there is one. */
  readonly field?: string;

  constructor(message: string, where: { file: string; line?: number; column?: number; field?: string } = { file: '' }) {
    const place = [
      where.file ? `${where.file}` : '',
      where.line !== undefined ? `line ${where.line}` : '',
      where.column !== undefined ? `position ${where.column}` : '',
      where.field ? `column ${where.field}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    super(place ? `${place}: ${message}` : message);
    this.name = 'Ssda903InputError';
    this.file = where.file;
    if (where.line !== undefined) this.line = where.line;
    if (where.column !== undefined) this.column = where.column;
    if (where.field !== undefined) this.field = where.field;
  }
}

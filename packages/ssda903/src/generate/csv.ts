/** CSV writing for generated files (RFC 4180 quoting only where a value needs it). */

/** One CSV line: values containing a comma, quote or line break are quoted, with quotes doubled. */
export function csvLine(values: readonly string[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (i > 0) line += ',';
    line += /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }
  return line;
}

/** A file part of a multipart request: the form field, the file name and its bytes. */
export interface MultipartFile {
  field: string;
  name: string;
  bytes: Uint8Array;
  contentType?: string;
}

/** A multipart/form-data body (as a browser sends a form with files) for `app.inject`. */
export function multipart(fields: Record<string, string>, files: readonly MultipartFile[]) {
  const boundary = `----waypoint${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: ${f.contentType ?? 'text/csv'}\r\n\r\n`,
      ),
      Buffer.from(f.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

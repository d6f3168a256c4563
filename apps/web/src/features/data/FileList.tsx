import { fileSize } from '../../lib/format.ts';
import { tableLabel } from './issue-format.ts';
import type { FileRole } from './types.ts';
import './data.scss';

/** Which slot a file was uploaded in, in words. */
export const ROLE_LABELS: Readonly<Record<FileRole, string>> = {
  current: 'This year',
  previous: 'Last year',
  providers: 'Ofsted provider list',
  postcodes: 'Postcode file',
  authorities: 'Local authority lookup',
};

/** An uploaded file: its slot, name, size, SHA-256 digest and, once read, the table and rows it held. */
export interface ListedFile {
  role: FileRole;
  name: string;
  sizeBytes: number;
  sha256: string;
  table?: string | null;
  rows?: number | null;
}

/** The files of an import with their SHA-256 digests, so an analyst can prove which files were used. */
export function FileList({ files }: { files: readonly ListedFile[] }) {
  return (
    <ul className="govuk-list app-data-files">
      {files.map((f) => (
        <li key={`${f.role}:${f.name}`}>
          <strong>{f.name}</strong> ({ROLE_LABELS[f.role] ?? f.role}, {fileSize(f.sizeBytes)}
          {f.table ? `, ${tableLabel(f.table)}` : ''}
          {typeof f.rows === 'number' ? `, ${f.rows.toLocaleString('en-GB')} rows` : ''})
          <br />
          <span className="govuk-body-s">SHA-256: </span>
          <span className="app-digest">{f.sha256}</span>
        </li>
      ))}
    </ul>
  );
}

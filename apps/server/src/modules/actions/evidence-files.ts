import { createHash } from 'node:crypto';
import { ValidationError } from '../../platform/errors.ts';

/** Evidence uploads: at most this many files per update, each at most this size. */
export const EVIDENCE_LIMITS = { maxFiles: 5, maxBytes: 10 * 1_048_576 } as const;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** File types accepted as evidence, by extension, with the bytes a real file of that type starts with. */
const ACCEPTED: Record<string, { contentType: string; magic?: number[]; text?: boolean }> = {
  pdf: { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: ZIP },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: ZIP },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: ZIP },
  png: { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  csv: { contentType: 'text/csv', text: true },
  txt: { contentType: 'text/plain', text: true },
};

/** The list shown to users next to the upload control. */
export const ACCEPTED_EVIDENCE_TYPES = 'PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), PNG, JPG, CSV or TXT';

/** A checked evidence file ready to store. */
export interface EvidenceUpload {
  fileName: string;
  contentType: string;
  content: Buffer;
  sha256: string;
}

function fail(fileName: string, message: string): never {
  throw new ValidationError(`${fileName}: ${message}`, [{ field: 'evidence', message: `${fileName}: ${message}` }]);
}

/**
 * Checks an uploaded evidence file: allowed type (by extension and by its first bytes, so a renamed program is
 * refused), not empty, not over the size limit. Names the file in every message.
 */
export function checkEvidenceFile(rawName: string, content: Buffer, truncated: boolean): EvidenceUpload {
  const fileName =
    rawName
      .replace(/[/\\]/g, '_')
      .split('')
      .filter((c) => c.charCodeAt(0) >= 32)
      .join('')
      .slice(0, 200) || 'evidence';
  if (truncated || content.length > EVIDENCE_LIMITS.maxBytes) fail(fileName, 'the file must be smaller than 10 MB');
  if (content.length === 0) fail(fileName, 'the file is empty');
  const extension = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  const type = ACCEPTED[extension];
  if (!type) fail(fileName, `the file must be a ${ACCEPTED_EVIDENCE_TYPES}`);
  if (type.magic && !type.magic.every((byte, i) => content[i] === byte)) {
    fail(fileName, `the file is not a real ${extension.toUpperCase()} file`);
  }
  if (type.text && content.subarray(0, 8192).includes(0)) fail(fileName, 'the file is not a text file');
  return {
    fileName,
    contentType: type.contentType,
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

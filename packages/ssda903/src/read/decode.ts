import { Ssda903InputError } from './errors.ts';
import type { SourceFile } from './source-file.ts';

/** Text decoded from an uploaded file and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

const RESAVE = 'Open it in Excel or Notepad and save it again as "CSV UTF-8 (comma delimited)", then upload that file.';

/** True when the sample looks like UTF-16 text: NUL bytes in many odd (or even) positions and few in the others. */
function looksLikeUtf16(sample: Uint8Array): boolean {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (half === 0) return false;
  const [many, few] = oddZeros >= evenZeros ? [oddZeros, evenZeros] : [evenZeros, oddZeros];
  return many > half * 0.3 && few < half * 0.05;
}

/**
 * Decodes an uploaded text file. Accepts UTF-8 (with or without a byte-order mark) and, when the bytes are
 * not valid UTF-8, Windows-1252 (what Excel's plain "CSV" option writes). Rejects empty files, UTF-16 and
 * binary files (such as Excel workbooks) with a message saying how to re-save the file.
 */
export function decodeText(file: SourceFile): DecodedText {
  const bytes = file.bytes;
  if (bytes.length === 0) {
    throw new Ssda903InputError('The file is empty. Check you chose the right file and upload it again.', {
      file: file.name,
    });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Ssda903InputError(`The file is saved as UTF-16 text, which cannot be read. ${RESAVE}`, {
      file: file.name,
    });
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new Ssda903InputError(
      `The file is an Excel workbook (or another zipped file), not a CSV or XML file. ${RESAVE}`,
      { file: file.name },
    );
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (sample.includes(0)) {
    if (looksLikeUtf16(sample)) {
      throw new Ssda903InputError(`The file is saved as UTF-16 text, which cannot be read. ${RESAVE}`, {
        file: file.name,
      });
    }
    throw new Ssda903InputError(`The file is not a text file (it contains binary data). ${RESAVE}`, {
      file: file.name,
    });
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    return { text: windows1252.decode(body), encoding: 'windows-1252' };
  }
}

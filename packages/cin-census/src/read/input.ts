/** What the reader accepts: a whole document, or its chunks as they arrive (e.g. an upload stream). */
export type CinInput = string | Uint8Array | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** A piece of decoded text and how many input bytes (or characters, for string input) it came from. */
export interface TextChunk {
  text: string;
  bytes: number;
}

/** Whole inputs are fed in slices of this size so that only one slice of children is queued at a time. */
const SLICE = 1 << 20;

/** The total size of a whole input (bytes for `Uint8Array`, characters for strings); undefined for streams. */
export function inputSize(input: CinInput): number | undefined {
  if (typeof input === 'string') return input.length;
  if (input instanceof Uint8Array) return input.byteLength;
  return undefined;
}

/**
 * Decodes the input to text chunks. Bytes are decoded as UTF-8 (a BOM is dropped) unless the XML
 * declaration names another encoding the platform's `TextDecoder` knows (e.g. ISO-8859-1, windows-1252).
 */
export async function* textChunks(input: CinInput): AsyncGenerator<TextChunk> {
  if (typeof input === 'string') {
    for (let i = 0; i < input.length; i += SLICE) {
      const text = input.slice(i, i + SLICE);
      yield { text, bytes: text.length };
    }
    return;
  }
  let decoder: TextDecoder | null = null;
  const decode = (bytes: Uint8Array): string => {
    decoder ??= new TextDecoder(sniffEncoding(bytes), { fatal: false });
    return decoder.decode(bytes, { stream: true });
  };
  if (input instanceof Uint8Array) {
    for (let i = 0; i < input.byteLength; i += SLICE) {
      const bytes = input.subarray(i, i + SLICE);
      yield { text: decode(bytes), bytes: bytes.byteLength };
    }
  } else {
    for await (const chunk of input) {
      if (typeof chunk === 'string') {
        yield { text: chunk, bytes: chunk.length };
      } else {
        yield { text: decode(chunk), bytes: chunk.byteLength };
      }
    }
  }
  if (decoder) {
    const rest = (decoder as TextDecoder).decode();
    if (rest) yield { text: rest, bytes: 0 };
  }
}

/** The encoding named in the XML declaration at the start of the bytes, or `utf-8`. */
function sniffEncoding(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(200, bytes.byteLength)));
  const m = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  if (!m) return 'utf-8';
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return 'utf-8';
  }
}

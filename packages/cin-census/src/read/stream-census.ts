import { CensusBuilder, type CensusEvent } from './census-builder.ts';
import { type CinInput, textChunks } from './input.ts';
import { XmlTokenizer } from './tokenizer.ts';

/** Options for {@link streamCensus}. */
export interface StreamCensusOptions {
  /** Called after each input chunk with the bytes (characters, for string input) read so far. */
  onBytes?: (bytesRead: number) => void;
}

/**
 * Reads a CIN census XML without building a DOM: yields the Header first, then one child at a time in
 * document order. Memory holds one input chunk and the children it completes. Throws {@link CinInputError}
 * for input that cannot be read (see the package README).
 */
export async function* streamCensus(input: CinInput, options: StreamCensusOptions = {}): AsyncGenerator<CensusEvent> {
  const builder = new CensusBuilder();
  const tokenizer = new XmlTokenizer(builder);
  builder.attach(tokenizer);
  let bytesRead = 0;
  for await (const chunk of textChunks(input)) {
    tokenizer.write(chunk.text);
    bytesRead += chunk.bytes;
    for (const event of builder.drain()) yield event;
    options.onBytes?.(bytesRead);
  }
  tokenizer.end();
  builder.finish();
  for (const event of builder.drain()) yield event;
}

import { CinInputError } from '../errors.ts';

/** Receives the elements and text of an XML document, in order. */
export interface XmlHandler {
  /** An element starts (local name, namespace prefix removed). */
  open(name: string): void;
  /** An element ends. */
  close(name: string): void;
  /** Character data inside the current element, entities decoded. Called only when `wantsText()` is true. */
  text(text: string): void;
  /** True while the current element's text is needed (a leaf field). */
  wantsText(): boolean;
  /** The LAchildID of the child being read, for error messages. */
  currentChild(): string | undefined;
}

/** Longest single tag, text node or comment accepted (bounds memory on hostile input). */
const MAX_TOKEN_CHARS = 8 * 1024 * 1024;
/** Deepest element nesting accepted (the census is 6 levels deep). */
const MAX_DEPTH = 64;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * A small streaming XML tokenizer for the attribute-free census layout. It never builds a tree: it reports
 * element starts, ends and text to a handler, and keeps only the unparsed tail of the input. DOCTYPE and
 * ENTITY declarations are refused outright (no entity expansion, no external resources); only the five
 * predefined entities and character references are decoded. Attributes (e.g. `xmlns`) are skipped.
 */
export class XmlTokenizer {
  private buf = '';
  private pos = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  /** Lines before `countedPos` in the current buffer are in `line`. */
  private line = 1;
  private countedPos = 0;
  /** Buffer position of the last start tag, or -1 once it has been discarded (its line is then in `lastOpenLineKnown`). */
  private lastOpenPos = -1;
  private lastOpenLineKnown = 1;

  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the next piece of the document. */
  write(chunk: string): void {
    if (this.pos > 0) {
      if (this.lastOpenPos !== -1) {
        // The last start tag is always before `pos` (it has been parsed): remember its line before discarding it.
        this.lastOpenLineKnown = this.lineAt(this.lastOpenPos);
        this.lastOpenPos = -1;
      }
      this.countLinesTo(this.pos);
      this.buf = this.buf.slice(this.pos);
      this.pos = 0;
      this.countedPos = 0;
    }
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    this.parse(false);
  }

  /** Ends the document; throws when it is truncated. */
  end(): void {
    this.parse(true);
    const rest = this.buf.slice(this.pos);
    if (rest.trim() !== '') {
      throw this.error(
        `the file ends inside markup ("${rest.trim().slice(0, 40)}"); it is truncated — export the whole file again`,
        this.pos,
      );
    }
    if (!this.rootSeen) throw this.error('the file is empty: expected a <Message> element', this.pos);
    if (!this.rootClosed) {
      throw this.error(
        `the file is truncated: it ends before </${this.stack[this.stack.length - 1]}> (open elements: ${this.stack.join('/')}) — export the whole file again`,
        this.pos,
      );
    }
  }

  /** The element path currently open, e.g. `Message/Children/Child`. */
  path(): string {
    return this.stack.join('/');
  }

  /** The 1-based line of the most recent start tag (for messages about the element being read). */
  lastOpenLine(): number {
    return this.lastOpenPos === -1 ? this.lastOpenLineKnown : this.lineAt(this.lastOpenPos);
  }

  /** The 1-based line at a position of the current buffer. */
  private lineAt(pos: number): number {
    if (pos >= this.countedPos) {
      this.countLinesTo(pos);
      return this.line;
    }
    let back = 0;
    let i = this.buf.indexOf('\n', pos);
    while (i !== -1 && i < this.countedPos) {
      back++;
      i = this.buf.indexOf('\n', i + 1);
    }
    return this.line - back;
  }

  private countLinesTo(pos: number): void {
    const buf = this.buf;
    let i = buf.indexOf('\n', this.countedPos);
    while (i !== -1 && i < pos) {
      this.line++;
      i = buf.indexOf('\n', i + 1);
    }
    if (pos > this.countedPos) this.countedPos = pos;
  }

  private error(reason: string, pos: number, path = this.path()): CinInputError {
    return new CinInputError(reason, {
      line: this.lineAt(pos),
      path: path || undefined,
      child: this.handler.currentChild(),
    });
  }

  private parse(final: boolean): void {
    const buf = this.buf;
    const handler = this.handler;
    let pos = this.pos;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      const textEnd = lt === -1 ? buf.length : lt;
      if (textEnd > pos) {
        if (lt === -1 && !final) {
          if (buf.length - pos > MAX_TOKEN_CHARS) throw this.error('a text value is longer than 8 MB', pos);
          break; // the text may continue in the next chunk
        }
        this.onText(buf, pos, textEnd);
        pos = textEnd;
      }
      if (lt === -1) break;
      const next = buf.charCodeAt(lt + 1);
      if (Number.isNaN(next)) break;
      if (next === SLASH) {
        const open = this.stack[this.stack.length - 1];
        let gt: number;
        // Fast path: `</Name>` exactly matching the open element, without slicing the name out.
        if (open !== undefined && buf.charCodeAt(lt + 2 + open.length) === GT && buf.startsWith(open, lt + 2)) {
          gt = lt + 2 + open.length;
        } else {
          gt = buf.indexOf('>', lt + 2);
          if (gt === -1) {
            this.checkTokenLength(buf, lt);
            pos = lt;
            break;
          }
          const name = localName(buf.slice(lt + 2, gt).trim());
          if (open === undefined) throw this.error(`closing tag </${name}> without a matching start tag`, lt);
          if (open !== name) {
            throw this.error(
              `closing tag </${name}> does not match the open element <${open}>; the XML is malformed`,
              lt,
            );
          }
        }
        this.stack.pop();
        handler.close(open!);
        if (this.stack.length === 0) this.rootClosed = true;
        pos = gt + 1;
      } else if (next === BANG) {
        const end = this.onDeclaration(buf, lt);
        if (end === -1) {
          pos = lt;
          break;
        }
        pos = end;
      } else if (next === QUESTION) {
        const end = buf.indexOf('?>', lt + 2);
        if (end === -1) {
          this.checkTokenLength(buf, lt);
          pos = lt;
          break;
        }
        pos = end + 2;
      } else {
        const nameEnd = endOfName(buf, lt + 1);
        if (nameEnd === buf.length) {
          this.checkTokenLength(buf, lt);
          pos = lt;
          break;
        }
        let gt: number;
        let selfClosing = false;
        const after = buf.charCodeAt(nameEnd);
        if (after === LT) {
          throw this.error(`"${buf.slice(lt, nameEnd + 1)}" is not a valid start tag; the XML is malformed`, lt);
        }
        if (after === GT) {
          gt = nameEnd;
        } else if (after === SLASH && buf.charCodeAt(nameEnd + 1) === GT) {
          gt = nameEnd + 1;
          selfClosing = true;
        } else {
          gt = findTagEnd(buf, nameEnd);
          if (gt === -1) {
            this.checkTokenLength(buf, lt);
            pos = lt;
            break;
          }
          selfClosing = buf.charCodeAt(gt - 1) === SLASH;
        }
        const name = localName(buf.slice(lt + 1, nameEnd));
        if (name === '' || !isNameStart(name.charCodeAt(0))) {
          throw this.error(
            `"${buf.slice(lt, Math.min(gt + 1, lt + 20))}" is not a valid start tag; the XML is malformed`,
            lt,
          );
        }
        if (this.rootClosed) {
          throw this.error(`element <${name}> after the end of the document element; the XML is malformed`, lt, '');
        }
        this.rootSeen = true;
        if (this.stack.length >= MAX_DEPTH) throw this.error(`elements are nested more than ${MAX_DEPTH} deep`, lt);
        this.stack.push(name);
        this.lastOpenPos = lt;
        handler.open(name);
        if (selfClosing) {
          this.stack.pop();
          handler.close(name);
          if (this.stack.length === 0) this.rootClosed = true;
        }
        pos = gt + 1;
      }
    }
    this.pos = pos;
  }

  private checkTokenLength(buf: string, start: number): void {
    if (buf.length - start > MAX_TOKEN_CHARS) throw this.error('a tag or comment is longer than 8 MB', start);
  }

  private onText(buf: string, start: number, end: number): void {
    if (this.stack.length === 0 || this.rootClosed) {
      if (!isBlank(buf, start, end)) {
        throw this.error(
          `text "${buf.slice(start, Math.min(end, start + 30)).trim()}" outside the <Message> element; the XML is malformed`,
          start,
          '',
        );
      }
      return;
    }
    if (!this.handler.wantsText()) {
      // Ignored text (indentation, stray words) is still checked for unknown entities.
      for (let i = start; i < end; i++) {
        if (buf.charCodeAt(i) === 38) {
          this.decode(buf.slice(start, end), start);
          break;
        }
      }
      return;
    }
    const raw = buf.slice(start, end);
    this.handler.text(raw.indexOf('&') === -1 ? raw : this.decode(raw, start));
  }

  /** Handles `<!…`: comments, CDATA, and the forbidden DOCTYPE/ENTITY. Returns the end, or -1 for more input. */
  private onDeclaration(buf: string, lt: number): number {
    if (buf.startsWith('<!--', lt)) {
      const end = buf.indexOf('-->', lt + 4);
      if (end === -1) {
        this.checkTokenLength(buf, lt);
        return -1;
      }
      return end + 3;
    }
    if (buf.startsWith('<![CDATA[', lt)) {
      const end = buf.indexOf(']]>', lt + 9);
      if (end === -1) {
        this.checkTokenLength(buf, lt);
        return -1;
      }
      if (this.stack.length === 0) throw this.error('CDATA outside the <Message> element; the XML is malformed', lt);
      if (this.handler.wantsText()) this.handler.text(buf.slice(lt + 9, end));
      return end + 3;
    }
    if (buf.length - lt < 9) return -1; // not enough input to tell which declaration this is
    const word = buf.slice(lt + 2, lt + 9).toUpperCase();
    if (word.startsWith('DOCTYPE')) {
      throw this.error(
        'the file contains a DOCTYPE declaration. DOCTYPE and ENTITY declarations are refused because they can ' +
          'expand entities without limit ("billion laughs") or read external files; a CIN census file never needs ' +
          'one — remove it and upload again',
        lt,
      );
    }
    if (word.startsWith('ENTITY')) {
      throw this.error(
        'the file contains an ENTITY declaration. Entity declarations are refused because they can expand without ' +
          'limit or read external files; remove it and upload again',
        lt,
      );
    }
    throw this.error(`unexpected declaration "${buf.slice(lt, lt + 12)}"; the XML is malformed`, lt);
  }

  private decode(raw: string, start: number): string {
    return raw.replace(/&([^;&<\s]{0,12});?/g, (match, body: string) => {
      if (!match.endsWith(';')) {
        throw this.error(`"&" must be written as "&amp;" (found "${match}")`, start);
      }
      if (body.startsWith('#x') || body.startsWith('#X'))
        return this.charRef(Number.parseInt(body.slice(2), 16), match, start);
      if (body.startsWith('#')) return this.charRef(Number.parseInt(body.slice(1), 10), match, start);
      const value = ENTITIES[body];
      if (value === undefined) {
        throw this.error(
          `unknown entity "&${body};" — only &lt; &gt; &amp; &quot; &apos; and character references are allowed (entity declarations are refused)`,
          start,
        );
      }
      return value;
    });
  }

  private charRef(code: number, match: string, pos: number): string {
    if (!Number.isFinite(code) || code < 1 || code > 0x10ffff) {
      throw this.error(`"${match}" is not a valid character reference`, pos);
    }
    return String.fromCodePoint(code);
  }
}

/** Index of the `>` that ends a start tag beginning at `from`, skipping quoted attribute values; -1 if not yet read. */
function findTagEnd(buf: string, from: number): number {
  const gt = buf.indexOf('>', from);
  if (gt === -1) return -1;
  // Fast path: no quote before the '>' means no attribute value can hide it.
  let quoted = false;
  for (let i = from; i < gt; i++) {
    const c = buf.charCodeAt(i);
    if (c === 34 || c === 39) {
      quoted = true;
      break;
    }
  }
  if (!quoted) return gt;
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === GT) return i;
    else if (c === LT) return i; // malformed; let the name check report it
  }
  return -1;
}

/** Index just after the element name starting at `from` (at whitespace, `/` or `>`), or the buffer length. */
function endOfName(buf: string, from: number): number {
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (c === GT || c === SLASH || c === 32 || c === 9 || c === 10 || c === 13 || c === LT) return i;
  }
  return buf.length;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

function isBlank(buf: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) return false;
  }
  return true;
}

import type { Block } from '../blocks.ts';
import { slugify } from '../escape.ts';

/** Collects a report's blocks in order, giving every heading and chart a document-unique id. */
export class ReportWriter {
  private readonly blocks: Block[] = [];
  private readonly ids = new Set<string>();

  /** An id based on `base` that no other element of this report has. */
  uniqueId(base: string): string {
    const slug = slugify(base);
    let id = slug;
    for (let n = 2; this.ids.has(id); n += 1) id = `${slug}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** Adds a heading and returns its id. */
  heading(level: 1 | 2 | 3 | 4, text: string, options: { pageBreakBefore?: boolean; idBase?: string } = {}): string {
    const id = this.uniqueId(options.idBase ?? text);
    this.blocks.push({ type: 'heading', level, text, id, pageBreakBefore: options.pageBreakBefore });
    return id;
  }

  /** Adds blocks as they are. */
  add(...blocks: Block[]): void {
    this.blocks.push(...blocks);
  }

  /** Adds a contents list, filled in by `finish()` with every level 2 heading after it. */
  contents(): void {
    this.blocks.push({ type: 'contents', entries: [] });
  }

  /** The finished blocks. */
  finish(): Block[] {
    const index = this.blocks.findIndex((b) => b.type === 'contents');
    if (index >= 0) {
      const entries = this.blocks
        .slice(index + 1)
        .flatMap((b) => (b.type === 'heading' && b.level === 2 ? [{ id: b.id, text: b.text }] : []));
      this.blocks[index] = { type: 'contents', entries };
    }
    return this.blocks;
  }
}

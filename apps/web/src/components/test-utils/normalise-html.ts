/**
 * Canonical form of an HTML fragment, so markup from React and from GOV.UK Frontend's Nunjucks templates compare
 * equal when they mean the same thing. Rules:
 * - the fragment is parsed by the DOM, so quoting, entity encoding, `<br>` vs `<br/>` and `disabled` vs
 *   `disabled=""` do not matter;
 * - attribute names are lower-cased (the HTML parser lower-cases SVG's `viewBox`, React keeps it) and sorted;
 * - `class` tokens are sorted and de-duplicated (class order has no meaning in CSS selectors);
 * - `style` declarations are written `name:value` and sorted (React writes `white-space:nowrap`, templates may not);
 * - whitespace in text is collapsed to one space and trimmed; whitespace-only text nodes and comments are dropped
 *   (Nunjucks indentation versus React's none);
 * - attributes listed in `ignoreAttributes` (as `name` or `tag[name]`) are removed on both sides; each test file says
 *   why it ignores any.
 * The result has one node per line, indented, so a failing test shows a readable diff.
 */
export interface NormaliseOptions {
  /** Attributes to drop, as `name` (any element) or `tag[name]`, for example `option[selected]`. */
  readonly ignoreAttributes?: readonly string[];
}

/** Returns the canonical, line-per-node form of an HTML fragment (see the module comment for the rules). */
export function normaliseHtml(html: string, options: NormaliseOptions = {}): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const ignored = new Set((options.ignoreAttributes ?? []).map((a) => a.toLowerCase()));
  const lines: string[] = [];
  for (const node of Array.from(template.content.childNodes)) writeNode(node, 0, ignored, lines);
  return lines.join('\n');
}

function writeNode(node: Node, depth: number, ignored: ReadonlySet<string>, lines: string[]): void {
  const indent = '  '.repeat(depth);
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(indent + JSON.stringify(text));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  const attributes = Array.from(element.attributes)
    .map((a) => ({ name: a.name.toLowerCase(), value: a.value }))
    .filter((a) => !ignored.has(a.name) && !ignored.has(`${tag}[${a.name}]`))
    .map((a) => (a.name === 'class' ? { ...a, value: normaliseClass(a.value) } : a))
    .map((a) => (a.name === 'style' ? { ...a, value: normaliseStyle(a.value) } : a))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((a) => ` ${a.name}=${JSON.stringify(a.value.replace(/\s+/g, ' ').trim())}`)
    .join('');
  lines.push(`${indent}<${tag}${attributes}>`);
  const children = tag === 'template' ? (element as HTMLTemplateElement).content.childNodes : element.childNodes;
  for (const child of Array.from(children)) writeNode(child, depth + 1, ignored, lines);
}

function normaliseClass(value: string): string {
  return Array.from(new Set(value.split(/\s+/).filter((c) => c !== '')))
    .sort()
    .join(' ');
}

function normaliseStyle(value: string): string {
  return value
    .split(';')
    .map((declaration) => declaration.split(':').map((part) => part.trim()))
    .filter((parts) => parts.length >= 2 && parts[0] !== '')
    .map(([name, ...rest]) => `${name?.toLowerCase()}:${rest.join(':')}`)
    .sort()
    .join(';');
}

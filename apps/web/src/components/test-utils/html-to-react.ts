import { createElement, Fragment, type ReactNode } from 'react';

// Test helper: turns a fixture's Nunjucks `html` option into React nodes, so components take `ReactNode` content
// instead of raw HTML strings. Only the attributes that appear in GOV.UK Frontend fixtures are mapped.
const attributeNames: Readonly<Record<string, string>> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  viewbox: 'viewBox',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  autocomplete: 'autoComplete',
  inputmode: 'inputMode',
  spellcheck: 'spellCheck',
  'fill-rule': 'fillRule',
  'clip-rule': 'clipRule',
  'stroke-width': 'strokeWidth',
  'stroke-linecap': 'strokeLinecap',
  'stroke-linejoin': 'strokeLinejoin',
  'xlink:href': 'xlinkHref',
  'xml:space': 'xmlSpace',
  'xmlns:xlink': 'xmlnsXlink',
  checked: 'defaultChecked',
  value: 'defaultValue',
};
const booleanAttributes = new Set(['hidden', 'disabled', 'checked', 'readonly', 'multiple', 'open', 'required']);

/** Parses an HTML fragment into React nodes (test helper for Nunjucks `html` options). */
export function htmlToReact(html: string): ReactNode {
  const template = document.createElement('template');
  template.innerHTML = html;
  return toNodes(template.content.childNodes, 'h');
}

function toNodes(nodes: NodeListOf<ChildNode>, keyPrefix: string): ReactNode {
  const out = Array.from(nodes).map((node, index) => toNode(node, `${keyPrefix}-${index}`));
  return out.length === 1 ? out[0] : createElement(Fragment, null, ...out);
}

function toNode(node: ChildNode, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const props: Record<string, unknown> = { key };
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    const propName = attributeNames[name] ?? name;
    if (name === 'style') props.style = parseStyle(attribute.value);
    else props[propName] = booleanAttributes.has(name) ? true : attribute.value;
  }
  const tag = element.tagName.toLowerCase() === element.tagName ? element.tagName : element.tagName.toLowerCase();
  const children = Array.from(element.childNodes).map((child, index) => toNode(child, `${key}-${index}`));
  return createElement(tag, props, ...(children.length > 0 ? children : []));
}

function parseStyle(value: string): Record<string, string> {
  const style: Record<string, string> = {};
  for (const declaration of value.split(';')) {
    const [property, ...rest] = declaration.split(':');
    if (property === undefined || rest.length === 0) continue;
    const camel = property.trim().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    style[camel] = rest.join(':').trim();
  }
  return style;
}

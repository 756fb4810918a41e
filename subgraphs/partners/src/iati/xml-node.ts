/**
 * A small element tree of ONE activity, built from SAX events and dropped once
 * the activity is read, so memory follows the largest activity, never the file.
 */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((child) => child.name === name);
}

export function firstNamed(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((child) => child.name === name);
}

/** An attribute's trimmed value, or null when absent or blank. */
export function attr(node: XmlNode | undefined, name: string): string | null {
  const value = node?.attrs[name]?.trim();
  return value ? value : null;
}

/** The text of an element's first `<narrative>`, trimmed; null when there is none or it is blank. */
export function narrative(node: XmlNode | undefined): string | null {
  const first = node ? firstNamed(node, 'narrative') : undefined;
  const text = first?.text.trim();
  return text ? text : null;
}

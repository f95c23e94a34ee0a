import type { HtmlElement, HtmlNode } from './html-tree.js';

/** DOM helpers for htmlparser2's tree, every walk iterative (a page may nest 100,000 elements deep). */
export function isElement(node: HtmlNode): node is HtmlElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The elements below `nodes` in document order. */
export function* preOrder(nodes: HtmlNode[]): Generator<HtmlElement> {
  const stack: HtmlNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}

/** The text of a node and all below it, in document order. */
export function textContent(node: HtmlNode): string {
  if (node.type === 'text') return String((node as { data: string }).data);
  let text = '';
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at.type === 'text') text += (at as { data: string }).data;
    else if ('children' in at) for (let i = at.children.length - 1; i >= 0; i--) stack.push(at.children[i] as HtmlNode);
  }
  return text;
}

// DOM → text blocks. textContent runs block elements together ("…end.Next paragraph"), so the
// tree is walked and every block boundary (p, h1–h6, li, blockquote, figcaption, pre, div,
// table cells, a double <br>…) closes the current run of text. Iterative, so deep nesting
// cannot overflow the stack.
import { collapseWhitespace } from './normalize.ts';

export interface TextBlock {
  /** Lower-case tag of the innermost block element holding the text ('' at the root). */
  tag: string;
  text: string;
}

/** Elements that start a new block. */
// prettier-ignore
const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'pre',
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'address',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'details', 'summary', 'form', 'fieldset', 'legend', 'hr', 'body', 'html',
]);

/** Elements whose content is never text. */
// prettier-ignore
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'button', 'textarea', 'head', 'title',
]);

/** The nearest sibling in `dir` that is not whitespace-only text or a comment. */
function significantSibling(node: Node, dir: 'previousSibling' | 'nextSibling'): Node | null {
  let n = node[dir];
  while (n && (n.nodeType === 8 || (n.nodeType === 3 && !/\S/.test(n.nodeValue ?? '')))) n = n[dir];
  return n;
}

/** A <br> next to another <br> separates paragraphs; a lone <br> is just a line break. */
function isParagraphBreak(br: Node): boolean {
  const isBr = (n: Node | null): boolean => n?.nodeType === 1 && (n as Element).tagName.toLowerCase() === 'br';
  return isBr(significantSibling(br, 'previousSibling')) || isBr(significantSibling(br, 'nextSibling'));
}

type Frame = { node: Node; exit: false } | { node: Node; exit: true; tag: string };

/** The text blocks under `root`, in document order; empty blocks are dropped. */
export function collectBlocks(root: Node, skip: ReadonlySet<string> = new Set()): TextBlock[] {
  const blocks: TextBlock[] = [];
  const tags: string[] = [];
  let parts: string[] = [];
  let preDepth = 0;

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    const tag = tags[tags.length - 1] ?? '';
    // Inside <pre> each source line is its own block; elsewhere whitespace collapses.
    for (const piece of preDepth > 0 ? raw.split('\n') : [raw]) {
      const text = collapseWhitespace(piece);
      if (text !== '') blocks.push({ tag, text });
    }
  };

  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node } = frame;
    if (frame.exit) {
      flush();
      tags.pop();
      if (frame.tag === 'pre') preDepth--;
      continue;
    }
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
    if (NEVER_TEXT.has(tag) || skip.has(tag)) continue;
    if (tag === 'br') {
      // Inside <pre> a line break ends a line; elsewhere only a double <br> ends a block.
      if (preDepth > 0) parts.push('\n');
      else if (isParagraphBreak(node)) flush();
      else parts.push(' ');
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      tags.push(tag);
      if (tag === 'pre') preDepth++;
      stack.push({ node, exit: true, tag });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return blocks;
}

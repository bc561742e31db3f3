// Page furniture: site navigation, sidebars, site headers and footers. Removed before
// Readability runs (it otherwise may pick a footer paragraph on pages with no article) and
// skipped by the plain walk used for pages too large for Readability.

/** Tags skipped wholesale by the plain walk of a page. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'form', 'dialog']);

/** Always furniture, wherever they are. */
const ALWAYS = 'nav, aside, [role="navigation"], [role="complementary"]';
/** Furniture unless inside the article or main content (article headers hold headlines/dates). */
const OUTSIDE_CONTENT = 'header, footer, [role="banner"], [role="contentinfo"]';

/** Upper bound on elements removed, to keep the pass linear on pathological pages. */
const MAX_REMOVALS = 5000;

function insideContent(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const tag = p.tagName.toLowerCase();
    if (tag === 'article' || tag === 'main' || p.getAttribute('role') === 'main') return true;
  }
  return false;
}

/** Removes navigation, sidebars and site-level headers/footers from `doc` in place. */
export function removeFurniture(doc: Document): number {
  let removed = 0;
  const always = doc.querySelectorAll(ALWAYS);
  for (let i = 0; i < always.length && removed < MAX_REMOVALS; i++) {
    always[i]?.remove();
    removed++;
  }
  const outside = doc.querySelectorAll(OUTSIDE_CONTENT);
  for (let i = 0; i < outside.length && removed < MAX_REMOVALS; i++) {
    const el = outside[i];
    if (el && el.isConnected && !insideContent(el)) {
      el.remove();
      removed++;
    }
  }
  return removed;
}

export interface TreeShape {
  elements: number;
  depth: number;
}

/**
 * Counts elements and the deepest nesting under `root`, stopping early once either exceeds
 * its cap (the caller only needs to know that the page is too big for Readability).
 */
export function measureTree(root: Element, maxElements: number, maxDepth: number): TreeShape {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    if (elements > maxElements || depth > maxDepth) break;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { elements, depth };
}

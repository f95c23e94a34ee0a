import type { AnyNode, Element } from 'domhandler';
import { boilerplateKind, contentHint, INVISIBLE, isHidden, weakBoilerplate } from './html-boilerplate.js';

/**
 * Finds the article in a web page: which elements hold its text and which are
 * the page around it (navigation, comments, teasers, share bars …). Works on
 * the parsed DOM without changing it, so that every kept text node still
 * points at its place in the file. Every walk is iterative: a page nested
 * 100,000 elements deep is read like any other.
 *
 * The choice follows the content, as Readability and trafilatura do:
 *  1. boilerplate subtrees are set aside by tag, ARIA role and class/id words
 *     (html-boilerplate.ts), unless they hold most of the page's prose;
 *  2. every prose block scores by its length and commas, the score flowing to
 *     its parent and grandparent; an element's score is discounted by its link
 *     density, and the best-scoring element is the article's core;
 *  3. the core grows to the ancestor that holds the article's prose around it
 *     (a headline and standfirst beside the body, paragraphs split by a
 *     picture), and JSON-LD `articleBody`, when the page has one, must lie inside;
 *  4. inside the article, link-dense lists and blocks (teasers, tag clouds) go.
 */
export interface Extraction {
  /** The elements whose text is the article, in document order (none: the whole page). */
  roots: Element[];
  /** Subtrees inside the roots that are not article text. */
  dropped: Set<Element>;
  /** The page's headline when it stands outside the roots. */
  headline: Element | null;
}

interface Stats {
  /** Visible characters (whitespace excluded) of the subtree, boilerplate included. */
  text: number;
  /** Of those, inside links. */
  linkText: number;
  /** Visible characters outside boilerplate subtrees. */
  kept: number;
  /** Characters in prose blocks outside boilerplate (paragraph-like, low link density). */
  prose: number;
  /** Commas in own text, for the block score. */
  commas: number;
}

const PROSE_TAGS = new Set(['p', 'blockquote', 'pre', 'td', 'dd', 'li', 'figcaption']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCK_CHILDREN = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'table', 'ul', 'ol', 'dl', 'blockquote', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form', 'nav', 'pre', 'address',
]);
/** A prose block: this many visible characters at least. */
const MIN_PROSE = 25;

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

const nameOf = (el: Element): string => el.name.toLowerCase();

function countVisible(data: string): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) continue;
    chars++;
    if (c === 44) commas++;
  }
  return { chars, commas };
}

/** The elements below `nodes` in document order, iteratively. */
export function* preOrder(nodes: AnyNode[]): Generator<Element> {
  const stack: AnyNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}

/** Children of the root listed in post-order (children before their parent), iteratively. */
function postOrder(root: AnyNode[]): Element[] {
  const out: Element[] = [];
  const stack: Array<{ el: Element; next: number }> = [];
  const pushChildren = (nodes: AnyNode[]): void => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (isElement(node)) stack.push({ el: node, next: -1 });
    }
  };
  pushChildren(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next === -1) {
      top.next = 0;
      pushChildren(top.el.children);
      continue;
    }
    stack.pop();
    out.push(top.el);
  }
  // Children were pushed above their parent, so a parent is emitted only after all of them.
  return out;
}

function tagWeight(name: string): number {
  if (name === 'article' || name === 'main') return 10;
  if (name === 'div' || name === 'section') return 5;
  if (name === 'pre' || name === 'td' || name === 'blockquote') return 3;
  if (name === 'ol' || name === 'ul' || name === 'dl' || name === 'dd' || name === 'dt' || name === 'li' || name === 'form') return -3;
  if (/^h[1-6]$/.test(name) || name === 'th') return -5;
  return 0;
}

export function extractArticle(dom: AnyNode[], options: { chooseRoot: boolean }): Extraction {
  const elements = postOrder(dom);
  const extraction = extractFrom(dom, elements, { ...options, byClass: true });
  // A page whose prose all sits under furniture names (a forum thread is all "comments") is
  // read with the structural signs alone.
  if (options.chooseRoot && extraction.prose < Math.min(500, 0.1 * extraction.pageProse)) return extractFrom(dom, elements, { ...options, byClass: false });
  return extraction;
}

function extractFrom(dom: AnyNode[], elements: Element[], options: { chooseRoot: boolean; byClass: boolean }): Extraction & { prose: number; pageProse: number } {
  const stats = new Map<Element, Stats>();
  const proseBlocks = new Set<Element>();
  const looseProse = new Map<Element, number>();
  let pageProse = 0;
  for (const el of elements) {
    const s: Stats = { text: 0, linkText: 0, kept: 0, prose: 0, commas: 0 };
    stats.set(el, s);
    const name = nameOf(el);
    if (INVISIBLE.has(name) || isHidden(el)) continue;
    let hasBlockChild = false;
    let own = 0; // text outside block children: running text beside <br>s and pictures
    let ownLinks = 0;
    for (const child of el.children) {
      if (child.type === 'text') {
        const { chars, commas } = countVisible(child.data);
        s.text += chars;
        s.commas += commas;
        own += chars;
      } else if (isElement(child)) {
        const c = stats.get(child)!;
        s.text += c.text;
        s.linkText += c.linkText;
        s.prose += c.prose;
        if (BLOCK_CHILDREN.has(nameOf(child))) hasBlockChild = true;
        else {
          s.commas += c.commas;
          own += c.text;
          ownLinks += c.linkText;
        }
      }
    }
    if (name === 'a') s.linkText = s.text;
    const isProse = (PROSE_TAGS.has(name) || (name === 'div' && !hasBlockChild)) && s.text >= MIN_PROSE && s.linkText < 0.5 * s.text;
    if (isProse && s.prose === 0) {
      proseBlocks.add(el);
      s.prose = s.text;
      pageProse += s.text;
    } else if (hasBlockChild && own >= 2 * MIN_PROSE && ownLinks < 0.5 * own && name !== 'body' && name !== 'html') {
      // Readability turns such text into paragraphs; here it counts as the element's own prose.
      proseBlocks.add(el);
      looseProse.set(el, own);
      s.prose += own;
      pageProse += own;
    }
  }

  // A boilerplate pattern on an element that holds most of the page's prose names a wrapper
  // ("page-with-sidebar"), not a sidebar: it stays.
  const boilerplate = new Set<Element>();
  for (const el of elements) {
    if (boilerplateKind(el, options.byClass) !== null && stats.get(el)!.prose <= 0.5 * pageProse) boilerplate.add(el);
  }
  // What each element keeps once boilerplate is set aside (children before parents).
  for (const el of elements) {
    const s = stats.get(el)!;
    s.kept = 0;
    s.prose = 0;
    if (boilerplate.has(el) || INVISIBLE.has(nameOf(el)) || isHidden(el)) continue;
    for (const child of el.children) {
      if (child.type === 'text') s.kept += countVisible(child.data).chars;
      else if (isElement(child)) {
        const c = stats.get(child)!;
        s.kept += c.kept;
        s.prose += c.prose;
      }
    }
    if (looseProse.has(el)) s.prose += looseProse.get(el)!;
    else if (proseBlocks.has(el) && s.prose === 0) s.prose = s.kept;
  }

  const hidden = new Set<Element>(); // boilerplate, invisible or hidden, or inside such an element
  for (const el of preOrder(dom)) {
    const parent = parentElement(el);
    if ((parent && hidden.has(parent)) || boilerplate.has(el) || INVISIBLE.has(nameOf(el)) || isHidden(el)) hidden.add(el);
  }

  // Scores: each prose block outside boilerplate gives its score to its parent and grandparent.
  const scores = new Map<Element, number>();
  for (const el of proseBlocks) {
    const s = stats.get(el)!;
    if (hidden.has(el)) continue; // inside boilerplate
    const loose = looseProse.get(el);
    const blockScore = 1 + s.commas + Math.min(Math.floor((loose ?? s.kept) / 100), 3);
    let level = 0;
    for (let at = loose !== undefined ? el : parentElement(el); at && level < 3; at = parentElement(at), level++) {
      if (!scores.has(at)) scores.set(at, tagWeight(nameOf(at)) + contentHint(at));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(at, scores.get(at)! + blockScore / divider);
    }
  }
  let core: Element | null = null;
  let best = 0;
  for (const [el, raw] of scores) {
    if (hidden.has(el)) continue;
    const s = stats.get(el)!;
    const score = raw * (1 - (s.text > 0 ? s.linkText / s.text : 0));
    if (score > best) {
      best = score;
      core = el;
    }
  }
  if (!options.chooseRoot) return { roots: [], dropped: boilerplate, headline: null, prose: 0, pageProse };
  const headline = elements.find((el) => nameOf(el) === 'h1' && !hidden.has(el)) ?? null; // post-order: the first h1 not inside another
  if (!core) return { roots: [], dropped: boilerplate, headline: null, prose: 0, pageProse };

  // Grow the core while its parent adds prose (a body split by a picture, a standfirst above it) and little else.
  let root: Element = core;
  for (let parent = parentElement(root); parent && nameOf(parent) !== 'body' && nameOf(parent) !== 'html'; parent = parentElement(parent)) {
    const inner = stats.get(root)!;
    const outer = stats.get(parent)!;
    const addedProse = outer.prose - inner.prose;
    const addedOther = outer.kept - inner.kept - addedProse;
    if (addedOther > 2 * addedProse + 200) break;
    root = parent;
  }

  const dropped = new Set<Element>();
  const inRoot = postOrder(root.children);
  const inRootSet = new Set(inRoot);
  for (const el of boilerplate) if (inRootSet.has(el)) dropped.add(el);
  // A list of links that is most of the article (a link roll) is the article.
  const mostOfRoot = 0.5 * stats.get(root)!.kept;
  for (const el of inRoot) {
    const s = stats.get(el)!;
    if (LINK_LISTS.has(nameOf(el)) && s.linkText > 0.4 * s.text && s.prose < 0.2 * s.kept && s.kept < mostOfRoot) dropped.add(el);
    else if (s.linkText > 0.25 * s.text && weakBoilerplate(el)) dropped.add(el);
  }
  const prose = dropOrphans(inRoot, stats, dropped, root);
  return { roots: [root], dropped, headline: headline && headline !== root && !inRootSet.has(headline) ? headline : null, prose, pageProse };
}

/**
 * What is left of a teaser box or a "Mehr zum Thema" section once its list is gone: a container
 * that lost part of itself and keeps no prose, and a heading followed by nothing but dropped
 * elements, go too.
 */
/** Returns the prose the root keeps. */
function dropOrphans(inRoot: Element[], stats: Map<Element, Stats>, dropped: Set<Element>, root: Element): number {
  const residual = new Map<Element, { prose: number; kept: number; lost: boolean }>();
  for (const el of inRoot) {
    // inRoot is in post-order: children first.
    const r = { prose: 0, kept: 0, lost: false };
    residual.set(el, r);
    if (dropped.has(el)) continue;
    const s = stats.get(el)!;
    for (const child of el.children) {
      if (child.type === 'text') r.kept += countVisible(child.data).chars;
      else if (isElement(child)) {
        const c = residual.get(child);
        if (!c) continue;
        if (dropped.has(child)) r.lost = true;
        r.prose += c.prose;
        r.kept += c.kept;
        r.lost ||= c.lost;
      }
    }
    if (s.prose > 0 && r.prose === 0 && !r.lost) r.prose = r.kept; // a prose block itself
    if (r.lost && r.prose === 0 && r.kept < 200) {
      dropped.add(el);
      r.kept = 0;
    }
  }
  // A heading followed, up to the next heading, by nothing but dropped elements: one pass over each parent's children.
  for (const parent of [root, ...inRoot]) {
    if (dropped.has(parent)) continue;
    let heading: Element | null = null;
    let followers = 0;
    let allDropped = true;
    const settle = (): void => {
      if (heading && followers > 0 && allDropped) dropped.add(heading);
    };
    for (const child of parent.children) {
      if (child.type === 'text') {
        if (countVisible(child.data).chars > 0) allDropped = false;
        continue;
      }
      if (!isElement(child)) continue;
      if (HEADINGS.has(nameOf(child))) {
        settle();
        heading = dropped.has(child) ? null : child;
        followers = 0;
        allDropped = true;
        continue;
      }
      followers++;
      if (!dropped.has(child) && (residual.get(child)?.kept ?? 0) > 0) allDropped = false;
    }
    settle();
  }
  let prose = 0;
  for (const child of root.children) if (isElement(child) && !dropped.has(child)) prose += residual.get(child)?.prose ?? 0;
  return prose;
}

const LINK_LISTS = new Set(['ul', 'ol', 'div', 'section', 'table', 'p', 'dl']);

function parentElement(el: Element): Element | null {
  const parent = el.parent;
  return parent && parent.type !== 'root' && isElement(parent as AnyNode) ? (parent as Element) : null;
}

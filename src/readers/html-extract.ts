import type { HtmlElement, HtmlNode } from './html-tree.js';
import { boilerplateKind, contentHint, INVISIBLE, isHidden, weakBoilerplate } from './html-boilerplate.js';
import { isElement, textContent } from './html-dom.js';

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
 *     (a headline and standfirst beside the body, paragraphs split by a picture);
 *  4. inside the article, link-dense lists and blocks (teasers, tag clouds) go,
 *     then what is left of them, the lines every CMS prints (bylines, comment
 *     prompts) and teaser sections under their heading;
 *  5. a page whose prose all sits under furniture names is read again with the
 *     structural signs alone.
 * How well, on real pages: docs/measurements/real-de.md.
 */
export interface Extraction {
  /** The elements whose text is the article, in document order (none: the whole page). */
  roots: HtmlElement[];
  /** Subtrees inside the roots that are not article text. */
  dropped: Set<HtmlElement>;
  /** The page's headline when it stands outside the roots. */
  headline: HtmlElement | null;
}

const PROSE_TAGS = new Set(['p', 'blockquote', 'pre', 'td', 'dd', 'li', 'figcaption']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCK_CHILDREN = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'table', 'ul', 'ol', 'dl', 'blockquote', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form', 'nav', 'pre', 'address',
]);
/** A prose block: this many visible characters at least. */
const MIN_PROSE = 25;

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

/**
 * The page's elements in document order (pre-order), with what every pass needs as flat arrays
 * indexed by that order: a parent's index is below its children's, so one backward pass sees
 * every element after all of its descendants, and an element's subtree is the index range
 * [i, end[i]).
 */
class PageTree {
  readonly els: HtmlElement[] = [];
  readonly names: string[] = [];
  readonly parent: Int32Array;
  readonly end: Int32Array;
  /** Invisible by tag or attribute (the element itself). */
  readonly invisible: Uint8Array;
  readonly block: Uint8Array;
  /** Visible characters and commas of the element's own text nodes. */
  readonly ownText: Int32Array;
  readonly ownCommas: Int32Array;
  /** Has a heading among its children (the orphaned-heading pass looks only there). */
  readonly headingParent: Uint8Array;
  private readonly furniture = new Map<boolean, Uint8Array>();

  constructor(dom: HtmlNode[]) {
    const parents: number[] = [];
    const stack: Array<{ node: HtmlNode; parent: number }> = [];
    for (let i = dom.length - 1; i >= 0; i--) stack.push({ node: dom[i], parent: -1 });
    while (stack.length > 0) {
      const { node, parent } = stack.pop()!;
      if (!isElement(node)) continue;
      const index = this.els.length;
      this.els.push(node);
      this.names.push(node.name.toLowerCase());
      parents.push(parent);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], parent: index });
    }
    const n = this.els.length;
    this.parent = Int32Array.from(parents);
    this.end = new Int32Array(n);
    this.invisible = new Uint8Array(n);
    this.block = new Uint8Array(n);
    this.ownText = new Int32Array(n);
    this.ownCommas = new Int32Array(n);
    this.headingParent = new Uint8Array(n);
    const size = new Int32Array(n).fill(1);
    for (let i = n - 1; i >= 0; i--) {
      if (this.parent[i] >= 0) size[this.parent[i]] += size[i];
      this.end[i] = i + size[i];
      const el = this.els[i];
      this.invisible[i] = INVISIBLE.has(this.names[i]) || isHidden(el) ? 1 : 0;
      this.block[i] = BLOCK_CHILDREN.has(this.names[i]) ? 1 : 0;
      if (this.parent[i] >= 0 && HEADINGS.has(this.names[i])) this.headingParent[this.parent[i]] = 1;
      for (const child of el.children) {
        if (child.type !== 'text') continue;
        const { chars, commas } = countVisible(child.data);
        this.ownText[i] += chars;
        this.ownCommas[i] += commas;
      }
    }
  }

  get size(): number {
    return this.els.length;
  }

  /** Whether each element is furniture by its tag, role or (with `byClass`) class words; computed once per tree and mode. */
  furnitureFlags(byClass: boolean): Uint8Array {
    let flags = this.furniture.get(byClass);
    if (!flags) {
      flags = new Uint8Array(this.size);
      for (let i = 0; i < this.size; i++) flags[i] = boilerplateKind(this.els[i], byClass) !== null ? 1 : 0;
      this.furniture.set(byClass, flags);
    }
    return flags;
  }
}

function tagWeight(name: string): number {
  if (name === 'article' || name === 'main') return 10;
  if (name === 'div' || name === 'section') return 5;
  if (name === 'pre' || name === 'td' || name === 'blockquote') return 3;
  if (name === 'ol' || name === 'ul' || name === 'dl' || name === 'dd' || name === 'dt' || name === 'li' || name === 'form') return -3;
  if (/^h[1-6]$/.test(name) || name === 'th') return -5;
  return 0;
}

export function extractArticle(dom: HtmlNode[], options: { chooseRoot: boolean }): Extraction {
  const tree = new PageTree(dom);
  const extraction = extractFrom(tree, { ...options, byClass: true });
  // A page whose prose all sits under furniture names (a forum thread is all "comments") is
  // read with the structural signs alone.
  if (options.chooseRoot && extraction.prose < Math.min(500, 0.1 * extraction.pageProse)) return extractFrom(tree, { ...options, byClass: false });
  return extraction;
}

function extractFrom(tree: PageTree, options: { chooseRoot: boolean; byClass: boolean }): Extraction & { prose: number; pageProse: number } {
  const n = tree.size;
  const { names, parent, invisible } = tree;
  const text = new Int32Array(n);
  const linkText = new Int32Array(n);
  const commas = new Int32Array(n);
  const rawProse = new Int32Array(n);
  const own = new Int32Array(n); // text outside block children: running text beside <br>s and pictures
  const ownLinks = new Int32Array(n);
  const hasBlockChild = new Uint8Array(n);
  const proseBlock = new Uint8Array(n);
  const loose = new Int32Array(n).fill(-1);
  let pageProse = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (!invisible[i]) {
      text[i] += tree.ownText[i];
      commas[i] += tree.ownCommas[i];
      own[i] += tree.ownText[i];
      const name = names[i];
      if (name === 'a') linkText[i] = text[i];
      const isProse = (PROSE_TAGS.has(name) || (name === 'div' && !hasBlockChild[i])) && text[i] >= MIN_PROSE && linkText[i] < 0.5 * text[i];
      if (isProse && rawProse[i] === 0) {
        proseBlock[i] = 1;
        rawProse[i] = text[i];
        pageProse += text[i];
      } else if (hasBlockChild[i] && own[i] >= 2 * MIN_PROSE && ownLinks[i] < 0.5 * own[i] && name !== 'body' && name !== 'html') {
        // Readability turns such text into paragraphs; here it counts as the element's own prose.
        proseBlock[i] = 1;
        loose[i] = own[i];
        rawProse[i] += own[i];
        pageProse += own[i];
      }
    } else {
      text[i] = linkText[i] = commas[i] = rawProse[i] = 0;
    }
    const p = parent[i];
    if (p < 0) continue;
    text[p] += text[i];
    linkText[p] += linkText[i];
    rawProse[p] += rawProse[i];
    if (tree.block[i]) hasBlockChild[p] = 1;
    else {
      commas[p] += commas[i];
      own[p] += text[i];
      ownLinks[p] += linkText[i];
    }
  }

  // A boilerplate pattern on an element that holds most of the page's prose names a wrapper
  // ("page-with-sidebar"), not a sidebar: it stays.
  const furniture = tree.furnitureFlags(options.byClass);
  const boilerplate = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (furniture[i] && rawProse[i] <= 0.5 * pageProse) boilerplate[i] = 1;
  // What each element keeps once boilerplate is set aside.
  const kept = new Int32Array(n);
  const prose = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (boilerplate[i] || invisible[i]) {
      kept[i] = prose[i] = 0;
      continue;
    }
    kept[i] += tree.ownText[i];
    if (loose[i] >= 0) prose[i] += loose[i];
    else if (proseBlock[i] && prose[i] === 0) prose[i] = kept[i];
    const p = parent[i];
    if (p >= 0) {
      kept[p] += kept[i];
      prose[p] += prose[i];
    }
  }
  const hidden = new Uint8Array(n); // boilerplate, invisible or hidden, or inside such an element
  for (let i = 0; i < n; i++) hidden[i] = (parent[i] >= 0 && hidden[parent[i]]) || boilerplate[i] || invisible[i] ? 1 : 0;
  const boilerplateSet = (): Set<HtmlElement> => new Set(tree.els.filter((_, i) => boilerplate[i]));
  if (!options.chooseRoot) return { roots: [], dropped: boilerplateSet(), headline: null, prose: 0, pageProse };

  // Scores: each prose block outside boilerplate gives its score to its parent and grandparent.
  const scores = new Float64Array(n);
  const scored = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!proseBlock[i] || hidden[i]) continue;
    const blockScore = 1 + commas[i] + Math.min(Math.floor((loose[i] >= 0 ? loose[i] : kept[i]) / 100), 3);
    let level = 0;
    for (let at = loose[i] >= 0 ? i : parent[i]; at >= 0 && level < 3; at = parent[at], level++) {
      if (!scored[at]) {
        scored[at] = 1;
        scores[at] = tagWeight(names[at]) + contentHint(tree.els[at]);
      }
      scores[at] += blockScore / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  let core = -1;
  let best = 0;
  for (let i = 0; i < n; i++) {
    if (!scored[i] || hidden[i]) continue;
    const score = scores[i] * (1 - (text[i] > 0 ? linkText[i] / text[i] : 0));
    if (score > best) {
      best = score;
      core = i;
    }
  }
  if (core < 0) return { roots: [], dropped: boilerplateSet(), headline: null, prose: 0, pageProse };
  let headline = -1;
  for (let i = 0; i < n && headline < 0; i++) if (names[i] === 'h1' && !hidden[i]) headline = i;

  // Grow the core while its parent adds prose (a body split by a picture, a standfirst above it) and little else.
  let root = core;
  for (let up = parent[root]; up >= 0 && names[up] !== 'body' && names[up] !== 'html'; up = parent[up]) {
    const addedProse = prose[up] - prose[root];
    const addedOther = kept[up] - kept[root] - addedProse;
    if (addedOther > 2 * addedProse + 200) break;
    root = up;
  }

  const dropped = new Uint8Array(n);
  // A list of links that is most of the article (a link roll) is the article.
  const mostOfRoot = 0.5 * kept[root];
  for (let i = root + 1; i < tree.end[root]; i++) {
    if (boilerplate[i]) dropped[i] = 1;
    else if (LINK_LISTS.has(names[i]) && linkText[i] > 0.4 * text[i] && prose[i] < 0.2 * kept[i] && kept[i] < mostOfRoot) dropped[i] = 1;
    else if (linkText[i] > 0.25 * text[i] && weakBoilerplate(tree.els[i])) dropped[i] = 1;
  }
  dropFurnitureText(tree, root, text, prose, dropped);
  dropCommentSection(tree, root, dropped);
  dropLayoutCopies(tree, root, proseBlock, loose, dropped);
  const rootProse = dropOrphans(tree, root, prose, dropped);
  const droppedSet = new Set<HtmlElement>();
  for (let i = root + 1; i < tree.end[root]; i++) if (dropped[i]) droppedSet.add(tree.els[i]);
  const outside = headline >= 0 && (headline < root || headline >= tree.end[root]);
  return { roots: [tree.els[root]], dropped: droppedSet, headline: outside ? tree.els[headline] : null, prose: rootProse, pageProse };
}

/**
 * The short lines every CMS prints around an article, whatever its markup calls them: bylines
 * and dates ("Verfasst von …", "Erstellt am …", "This entry was posted in …", a forum's "zuletzt
 * bearbeitet: …" and "Last edited by a moderator …"), categories and
 * tags, and the prompts to comment, log in, share or rate. Asked only of the largest elements
 * of at most FURNITURE_TEXT_MAX characters (each text is read once).
 */
const FURNITURE_TEXT =
  /^(?:(?:verfasst|eingestellt|erstellt|veröffentlicht|aktualisiert|geschrieben|gepostet|zuletzt geändert|posted|published|updated|written)\s+(?:am|von|by|on|in|um)\b|(?:kategorie|kategorien|rubrik|schlagwörter|schlagworte|tags|themen|filed under|posted in)\s*:|(?:zuletzt )?(?:bearbeitet|geändert)\s*:|(?:last )?edited (?:by|on)\b|this entry was posted|comments are closed|kommentare sind (?:geschlossen|deaktiviert)|(?:sie müssen|du musst) (?:sich|dich) (?:einloggen|anmelden|registrieren)|sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|(?:schreib(?:e|en sie)?|hinterlass(?:e|en sie)?) (?:jetzt |hier )?(?:einen|den ersten) kommentar|(?:noch )?keine kommentare|(?:diesen |den )?(?:artikel|beitrag) (?:teilen|bewerten|drucken|merken)|(?:möchten sie|willst du) (?:den|diesen) (?:artikel|beitrag) teilen|(?:war|ist) (?:dieser|der) (?:artikel|beitrag) (?:hilfreich|nützlich)|wie (?:hat|gefällt) (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag)|bewerten sie (?:diesen|den) (?:artikel|beitrag)|share this|teilen mit:)/iu;
const FURNITURE_TEXT_MAX = 120;

/** Headings (or short lines standing as one) that open a section of teasers for other articles: the heading and the section after it (up to the next heading) go. */
const TEASER_HEADING =
  /^(?:das könnte (?:sie|dich|euch) (?:auch )?interessieren|(?:das )?(?:interessiert|gefällt) (?:sie|dich) (?:vielleicht )?auch|mehr zum thema|mehr (?:aus|zu) (?:dem|der|diesem)\b|weitere (?:artikel|beiträge|nachrichten|meldungen|themen|stories|news|informationen)|ähnliche (?:artikel|beiträge|themen)|verwandte (?:artikel|beiträge|themen)|auch interessant|(?:neueste|aktuelle|letzte|beliebte|meistgelesene|top)[ -]?(?:artikel|beiträge|nachrichten|themen|stories|news)|meistgelesen|empfehlungen(?: der redaktion)?|zum weiterlesen|entdecke (?:weitere|mehr)|vorschau auf den nächsten artikel|related (?:articles|posts|stories)|you (?:may|might) also like|read (?:more|next))\b/iu;

function dropFurnitureText(tree: PageTree, root: number, text: Int32Array, prose: Int32Array, dropped: Uint8Array): void {
  for (let i = root + 1; i < tree.end[root]; i++) {
    if (dropped[i] || text[i] === 0 || text[i] > FURNITURE_TEXT_MAX || text[tree.parent[i]] <= FURNITURE_TEXT_MAX) continue;
    const line = textContent(tree.els[i]).trim();
    if (FURNITURE_TEXT.test(line)) dropped[i] = 1;
    else if (TEASER_HEADING.test(line) && (HEADINGS.has(tree.names[i]) || line.length <= 60)) dropTeaserSection(tree, i, prose, dropped);
    else {
      // A byline beside other short text in one box ("von tennisnet.com · zuletzt bearbeitet: …"): its own element goes.
      // Not a link: "Kategorie:Protokoll" may be a link's text inside a sentence.
      for (let j = i + 1; j < tree.end[i]; j = tree.end[j]) if (text[j] > 0 && tree.names[j] !== 'a' && FURNITURE_TEXT.test(textContent(tree.els[j]).trim())) dropped[j] = 1;
    }
  }
}

/** The heading, and its following siblings up to the next heading or the first paragraph of real prose (a section that only looked like teasers). */
function dropTeaserSection(tree: PageTree, heading: number, prose: Int32Array, dropped: Uint8Array): void {
  dropped[heading] = 1;
  const parent = tree.parent[heading];
  for (let j = tree.end[heading]; j < tree.end[parent] && tree.parent[j] === parent; j = tree.end[j]) {
    if (HEADINGS.has(tree.names[j]) || prose[j] >= TEASER_PROSE_MAX) break;
    dropped[j] = 1;
  }
}
/** A teaser is a title and a line or two: a sibling with this much prose is article text. */
const TEASER_PROSE_MAX = 150;

/**
 * The same block printed twice by the page's layout: a picture caption repeated by a gallery, a
 * paragraph in a phone and a desktop version of a box. A later prose block with the text of an
 * earlier one under another parent goes; a copy beside its original (the same parent) stays, as
 * a pipeline that pastes a paragraph twice leaves it, for repeated-paragraph to report.
 */
function dropLayoutCopies(tree: PageTree, root: number, proseBlock: Uint8Array, loose: Int32Array, dropped: Uint8Array): void {
  const firstParent = new Map<string, number>();
  for (let i = root + 1; i < tree.end[root]; i++) {
    if (dropped[i]) {
      i = tree.end[i] - 1; // skip the dropped subtree
      continue;
    }
    // Prose blocks themselves (a paragraph, a caption), compared where they stand
    if (!proseBlock[i] || loose[i] >= 0 || tree.ownText[i] > LAYOUT_COPY_MAX) continue;
    const key = textContent(tree.els[i]).replace(/\s+/g, ' ').trim();
    if (key.length > LAYOUT_COPY_MAX) continue;
    const parent = firstParent.get(key);
    if (parent === undefined) firstParent.set(key, tree.parent[i]);
    else if (parent !== tree.parent[i]) dropped[i] = 1;
    i = tree.end[i] - 1; // a block's text is read once, not again for its inner elements
  }
}
/**
 * The readers' replies under an article or a forum's first post, opened by a heading that names
 * them ("Kommentare", "3 Kommentare", "Comments (12)", "Leserkommentare", or a heading with the id
 * or class "comments"): the heading and everything after it in its parent go. A page read without
 * class signs (a forum thread, all under "comment" class names) keeps its first post this way.
 */
function dropCommentSection(tree: PageTree, root: number, dropped: Uint8Array): void {
  const { parent } = tree;
  for (let i = root + 1; i < tree.end[root]; i++) {
    if (dropped[i]) {
      i = tree.end[i] - 1;
      continue;
    }
    if (!HEADINGS.has(tree.names[i]) || !isCommentHeading(tree.els[i])) continue;
    const section = parent[i];
    for (let j = i; j < tree.end[section]; j = tree.end[j]) if (parent[j] === section) dropped[j] = 1;
    return;
  }
}

const COMMENT_HEADING = /^(?:\d+\s+)?(?:kommentare?|leserkommentare|comments?)(?:\s*\(\d+\))?\s*:?$/iu;
const COMMENT_NAME = /(?:^|[-_ ])comments?(?:$|[-_ ])/i;

function isCommentHeading(el: HtmlElement): boolean {
  if (COMMENT_NAME.test(el.attribs.id ?? '') || COMMENT_NAME.test(el.attribs.class ?? '')) return true;
  return COMMENT_HEADING.test(textContent(el).replace(/\s+/g, ' ').trim());
}

/** Layout copies are captions and teaser lines; a long paragraph printed twice is reported, not hidden. */
const LAYOUT_COPY_MAX = 600;

/**
 * What is left of a teaser box or a "Mehr zum Thema" section once its list is gone: a container
 * that lost part of itself and keeps no prose, and a heading followed by nothing but dropped
 * elements, go too. Returns the prose the root keeps.
 */
function dropOrphans(tree: PageTree, root: number, prose: Int32Array, dropped: Uint8Array): number {
  const { parent } = tree;
  const end = tree.end[root];
  const rProse = new Int32Array(tree.size);
  const rKept = new Int32Array(tree.size);
  const rLost = new Uint8Array(tree.size);
  let rootProse = 0;
  for (let i = end - 1; i > root; i--) {
    if (!dropped[i]) {
      rKept[i] += tree.ownText[i];
      if (prose[i] > 0 && rProse[i] === 0 && !rLost[i]) rProse[i] = rKept[i]; // a prose block itself
      if (rLost[i] && rProse[i] === 0 && rKept[i] < 200) {
        dropped[i] = 1;
        rKept[i] = 0;
      }
    } else {
      rProse[i] = rKept[i] = 0;
      rLost[i] = 0;
    }
    const p = parent[i];
    if (p === root) {
      if (!dropped[i]) rootProse += rProse[i];
      continue;
    }
    if (dropped[i]) rLost[p] = 1;
    rProse[p] += rProse[i];
    rKept[p] += rKept[i];
    if (rLost[i]) rLost[p] = 1;
  }
  // A heading followed, up to the next heading, by nothing but dropped elements: one pass over each parent's children.
  for (let i = root; i < end; i++) {
    if (dropped[i] || !tree.headingParent[i]) continue;
    let heading = -1;
    let followers = 0;
    let allDropped = true;
    const settle = (): void => {
      if (heading >= 0 && followers > 0 && allDropped) dropped[heading] = 1;
    };
    let child = i + 1; // element children follow in document order, each after the subtree of the one before
    for (const node of tree.els[i].children) {
      if (node.type === 'text') {
        if (/\S/.test(node.data)) allDropped = false;
        continue;
      }
      if (!isElement(node)) continue;
      const c = child;
      child = tree.end[c];
      if (HEADINGS.has(tree.names[c])) {
        settle();
        heading = dropped[c] ? -1 : c;
        followers = 0;
        allDropped = true;
        continue;
      }
      followers++;
      if (!dropped[c] && rKept[c] > 0) allDropped = false;
    }
    settle();
  }
  return rootProse;
}

const LINK_LISTS = new Set(['ul', 'ol', 'div', 'section', 'table', 'p', 'dl']);


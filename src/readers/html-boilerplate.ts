import type { HtmlElement } from './html-tree.js';

/** Elements whose content is never visible article text. */
export const INVISIBLE = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas',
  'button', 'select', 'option', 'input', 'textarea', 'pre', 'code', 'title', 'meta', 'link',
]);

/** Classes that hide text from sighted readers (skip links, screen-reader text). */
const VISUALLY_HIDDEN = /(?:^|\s)(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden|skip-link|skip-links|skiplink|element-invisible|show-for-sr)(?:\s|$)/i;

export function isHidden(el: HtmlElement): boolean {
  const { attribs } = el;
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  if (attribs.class !== undefined && VISUALLY_HIDDEN.test(attribs.class)) return true;
  // A skip link by any class name (skip-to-main, PageSkipLink-x1): a link within the page that only keyboards reach.
  if (el.name === 'a' && attribs.href?.startsWith('#') && attribs.class !== undefined && /skip/i.test(attribs.class)) return true;
  return attribs.style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style);
}

/** Page furniture by element: never article text. */
// Not <form>: ASP.NET and shop pages wrap whole articles in one.
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'dialog']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'banner', 'toolbar', 'tablist']);

/**
 * Words of class names and ids that name page furniture, matched as whole parts of a name
 * (`comment-list`, `relatedArticles`, `c-share`), never inside a word: `teaser` is left out
 * (German sites call the standfirst a teaser), and `kommentar` alone names an opinion piece.
 * These count only where no content word stands beside them (`search`, but not `article-date`);
 * ALWAYS_FURNITURE below counts everywhere.
 */
const FURNITURE_WORDS = new Set([
  'respond', 'discussion', 'forum', 'community', 'sharebar', 'socials', 'follow', 'sociallinks', 'ligatus', 'zergnet',
  'cookies', 'cmp', 'privacy', 'subscribe', 'paging', 'sidebars', 'widget', 'widgets', 'keywords', 'topics', 'themen',
  'advertisement', 'ad', 'adslot', 'adsense', 'sponsored', 'sponsor', 'promo', 'banner', 'menue', 'submenu',
  'skiplinks', 'masthead', 'popup', 'modal', 'overlay', 'toolbar', 'login', 'signup', 'search', 'suche', 'bio',
  'metadata', 'dateline', 'timestamp', 'date', 'datum', 'source', 'quelle', 'slider', 'thumbnails', 'video', 'audio',
  'podcast', 'embed', 'rating', 'more', 'weitere', 'also', 'mehr', 'aktuell', 'bildnachweis', 'bewertung', 'next',
  'back', 'sitename', 'logo', 'branding', 'header', 'contact', 'kontakt', 'cta', 'donate', 'spenden',
]);
/** Words that mark the article itself: a furniture word beside one of these does not count ("article-meta" stays furniture, "article-body" content). */
const CONTENT_WORDS = new Set(['article', 'artikel', 'content', 'body', 'main', 'story', 'text', 'entry', 'post', 'beitrag', 'inhalt', 'hentry', 'blog', 'news']);
/** Furniture words that stay furniture even beside a content word (`article-comments`, `post-share`, `content-sidebar`). */
const ALWAYS_FURNITURE = new Set([
  'comment', 'comments', 'kommentare', 'leserkommentare', 'disqus', 'replies', 'share', 'sharing', 'shariff', 'social', 'teilen',
  'related', 'recommended', 'recommendations', 'empfehlungen', 'outbrain', 'taboola', 'plista', 'cookie', 'consent', 'gdpr',
  'newsletter', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'sidebar', 'tags', 'tagcloud', 'schlagworte', 'advert', 'ads', 'anzeige', 'werbung',
  'meta', 'byline', 'author', 'autor', 'authorbox', 'footer', 'navigation', 'nav', 'navbar', 'menu', 'gallery', 'slideshow', 'carousel', 'player',
  'teaserlist', 'readmore', 'mostread', 'meistgelesen', 'popular', 'trending', 'latest',
  'copyright', 'copyrights', 'credit', 'credits', 'license', 'feedback', 'ratings', 'promotion', 'disclaimer', 'toc', 'preview',
  'prev', 'previous', 'nextread', 'backlink', 'aside', 'teasers', 'mostviewed', 'mostcommented',
  // a theme switcher's text (dark / light mode) and a forum post's "last edited by" line
  'skinmode', 'darkmode', 'colormode', 'lastedit', 'lastedited',
]);
/** Words that make a furniture word describe the layout around the element: `p-body-main--withSidebar`, `has-comments`, `no-sidebar`. */
const LAYOUT_WORDS = new Set(['with', 'has', 'no', 'without', 'enabled', 'disabled', 'open', 'closed']);
/** Class words that mark the article body (schema.org and common CMS names). */
const POSITIVE = /(?:^|[-_ ])(?:article|artikel|body|content|entry|hentry|main|page|post|text|blog|story|beitrag|inhalt)(?:$|[-_ ])/i;
const NEGATIVE = /(?:^|[-_ ])(?:comment|meta|footer|footnote|share|social|related|sidebar|widget|teaser|promo|ad|banner|nav|menu|tags?)(?:$|[-_ ])/i;

const UNNAMED_BY_CLASS = new Set(['html', 'body', 'main', 'article']);

/** The parts of a class or id: `relatedArticles` → related, articles; `c-share__bar` → c, share, bar. */
function nameParts(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9äöü]+/)
    .filter(Boolean);
}

/** Why an element is page furniture (a tag, a role, a class word), or null when it may be article text. */
export function boilerplateKind(el: HtmlElement, byClass = true): string | null {
  const name = el.name.toLowerCase();
  if (FURNITURE_TAGS.has(name)) return name;
  const role = el.attribs.role?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return `role=${role}`;
  if (isEmbeddedPost(el)) return 'embedded post';
  // Their classes describe the page or the post (WordPress: `tag-berlin`, `right-sidebar`), not furniture.
  if (!byClass || UNNAMED_BY_CLASS.has(name)) return null;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (names.length < 2) return null;
  let verdict = classVerdicts.get(names);
  if (verdict === undefined) {
    if (classVerdicts.size >= CLASS_CACHE_LIMIT) classVerdicts.clear();
    classVerdicts.set(names, (verdict = furnitureClass(names)));
  }
  return verdict;
}

/**
 * Class and id strings repeat across the elements of a page and the pages of a site: each is
 * judged once. The cache holds strings and verdicts only, and starts afresh past its limit.
 */
const classVerdicts = new Map<string, string | null>();
const CLASS_CACHE_LIMIT = 20_000;

function furnitureClass(names: string): string | null {
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    const parts = nameParts(token);
    if (parts.some((p) => LAYOUT_WORDS.has(p))) continue; // "main--withSidebar", "has-comments": the page's layout, not furniture
    const content = parts.some((p) => CONTENT_WORDS.has(p));
    for (const part of parts) {
      if (ALWAYS_FURNITURE.has(part) || (!content && FURNITURE_WORDS.has(part))) return `.${token}`;
    }
  }
  return null;
}

/** Furniture when it is made of links: a teaser box (German sites also call the standfirst a teaser, which has none). */
export function weakBoilerplate(el: HtmlElement): boolean {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return names.length > 2 && nameParts(names).some((p) => p === 'teaser' || p === 'card' || p === 'list' || p === 'more');
}

/** A tweet, Instagram or TikTok post quoted by the page: an original, not text of the article's author. */
function isEmbeddedPost(el: HtmlElement): boolean {
  const cls = el.attribs.class ?? '';
  return /\b(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|reddit-embed-bq|bluesky-embed|mastodon-embed)\b/.test(cls);
}

/** Readability's class weight: +25 for a body-like class or id, −25 for furniture-like. */
export function contentHint(el: HtmlElement): number {
  let weight = 0;
  if (el.attribs.itemprop === 'articleBody' || el.attribs.itemprop === 'text') weight += 50;
  for (const value of [el.attribs.class, el.attribs.id]) {
    if (!value) continue;
    const spaced = nameParts(value).join(' ');
    if (POSITIVE.test(spaced)) weight += 25;
    if (NEGATIVE.test(spaced)) weight -= 25;
  }
  return weight;
}

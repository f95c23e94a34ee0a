import { correctedText, decisionControls } from './decisions.js';
import { $, el } from './dom.js';
import { docs, SEVERITY_RANK, state, statusOf } from './page.js';
import type { PageBlock, PageDocument } from './types.js';

/** The open document view's marks and finding items, by finding index. */
interface View extends HTMLElement {
  firstMarks?: Map<number, HTMLElement>;
  itemOf?: Map<number, HTMLElement>;
}

export function documentView(): View {
  return $('#document');
}

/** Splits a block into segments at every finding boundary; each segment knows the findings over it. */
function segments(doc: PageDocument, block: PageBlock): Array<{ from: number; to: number; findings: number[] }> {
  const inside: Array<{ k: number; start: number; end: number }> = [];
  doc.findings.forEach((f, k) => {
    const start = Math.max(f.offset, block.start);
    const end = Math.min(f.offset + Math.max(f.length, 1), block.end);
    if (start < end) inside.push({ k, start, end });
  });
  const cuts = new Set([block.start, block.end]);
  for (const f of inside) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    out.push({ from, to, findings: inside.filter((f) => f.start <= from && to <= f.end).map((f) => f.k) });
  }
  return out;
}

function strongest(doc: PageDocument, ks: number[]): number {
  return ks.reduce((best, k) => (SEVERITY_RANK[doc.findings[k].severity] > SEVERITY_RANK[doc.findings[best].severity] ? k : best), ks[0]);
}

/** A document's text and blocks, parsed from its own script element on first use. */
function withText(i: number): PageDocument {
  const doc = docs[i];
  if (doc.text === undefined) Object.assign(doc, JSON.parse(document.getElementById(`t-${i}`)!.textContent!));
  return doc;
}

/**
 * Findings on (nearly) the same span describe one defect — an English insert that also breaks a
 * quotation: both ends within two characters (an insert's brackets). In finding order; a scan of
 * the groups that still start close enough, so a document of many findings stays linear.
 */
export function defects(doc: PageDocument): number[][] {
  const order = doc.findings.map((_, k) => k).sort((a, b) => doc.findings[a].offset - doc.findings[b].offset || a - b);
  const groups: number[][] = [];
  for (const k of order) {
    const f = doc.findings[k];
    let joined = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const h = doc.findings[groups[g][0]];
      if (h.offset < f.offset - 2) break;
      if (Math.abs(h.offset + h.length - (f.offset + f.length)) <= 2 && !groups[g].some((x) => doc.findings[x].ruleId === f.ruleId)) {
        groups[g].push(k);
        joined = true;
        break;
      }
    }
    if (!joined) groups.push([k]);
  }
  return groups.sort((a, b) => a[0] - b[0]);
}

/** Copying where the clipboard API is not allowed (a page opened from disk): a hidden text area, selected. */
function fallbackCopy(text: string, done: () => void): void {
  const area = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
  area.value = text;
  document.body.append(area);
  area.select();
  try {
    if (document.execCommand('copy')) done();
  } finally {
    area.remove();
  }
}

function header(i: number, doc: PageDocument): HTMLElement {
  const position = state.order.indexOf(i);
  const nav = el(
    'nav',
    { class: 'docnav meta', 'aria-label': 'Documents' },
    el('a', { href: '#', text: '← all documents' }),
    ' · ',
    position >= 0 ? `document ${position + 1} of ${state.order.length} (n/p)` : `document ${i + 1}`,
  );
  const status = statusOf(doc);
  const head = el(
    'header',
    {},
    nav,
    el('h2', { text: doc.title ?? doc.id }),
    el('div', { class: 'meta', text: `${doc.path} · ${doc.id} · ${doc.words} words · score ${doc.score === null ? '–' : doc.score.toFixed(1)} · ${status}` }),
  );
  if (doc.error) head.append(el('p', { class: 'status-error', text: `${doc.status}: ${doc.error}` }));
  for (const note of doc.notes ?? []) head.append(el('p', { class: 'meta', text: `note: ${note}` }));
  if (doc.suppressed?.length) head.append(el('p', { class: 'meta', text: `${doc.suppressed.length} finding(s) suppressed (inline or baseline)` }));
  if (doc.findings.some((f) => f.fixable)) {
    const copied = el('span', { class: 'meta', role: 'status' });
    const done = (): void => {
      copied.textContent = ' copied';
    };
    const copy = el('button', { type: 'button', id: 'copy-corrected', text: 'Copy corrected text', title: 'The article with every safe fix applied (not those you accepted as they are)' });
    copy.addEventListener('click', () => {
      const text = correctedText(doc);
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(done, () => fallbackCopy(text, done));
      else fallbackCopy(text, done);
    });
    head.append(el('p', {}, copy, copied));
  }
  return head;
}

function articleText(doc: PageDocument, firstMark: Map<number, HTMLElement>): HTMLElement {
  const article = el('article', { class: 'article', 'aria-label': 'Article text' });
  for (const block of doc.blocks ?? []) {
    const p = el('p', { class: `b-${block.kind}` });
    for (const seg of segments(doc, block)) {
      const text = doc.text!.slice(seg.from, seg.to);
      if (seg.findings.length === 0) {
        p.append(text);
        continue;
      }
      const main = strongest(doc, seg.findings);
      const mark = el('mark', {
        class: `${doc.findings[main].category}${seg.findings.length > 1 ? ' overlap' : ''}`,
        tabindex: 0,
        'data-f': seg.findings.join(' '),
        'aria-label': seg.findings.map((k) => `${doc.findings[k].severity} ${doc.findings[k].ruleId}: ${doc.findings[k].message}`).join('; '),
      });
      mark.textContent = text;
      for (const k of seg.findings) {
        if (firstMark.has(k)) continue;
        firstMark.set(k, mark);
        mark.id = mark.id || `m-${k}`;
      }
      p.append(mark);
    }
    article.append(p);
  }
  return article;
}

function findingsList(i: number, doc: PageDocument, groups: number[][], itemOf: Map<number, HTMLElement>, open: OpenFinding): HTMLElement {
  const list = el('ol', { class: 'findings', 'aria-label': 'Findings' });
  for (const group of groups) {
    const first = doc.findings[group[0]];
    const item = el('li', { id: `f-${group[0]}`, class: `${first.category}${group.length > 1 ? ' defect-group' : ''}` });
    if (group.length > 1) item.append(el('div', { class: 'meta', text: `One defect, ${group.length} rules: ${group.map((k) => doc.findings[k].ruleId).join(' + ')}` }));
    for (const k of group) {
      const f = doc.findings[k];
      itemOf.set(k, item);
      item.append(
        el(
          'button',
          { type: 'button', onclick: () => open(i, k) },
          el('span', { class: `sev sev-${f.severity}`, text: f.severity }),
          ' ',
          el('span', { class: 'rule', text: `${f.ruleId} · ${f.line}:${f.column}` }),
          el('div', { text: f.message }),
        ),
      );
      if (f.suggestion !== undefined) {
        const change = el('div', { class: 'suggestion', 'aria-label': f.fixable ? 'The fix mtlint fix makes' : 'Suggestion' }, f.fixable ? 'Fix: ' : 'Suggestion: ', el('del', { text: f.text }));
        if (f.suggestion !== '') change.append(' → ', el('ins', { text: f.suggestion }));
        else change.append(' (delete)');
        item.append(change);
      }
      if (f.other !== undefined) item.append(el('a', { href: `#doc-${f.other}`, text: `open the other document: ${docs[f.other].title ?? docs[f.other].id}` }));
      if (f.diff) {
        const diff = el('div', { class: 'diff', 'aria-label': 'Difference from the text it repeats' });
        for (const [op, text] of f.diff) diff.append(op === 1 ? el('ins', { text }) : op === -1 ? el('del', { text }) : text);
        item.append(el('div', { class: 'meta', text: 'What differs from the original:' }), diff);
      }
    }
    item.append(decisionControls(group.map((k) => doc.findings[k]), item));
    list.append(item);
  }
  if (doc.findings.length === 0) list.append(el('li', { text: doc.status === 'ok' ? 'No findings.' : 'Not checked.' }));
  return list;
}

/** Opens document i at finding k (navigation's go(), passed in: the view does not route). */
export type OpenFinding = (i: number, k: number) => void;

export function renderDocument(i: number, open: OpenFinding): void {
  const doc = withText(i);
  const view = documentView();
  view.replaceChildren();
  const firstMarks = new Map<number, HTMLElement>();
  const itemOf = new Map<number, HTMLElement>();
  const groups = defects(doc);
  const article = articleText(doc, firstMarks);
  const list = findingsList(i, doc, groups, itemOf, open);
  const count = groups.length === doc.findings.length ? `${doc.findings.length}` : `${groups.length} defects, ${doc.findings.length} findings`;
  view.append(header(i, doc), article, el('aside', {}, el('h3', { text: `Findings (${count}) — j/k to move` }), list));
  view.firstMarks = firstMarks;
  view.itemOf = itemOf;
}

export function selectFinding(k: number): void {
  for (const node of document.querySelectorAll('.current')) node.classList.remove('current');
  state.finding = k;
  if (k < 0) return;
  const view = documentView();
  const mark = view.firstMarks?.get(k);
  const item = view.itemOf?.get(k);
  if (item) item.classList.add('current');
  if (mark) {
    for (const m of view.querySelectorAll('mark')) if ((m.getAttribute('data-f') ?? '').split(' ').includes(String(k))) m.classList.add('current');
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  } else if (item) item.scrollIntoView({ block: 'center' });
}

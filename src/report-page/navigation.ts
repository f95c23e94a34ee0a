import { documentView, renderDocument, selectFinding } from './document-view.js';
import { $, el } from './dom.js';
import { docs, state } from './page.js';

/** Opens document i (at finding k): #doc-12 and #doc-12/f-3 survive a reload. */
export function go(i: number, k?: number): void {
  const hash = k === undefined || k < 0 ? `#doc-${i}` : `#doc-${i}/f-${k}`;
  // pushState and route now, not on the later hashchange: a fast "j j" must see the first move
  if (location.hash !== hash) history.pushState(null, '', hash);
  route();
}

export function route(): void {
  const m = /^#doc-(\d+)(?:\/f-(\d+))?$/.exec(location.hash);
  hideTooltip();
  if (!m || !docs[Number(m[1])]) {
    state.current = -1;
    $('#overview').hidden = false;
    documentView().hidden = true;
    return;
  }
  const i = Number(m[1]);
  if (state.current !== i) {
    renderDocument(i, go);
    state.current = i;
  }
  $('#overview').hidden = true;
  documentView().hidden = false;
  const k = m[2] === undefined ? -1 : Number(m[2]);
  selectFinding(k < docs[i].findings.length ? k : -1);
  if (k < 0) window.scrollTo(0, 0);
}

// ---- tooltip on hover and focus (fixed position: no layout shift) ----------
function showTooltip(mark: Element): void {
  const doc = docs[state.current];
  if (!doc) return;
  const tooltip = $('#tooltip');
  tooltip.replaceChildren();
  for (const k of (mark.getAttribute('data-f') ?? '').split(' ').map(Number)) {
    const f = doc.findings[k];
    tooltip.append(el('div', {}, el('strong', { text: `${f.severity} · ${f.ruleId}` }), el('div', { text: f.message }), f.suggestion ? el('div', { text: `Suggestion: ${f.suggestion}` }) : null));
  }
  const rect = mark.getBoundingClientRect();
  tooltip.hidden = false;
  const top = rect.bottom + 6 + tooltip.offsetHeight > window.innerHeight ? rect.top - tooltip.offsetHeight - 6 : rect.bottom + 6;
  tooltip.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - tooltip.offsetWidth - 8))}px`;
  tooltip.style.top = `${Math.max(8, top)}px`;
}

function hideTooltip(): void {
  $('#tooltip').hidden = true;
}

function closestMark(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('mark') : null;
}

/** Hover, focus and clicks on marks; the keyboard (j/k findings, n/p documents, / search, Esc, ?). */
export function setupNavigation(): void {
  document.addEventListener('mouseover', (e) => {
    const mark = closestMark(e.target);
    if (mark) showTooltip(mark);
    else hideTooltip();
  });
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof Element && e.target.tagName === 'MARK') showTooltip(e.target);
    else hideTooltip();
  });
  document.addEventListener('click', (e) => {
    const mark = closestMark(e.target);
    if (!mark) return;
    const ks = mark.getAttribute('data-f')!.split(' ').map(Number);
    const next = ks.includes(state.finding) ? ks[(ks.indexOf(state.finding) + 1) % ks.length] : ks[0];
    go(state.current, next);
    documentView().itemOf?.get(next)?.scrollIntoView({ block: 'nearest' });
  });
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement?.tagName ?? '');
    const help = $('#help');
    if (e.key === 'Escape') {
      if (!help.hidden) help.hidden = true;
      else if (typing) (document.activeElement as HTMLElement).blur();
      else if (state.current >= 0) location.hash = '';
      return;
    }
    if (typing) return;
    if (e.key === '?') {
      help.hidden = !help.hidden;
    } else if (e.key === '/') {
      e.preventDefault();
      if (state.current >= 0) location.hash = '';
      $('#f-q').focus();
    } else if ((e.key === 'j' || e.key === 'k') && state.current >= 0) {
      const count = docs[state.current].findings.length;
      if (count === 0) return;
      const next = e.key === 'j' ? Math.min(count - 1, state.finding + 1) : Math.max(0, state.finding - 1);
      go(state.current, next);
    } else if (e.key === 'n' || e.key === 'p') {
      if (state.order.length === 0) return;
      const at = state.order.indexOf(state.current);
      const next = state.current < 0 ? 0 : e.key === 'n' ? Math.min(state.order.length - 1, at + 1) : Math.max(0, at - 1);
      go(state.order[next]);
    }
  });
  $('#help-close').addEventListener('click', () => ($('#help').hidden = true));
  $('#help-open').addEventListener('click', () => ($('#help').hidden = false));
  window.addEventListener('hashchange', route);
  window.addEventListener('popstate', route);
}

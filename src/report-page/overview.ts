import { $, el } from './dom.js';
import { data, docs, state, statusOf, type Filters } from './page.js';
import type { PageDocument } from './types.js';

const PAGE = 100;

function matches(doc: PageDocument): boolean {
  const f = state.filters;
  if (f.status && statusOf(doc) !== f.status) return false;
  if (f.category || f.severity || f.rule) {
    const hit = doc.findings.some((x) => (!f.category || x.category === f.category) && (!f.severity || x.severity === f.severity) && (!f.rule || x.ruleId === f.rule));
    if (!hit) return false;
  }
  if (f.q) {
    const q = f.q.toLowerCase();
    const hay = `${doc.title ?? ''}\n${doc.id}\n${doc.path}\n${doc.error ?? ''}\n${doc.findings.map((x) => x.message).join('\n')}`.toLowerCase();
    if (!hay.includes(q)) return false;
  }
  return true;
}

const SORTERS: Record<string, (d: PageDocument) => number | string> = {
  score: (d) => (d.score === null ? -1 : d.score),
  title: (d) => (d.title ?? d.id).toLowerCase(),
  words: (d) => d.words,
  findings: (d) => d.findings.length,
  path: (d) => d.path,
};

function computeOrder(): void {
  const key = SORTERS[state.sort.key];
  state.order = docs.map((_, i) => i).filter((i) => matches(docs[i]));
  state.order.sort((a, b) => {
    const x = key(docs[a]);
    const y = key(docs[b]);
    return (x < y ? -1 : x > y ? 1 : a - b) * state.sort.dir;
  });
}

function renderTable(): void {
  computeOrder();
  const pages = Math.max(1, Math.ceil(state.order.length / PAGE));
  state.page = Math.min(state.page, pages - 1);
  const body = $('#docs-body');
  body.replaceChildren();
  for (const i of state.order.slice(state.page * PAGE, state.page * PAGE + PAGE)) {
    const doc = docs[i];
    const status = statusOf(doc);
    const counts = data.categories.map((c) => el('td', { class: 'num', text: String(doc.findings.filter((x) => x.category === c).length || '') }));
    body.append(
      el(
        'tr',
        { 'data-doc': i },
        el('td', { class: 'num', text: doc.score === null ? '–' : doc.score.toFixed(1) }),
        el('td', {}, el('a', { href: `#doc-${i}`, text: doc.title ?? doc.id }), el('div', { class: 'meta', text: doc.title ? `${doc.path} · ${doc.id}` : doc.path })),
        el('td', { class: 'num', text: String(doc.words) }),
        ...counts,
        el('td', { class: `status-${status === 'passed' ? 'ok' : status === 'failed' ? 'fail' : status}`, text: doc.error ? `${status}: ${doc.error}` : status }),
      ),
    );
  }
  $('#page-info').textContent = `${state.order.length} of ${docs.length} documents · page ${state.page + 1} of ${pages}`;
  $<HTMLButtonElement>('#prev-page').disabled = state.page === 0;
  $<HTMLButtonElement>('#next-page').disabled = state.page >= pages - 1;
}

/** The filters, the sortable columns and the pager of the documents table. */
export function setupOverview(): void {
  const options = (select: HTMLElement, values: string[], label: string): void => {
    select.append(el('option', { value: '', text: label }));
    for (const v of values) select.append(el('option', { value: v, text: v }));
  };
  options($('#f-category'), data.categories, 'all categories');
  options($('#f-severity'), ['critical', 'major', 'minor'], 'all severities');
  options($('#f-rule'), data.rules.map((r) => r.id), 'all rules');
  options($('#f-status'), ['failed', 'passed', 'error', 'skipped'], 'any status');
  for (const [id, key] of [['#f-category', 'category'], ['#f-severity', 'severity'], ['#f-rule', 'rule'], ['#f-status', 'status']] as const) {
    $(id).addEventListener('change', (e) => {
      state.filters[key as keyof Filters] = (e.target as HTMLSelectElement).value;
      state.page = 0;
      renderTable();
    });
  }
  $('#f-q').addEventListener('input', (e) => {
    state.filters.q = (e.target as HTMLInputElement).value.trim();
    state.page = 0;
    renderTable();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('th button[data-sort]')) {
    button.addEventListener('click', () => {
      const key = button.getAttribute('data-sort')!;
      state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : 1 };
      for (const th of document.querySelectorAll('th[aria-sort]')) th.setAttribute('aria-sort', 'none');
      button.parentElement!.setAttribute('aria-sort', state.sort.dir === 1 ? 'ascending' : 'descending');
      renderTable();
    });
  }
  $('#prev-page').addEventListener('click', () => {
    state.page--;
    renderTable();
  });
  $('#next-page').addEventListener('click', () => {
    state.page++;
    renderTable();
  });
  renderTable();
}

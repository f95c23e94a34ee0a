// The mtlint HTML report. Everything from the input reaches the page through
// textContent or attribute values set with the DOM API — never through HTML
// strings — so article text cannot inject markup.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('mtlint-data').textContent);
  const docs = data.documents;
  const PAGE = 100;
  const SEVERITY_RANK = { critical: 3, major: 2, minor: 1 };
  const state = { sort: { key: 'score', dir: 1 }, page: 0, filters: { category: '', severity: '', rule: '', status: '', q: '' }, order: [], current: -1, finding: -1 };

  const $ = (selector, root = document) => root.querySelector(selector);
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  // ---- decisions: an editor's Accept / To fix per finding, kept in the browser --
  // Keyed by the finding's fingerprint (stable across runs, as baselines are), so a decision
  // follows the finding into the next report of the same feed.
  const STORE = 'mtlint-decisions-v1';
  const decisions = (() => {
    try {
      return JSON.parse(localStorage.getItem(STORE) || '{}');
    } catch {
      return {};
    }
  })();
  function saveDecisions() {
    try {
      localStorage.setItem(STORE, JSON.stringify(decisions));
    } catch {
      // storage off (private mode): decisions last as long as the page
    }
    renderReviewCounts();
  }
  function decisionOf(f) {
    return decisions[f.fingerprint] || { decision: '', note: '' };
  }
  function setDecision(f, change) {
    const next = { ...decisionOf(f), ...change };
    if (!next.decision && !next.note) delete decisions[f.fingerprint];
    else decisions[f.fingerprint] = next;
    saveDecisions();
  }
  function allFindings() {
    return docs.flatMap((doc) => doc.findings.map((f) => ({ doc, f })));
  }
  function renderReviewCounts() {
    const all = allFindings();
    const accepted = all.filter(({ f }) => decisionOf(f).decision === 'accepted').length;
    const fix = all.filter(({ f }) => decisionOf(f).decision === 'fix').length;
    $('#review-counts').textContent = `Review: ${accepted} accepted · ${fix} to fix · ${all.length - accepted - fix} undecided`;
  }
  function download(name, type, text) {
    const link = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
    document.body.append(link);
    link.click();
    link.remove();
  }
  /** A CSV cell: quoted, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
  function csvCell(value) {
    const text = value === undefined || value === null ? '' : String(value);
    return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
  }
  function setupReview() {
    $('#export-baseline').addEventListener('click', () => {
      const findings = allFindings()
        .filter(({ f }) => decisionOf(f).decision === 'accepted')
        .map(({ doc, f }) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: doc.path, documentId: doc.id, text: f.text }));
      download('mtlint.baseline.json', 'application/json', `${JSON.stringify({ mtlintBaseline: 1, findings }, null, 2)}\n`);
    });
    $('#export-config').addEventListener('click', () => {
      const terms = [...new Set(allFindings().filter(({ f }) => f.category === 'english' && decisionOf(f).decision === 'accepted').map(({ f }) => f.text))].sort();
      download('mtlint.config.snippet.json', 'application/json', `${JSON.stringify({ terms: { accepted: terms } }, null, 2)}\n`);
    });
    $('#export-csv').addEventListener('click', () => {
      const header = ['path', 'document', 'line', 'column', 'rule', 'category', 'severity', 'message', 'text', 'suggestion', 'decision', 'note', 'fingerprint'];
      const rows = allFindings().map(({ doc, f }) => {
        const d = decisionOf(f);
        return [doc.path, doc.id, f.line, f.column, f.ruleId, f.category, f.severity, f.message, f.text, f.suggestion, d.decision, d.note, f.fingerprint];
      });
      download('mtlint-findings.csv', 'text/csv', `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`);
    });
    renderReviewCounts();
  }

  /** The article with every safe fix applied that the editor did not accept as it is (from the end, so offsets hold). */
  function correctedText(doc) {
    const fixes = doc.findings.filter((f) => f.fixable && decisionOf(f).decision !== 'accepted').sort((a, b) => b.offset - a.offset);
    let text = doc.text;
    let limit = Infinity;
    for (const f of fixes) {
      if (f.offset + f.length > limit) continue; // overlaps a fix already made
      text = text.slice(0, f.offset) + f.suggestion + text.slice(f.offset + f.length);
      limit = f.offset;
    }
    return text;
  }

  /** Accept / To fix and a note for one defect: the decision goes to each of its findings. */
  function decisionControls(findings, item) {
    const [f] = findings;
    const mark = () => {
      const d = decisionOf(f).decision;
      item.classList.toggle('decided-accepted', d === 'accepted');
      item.classList.toggle('decided-fix', d === 'fix');
      accept.setAttribute('aria-pressed', String(d === 'accepted'));
      fix.setAttribute('aria-pressed', String(d === 'fix'));
    };
    const toggle = (value) => () => {
      const decision = decisionOf(f).decision === value ? '' : value;
      for (const x of findings) setDecision(x, { decision });
      mark();
    };
    const accept = el('button', { type: 'button', class: 'decide-accept', title: 'The text is fine (a false alarm or a house term)', onclick: toggle('accepted'), text: 'Accept' });
    const fix = el('button', { type: 'button', class: 'decide-fix', title: 'The text needs fixing', onclick: toggle('fix'), text: 'To fix' });
    const note = el('input', { type: 'text', class: 'decide-note', placeholder: 'note', 'aria-label': 'Note on this finding', value: decisionOf(f).note });
    note.addEventListener('change', () => {
      for (const x of findings) setDecision(x, { note: note.value });
    });
    mark();
    return el('div', { class: 'decide' }, accept, fix, note);
  }

  /**
   * Findings on (nearly) the same span describe one defect — an English insert that also breaks a
   * quotation: both ends within two characters (an insert's brackets). In finding order; a scan of
   * the groups that still start close enough, so a document of many findings stays linear.
   */
  function defects(doc) {
    const order = doc.findings.map((_, k) => k).sort((a, b) => doc.findings[a].offset - doc.findings[b].offset || a - b);
    const groups = [];
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

  // ---- overview: filters and the documents table ----------------------------
  function statusOf(doc) {
    if (doc.status !== 'ok') return doc.status;
    return doc.passed ? 'passed' : 'failed';
  }

  function matches(doc) {
    const f = state.filters;
    if (f.status && statusOf(doc) !== f.status) return false;
    if (f.category || f.severity || f.rule) {
      const hit = doc.findings.some((x) => (!f.category || x.category === f.category) && (!f.severity || x.severity === f.severity) && (!f.rule || x.ruleId === f.rule));
      if (!hit) return false;
    }
    if (f.q) {
      const q = f.q.toLowerCase();
      const hay = `${doc.title || ''}\n${doc.id}\n${doc.path}\n${doc.error || ''}\n${doc.findings.map((x) => x.message).join('\n')}`.toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  }

  const SORTERS = {
    score: (d) => (d.score === null ? -1 : d.score),
    title: (d) => (d.title || d.id).toLowerCase(),
    words: (d) => d.words,
    findings: (d) => d.findings.length,
    path: (d) => d.path,
  };

  function computeOrder() {
    const key = SORTERS[state.sort.key];
    state.order = docs.map((_, i) => i).filter((i) => matches(docs[i]));
    state.order.sort((a, b) => {
      const x = key(docs[a]);
      const y = key(docs[b]);
      return (x < y ? -1 : x > y ? 1 : a - b) * state.sort.dir;
    });
  }

  function renderTable() {
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
          el('td', {}, el('a', { href: `#doc-${i}`, text: doc.title || doc.id }), el('div', { class: 'meta', text: doc.title ? `${doc.path} · ${doc.id}` : doc.path })),
          el('td', { class: 'num', text: String(doc.words) }),
          ...counts,
          el('td', { class: `status-${status === 'passed' ? 'ok' : status === 'failed' ? 'fail' : status}`, text: doc.error ? `${status}: ${doc.error}` : status }),
        ),
      );
    }
    $('#page-info').textContent = `${state.order.length} of ${docs.length} documents · page ${state.page + 1} of ${pages}`;
    $('#prev-page').disabled = state.page === 0;
    $('#next-page').disabled = state.page >= pages - 1;
  }

  function setupOverview() {
    const options = (select, values, label) => {
      select.append(el('option', { value: '', text: label }));
      for (const v of values) select.append(el('option', { value: v, text: v }));
    };
    options($('#f-category'), data.categories, 'all categories');
    options($('#f-severity'), ['critical', 'major', 'minor'], 'all severities');
    options($('#f-rule'), data.rules.map((r) => r.id), 'all rules');
    options($('#f-status'), ['failed', 'passed', 'error', 'skipped'], 'any status');
    for (const [id, key] of [['#f-category', 'category'], ['#f-severity', 'severity'], ['#f-rule', 'rule'], ['#f-status', 'status']]) {
      $(id).addEventListener('change', (e) => {
        state.filters[key] = e.target.value;
        state.page = 0;
        renderTable();
      });
    }
    $('#f-q').addEventListener('input', (e) => {
      state.filters.q = e.target.value.trim();
      state.page = 0;
      renderTable();
    });
    for (const button of document.querySelectorAll('th button[data-sort]')) {
      button.addEventListener('click', () => {
        const key = button.getAttribute('data-sort');
        state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : 1 };
        for (const th of document.querySelectorAll('th[aria-sort]')) th.setAttribute('aria-sort', 'none');
        button.parentElement.setAttribute('aria-sort', state.sort.dir === 1 ? 'ascending' : 'descending');
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

  // ---- document view --------------------------------------------------------
  /** Splits a block into segments at every finding boundary; each segment knows the findings over it. */
  function segments(doc, block) {
    const inside = [];
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

  function strongest(doc, ks) {
    return ks.reduce((best, k) => (SEVERITY_RANK[doc.findings[k].severity] > SEVERITY_RANK[doc.findings[best].severity] ? k : best), ks[0]);
  }

  /** A document's text and blocks, parsed from its own script element on first use. */
  function withText(i) {
    const doc = docs[i];
    if (doc.text === undefined) Object.assign(doc, JSON.parse(document.getElementById(`t-${i}`).textContent));
    return doc;
  }

  function renderDocument(i) {
    const doc = withText(i);
    const view = $('#document');
    view.replaceChildren();
    const position = state.order.indexOf(i);
    const nav = el(
      'nav',
      { class: 'docnav meta', 'aria-label': 'Documents' },
      el('a', { href: '#', text: '← all documents' }),
      ' · ',
      position >= 0 ? `document ${position + 1} of ${state.order.length} (n/p)` : `document ${i + 1}`,
    );
    const status = statusOf(doc);
    const header = el(
      'header',
      {},
      nav,
      el('h2', { text: doc.title || doc.id }),
      el('div', { class: 'meta', text: `${doc.path} · ${doc.id} · ${doc.words} words · score ${doc.score === null ? '–' : doc.score.toFixed(1)} · ${status}` }),
    );
    if (doc.error) header.append(el('p', { class: 'status-error', text: `${doc.status}: ${doc.error}` }));
    for (const note of doc.notes || []) header.append(el('p', { class: 'meta', text: `note: ${note}` }));
    if (doc.suppressed && doc.suppressed.length) header.append(el('p', { class: 'meta', text: `${doc.suppressed.length} finding(s) suppressed (inline or baseline)` }));
    if (doc.findings.some((f) => f.fixable)) {
      const copied = el('span', { class: 'meta', role: 'status' });
      const copy = el('button', {
        type: 'button',
        id: 'copy-corrected',
        text: 'Copy corrected text',
        title: 'The article with every safe fix applied (not those you accepted as they are)',
        onclick: () => {
          const text = correctedText(doc);
          const done = () => (copied.textContent = ' copied');
          if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, () => fallbackCopy(text, done));
          else fallbackCopy(text, done);
        },
      });
      header.append(el('p', {}, copy, copied));
    }

    const article = el('article', { class: 'article', 'aria-label': 'Article text' });
    const firstMark = new Map();
    for (const block of doc.blocks || []) {
      const p = el('p', { class: `b-${block.kind}` });
      for (const seg of segments(doc, block)) {
        const text = doc.text.slice(seg.from, seg.to);
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
        for (const k of seg.findings) if (!firstMark.has(k)) {
          firstMark.set(k, mark);
          mark.id = mark.id || `m-${k}`;
        }
        p.append(mark);
      }
      article.append(p);
    }

    const list = el('ol', { class: 'findings', 'aria-label': 'Findings' });
    const itemOf = new Map();
    const groups = defects(doc);
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
            { type: 'button', onclick: () => go(i, k) },
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
        if (f.other !== undefined) item.append(el('a', { href: `#doc-${f.other}`, text: `open the other document: ${docs[f.other].title || docs[f.other].id}` }));
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

    const count = groups.length === doc.findings.length ? `${doc.findings.length}` : `${groups.length} defects, ${doc.findings.length} findings`;
    view.append(header, article, el('aside', {}, el('h3', { text: `Findings (${count}) — j/k to move` }), list));
    view.firstMarks = firstMark;
    view.itemOf = itemOf;
  }

  /** Copying where the clipboard API is not allowed (a page opened from disk): a hidden text area, selected. */
  function fallbackCopy(text, done) {
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

  function selectFinding(k) {
    for (const node of document.querySelectorAll('.current')) node.classList.remove('current');
    state.finding = k;
    if (k < 0) return;
    const view = $('#document');
    const mark = view.firstMarks && view.firstMarks.get(k);
    const item = view.itemOf && view.itemOf.get(k);
    if (item) item.classList.add('current');
    if (mark) {
      for (const m of view.querySelectorAll('mark')) if ((m.getAttribute('data-f') || '').split(' ').includes(String(k))) m.classList.add('current');
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    } else if (item) item.scrollIntoView({ block: 'center' });
  }

  // ---- routing: #doc-12 and #doc-12/f-3 survive a reload ---------------------
  function go(i, k) {
    const hash = k === undefined || k < 0 ? `#doc-${i}` : `#doc-${i}/f-${k}`;
    // pushState and route now, not on the later hashchange: a fast "j j" must see the first move
    if (location.hash !== hash) history.pushState(null, '', hash);
    route();
  }

  function route() {
    const m = /^#doc-(\d+)(?:\/f-(\d+))?$/.exec(location.hash);
    hideTooltip();
    if (!m || !docs[Number(m[1])]) {
      state.current = -1;
      $('#overview').hidden = false;
      $('#document').hidden = true;
      return;
    }
    const i = Number(m[1]);
    if (state.current !== i) {
      renderDocument(i);
      state.current = i;
    }
    $('#overview').hidden = true;
    $('#document').hidden = false;
    const k = m[2] === undefined ? -1 : Number(m[2]);
    selectFinding(k < docs[i].findings.length ? k : -1);
    if (k < 0) window.scrollTo(0, 0);
  }

  // ---- tooltip on hover and focus (fixed position: no layout shift) ----------
  const tooltip = $('#tooltip');
  function showTooltip(mark) {
    const doc = docs[state.current];
    if (!doc) return;
    tooltip.replaceChildren();
    for (const k of (mark.getAttribute('data-f') || '').split(' ').map(Number)) {
      const f = doc.findings[k];
      tooltip.append(el('div', {}, el('strong', { text: `${f.severity} · ${f.ruleId}` }), el('div', { text: f.message }), f.suggestion ? el('div', { text: `Suggestion: ${f.suggestion}` }) : null));
    }
    const rect = mark.getBoundingClientRect();
    tooltip.hidden = false;
    const top = rect.bottom + 6 + tooltip.offsetHeight > window.innerHeight ? rect.top - tooltip.offsetHeight - 6 : rect.bottom + 6;
    tooltip.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - tooltip.offsetWidth - 8))}px`;
    tooltip.style.top = `${Math.max(8, top)}px`;
  }
  function hideTooltip() {
    tooltip.hidden = true;
  }
  document.addEventListener('mouseover', (e) => (e.target.closest && e.target.closest('mark') ? showTooltip(e.target.closest('mark')) : hideTooltip()));
  document.addEventListener('focusin', (e) => (e.target.tagName === 'MARK' ? showTooltip(e.target) : hideTooltip()));
  document.addEventListener('click', (e) => {
    const mark = e.target.closest && e.target.closest('mark');
    if (!mark) return;
    const ks = mark.getAttribute('data-f').split(' ').map(Number);
    const next = ks.includes(state.finding) ? ks[(ks.indexOf(state.finding) + 1) % ks.length] : ks[0];
    go(state.current, next);
    const item = $('#document').itemOf && $('#document').itemOf.get(next);
    if (item) item.scrollIntoView({ block: 'nearest' });
  });

  // ---- keyboard ---------------------------------------------------------------
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
    if (e.key === 'Escape') {
      if (!$('#help').hidden) $('#help').hidden = true;
      else if (typing) document.activeElement.blur();
      else if (state.current >= 0) location.hash = '';
      return;
    }
    if (typing) return;
    if (e.key === '?') {
      $('#help').hidden = !$('#help').hidden;
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

  setupOverview();
  setupReview();
  window.addEventListener('hashchange', route);
  window.addEventListener('popstate', route);
  route();
  document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));
  document.documentElement.setAttribute('data-ready', 'true');
})();

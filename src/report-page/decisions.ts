import { $, el } from './dom.js';
import { docs } from './page.js';
import type { PageDocument, PageFinding } from './types.js';

/**
 * An editor's Accept / To fix and note per finding, kept in the browser. Keyed by the finding's
 * fingerprint (stable across runs, as baselines are), so a decision follows the finding into the
 * next report of the same feed. Nothing leaves the page except as a download.
 */
export interface Decision {
  decision: '' | 'accepted' | 'fix';
  note: string;
}

const STORE = 'mtlint-decisions-v1';

const decisions: Record<string, Decision> = (() => {
  try {
    return JSON.parse(localStorage.getItem(STORE) ?? '{}') as Record<string, Decision>;
  } catch {
    return {};
  }
})();

function save(): void {
  try {
    localStorage.setItem(STORE, JSON.stringify(decisions));
  } catch {
    // storage off (private mode): decisions last as long as the page
  }
  renderReviewCounts();
}

export function decisionOf(f: PageFinding): Decision {
  return decisions[f.fingerprint] ?? { decision: '', note: '' };
}

function setDecision(f: PageFinding, change: Partial<Decision>): void {
  const next = { ...decisionOf(f), ...change };
  if (!next.decision && !next.note) delete decisions[f.fingerprint];
  else decisions[f.fingerprint] = next;
  save();
}

function allFindings(): Array<{ doc: PageDocument; f: PageFinding }> {
  return docs.flatMap((doc) => doc.findings.map((f) => ({ doc, f })));
}

function renderReviewCounts(): void {
  const all = allFindings();
  const accepted = all.filter(({ f }) => decisionOf(f).decision === 'accepted').length;
  const fix = all.filter(({ f }) => decisionOf(f).decision === 'fix').length;
  $('#review-counts').textContent = `Review: ${accepted} accepted · ${fix} to fix · ${all.length - accepted - fix} undecided`;
}

function download(name: string, type: string, text: string): void {
  const link = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(link);
  link.click();
  link.remove();
}

/** A CSV cell: quoted, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
}

/** The export buttons of the overview: a baseline of the accepted findings, a config snippet, a CSV of every finding. */
export function setupReview(): void {
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
export function correctedText(doc: PageDocument): string {
  const fixes = doc.findings.filter((f) => f.fixable && decisionOf(f).decision !== 'accepted').sort((a, b) => b.offset - a.offset);
  let text = doc.text ?? '';
  let limit = Infinity;
  for (const f of fixes) {
    if (f.offset + f.length > limit) continue; // overlaps a fix already made
    text = text.slice(0, f.offset) + (f.suggestion ?? '') + text.slice(f.offset + f.length);
    limit = f.offset;
  }
  return text;
}

/** Accept / To fix and a note for one defect: the decision goes to each of its findings. */
export function decisionControls(findings: PageFinding[], item: HTMLElement): HTMLElement {
  const [f] = findings;
  const accept = el('button', { type: 'button', class: 'decide-accept', title: 'The text is fine (a false alarm or a house term)', text: 'Accept' });
  const fix = el('button', { type: 'button', class: 'decide-fix', title: 'The text needs fixing', text: 'To fix' });
  const note = el('input', { type: 'text', class: 'decide-note', placeholder: 'note', 'aria-label': 'Note on this finding', value: decisionOf(f).note });
  const mark = (): void => {
    const d = decisionOf(f).decision;
    item.classList.toggle('decided-accepted', d === 'accepted');
    item.classList.toggle('decided-fix', d === 'fix');
    accept.setAttribute('aria-pressed', String(d === 'accepted'));
    fix.setAttribute('aria-pressed', String(d === 'fix'));
  };
  const toggle = (value: Decision['decision']) => (): void => {
    const decision = decisionOf(f).decision === value ? '' : value;
    for (const x of findings) setDecision(x, { decision });
    mark();
  };
  accept.addEventListener('click', toggle('accepted'));
  fix.addEventListener('click', toggle('fix'));
  note.addEventListener('change', () => {
    for (const x of findings) setDecision(x, { note: note.value });
  });
  mark();
  return el('div', { class: 'decide' }, accept, fix, note);
}

import { sha256 } from '../io/hash.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Diff from 'diff';
import { lazy } from '../lazy.js';
import { PACKAGE_ROOT } from '../package-root.js';
import type { DocumentReport, Finding, ReportStream } from '../report/types.js';
import { RULES } from '../rules/index.js';
import { CATEGORIES } from '../rules/types.js';
import type { Reporter } from './types.js';

const diff = lazy<typeof Diff>('diff');

let assets: { css: string; js: string } | undefined;

/** The page's stylesheet, and its script as the build bundles it from src/report-page/ (npm run build). */
function loadAssets(): { css: string; js: string } {
  const script = join(PACKAGE_ROOT, 'dist', 'assets', 'report.js');
  if (!assets && !existsSync(script)) throw new Error(`the HTML report's script ${script} is not built: run npm run build`);
  assets ??= {
    css: readFileSync(join(PACKAGE_ROOT, 'assets', 'report.css'), 'utf8'),
    js: readFileSync(script, 'utf8'),
  };
  return assets;
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON that is safe inside <script type="application/json">: no "</script>", no HTML comment openers. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const cspHash = (text: string): string => `'sha256-${sha256(text, 'base64')}'`;

/** For near-duplicates: what differs between a copy and the text it repeats, word by word. */
function diffOf(doc: DocumentReport, f: Finding): Array<[number, string]> | undefined {
  if (f.category !== 'duplicates' || !f.related?.[0] || f.related[0].text === f.text) return undefined;
  return diff().diffWords(f.related[0].text, f.text).map((part) => [part.added ? 1 : part.removed ? -1 : 0, part.value]);
}

/** A page lists at most this many documents (the lowest-scoring ones); the JSON report has them all. */
export const HTML_DOCUMENT_LIMIT = 10_000;

/** What the page needs of a document (its text goes in a script element of its own). */
function documentData(doc: DocumentReport, other: (doc: DocumentReport, f: Finding) => number | undefined): unknown {
  return {
    path: doc.path,
    id: doc.id,
    title: doc.title,
    status: doc.status,
    error: doc.error,
    notes: doc.notes,
    words: doc.words,
    score: doc.score,
    passed: doc.passed,
    suppressed: doc.suppressed,
    findings: doc.findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      message: f.message,
      offset: f.offset,
      length: f.length,
      line: f.line,
      column: f.column,
      text: f.text,
      fingerprint: f.fingerprint,
      suggestion: f.suggestion,
      fixable: f.fix !== undefined,
      diff: diffOf(doc, f),
      other: other(doc, f),
    })),
  };
}

/** One pass over the documents: the score bands of all, and which ones the page shows (by input position). */
interface Survey {
  bins: number[];
  total: number;
  shown: Set<number> | undefined;
}

function survey(report: ReportStream): Survey {
  const bins = Array.from({ length: 10 }, () => 0);
  const ranks: number[] = [];
  for (const d of report.documents) {
    if (d.score !== null) bins[Math.min(9, Math.floor(d.score / 10))]++;
    // Unreadable documents first, then failed ones, then by score.
    ranks.push(d.status !== 'ok' ? -2 : !d.passed ? -1 + (d.score ?? 0) / 1000 : (d.score ?? 0));
  }
  if (ranks.length <= HTML_DOCUMENT_LIMIT) return { bins, total: ranks.length, shown: undefined };
  const order = ranks.map((_, i) => i).sort((a, b) => ranks[a] - ranks[b] || a - b);
  return { bins, total: ranks.length, shown: new Set(order.slice(0, HTML_DOCUMENT_LIMIT)) };
}

/** The shown documents, with their position in the page. */
function* shownDocuments(report: ReportStream, shown: Set<number> | undefined): Generator<DocumentReport> {
  let i = 0;
  for (const doc of report.documents) if (shown === undefined || shown.has(i++)) yield doc;
}

function* pageData(report: ReportStream, shown: Set<number> | undefined): Generator<string> {
  const indexOf = new Map<string, number>();
  let n = 0;
  for (const d of shownDocuments(report, shown)) indexOf.set(`${d.path}\u0000${d.id}`, n++);
  /** For cross-document findings: the other document, so the report can link to it. */
  const other = (doc: DocumentReport, f: Finding): number | undefined => {
    const r = f.related?.find((x) => x.path !== doc.path || x.documentId !== doc.id);
    return r ? indexOf.get(`${r.path}\u0000${r.documentId}`) : undefined;
  };
  const head = jsonForScript({
    categories: CATEGORIES,
    rules: RULES.map((r) => ({ id: r.meta.id, category: r.meta.category, severity: r.meta.severity, description: r.meta.description })),
  });
  yield `${head.slice(0, -1)},"documents":[`;
  let first = true;
  for (const doc of shownDocuments(report, shown)) {
    yield `${first ? '' : ','}${jsonForScript(documentData(doc, other))}`;
    first = false;
  }
  yield ']}';
}

/**
 * Each document's text and blocks in a script element of its own, parsed only
 * when the document is opened: the page starts without parsing megabytes of
 * article text (10,000 articles open in well under the 3 s budget).
 */
function* documentTexts(report: ReportStream, shown: Set<number> | undefined): Generator<string> {
  let i = 0;
  for (const doc of shownDocuments(report, shown)) {
    const payload = { blocks: (doc.blocks ?? []).map((b) => ({ kind: b.kind, start: b.start, end: b.end })), text: (doc.blocks ?? []).map((b) => b.text).join('\n\n') };
    yield `${i === 0 ? '' : '\n'}<script type="application/json" id="t-${i}">${jsonForScript(payload)}</script>`;
    i++;
  }
}

/** Bar chart as inline SVG; labels are escaped. */
function barChart(title: string, bars: Array<{ label: string; value: number; className?: string }>): string {
  const barWidth = Math.max(36, Math.min(80, Math.floor(340 / Math.max(bars.length, 1))));
  const width = 20 + barWidth * bars.length;
  const height = 140;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const items = bars
    .map((b, i) => {
      const h = Math.round((b.value / max) * (height - 40));
      const x = 10 + i * barWidth;
      return `<g><rect class="bar ${escapeHtml(b.className ?? '')}" x="${x + 2}" y="${height - 20 - h}" width="${barWidth - 4}" height="${h}"><title>${escapeHtml(`${b.label}: ${b.value}`)}</title></rect><text x="${x + barWidth / 2}" y="${height - 6}" text-anchor="middle">${escapeHtml(b.label)}</text><text x="${x + barWidth / 2}" y="${height - 24 - h}" text-anchor="middle">${b.value}</text></g>`;
    })
    .join('');
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${items}</svg></figure>`;
}

function overview(report: ReportStream, { bins: counts, total, shown }: Survey): string {
  const s = report.summary;
  const card = (label: string, value: string, className = ''): string => `<li><b class="${className}">${escapeHtml(value)}</b>${escapeHtml(label)}</li>`;
  const bins = counts.map((value, i) => ({ label: i === 9 ? '90–100' : `${i * 10}–`, value }));
  const byCategory = CATEGORIES.map((c) => ({ label: c, value: s.byCategory[c], className: c }));
  const gate = s.passedGate ? 'passed' : 'failed';
  const suppressed = s.suppressed.inline + s.suppressed.baseline;
  return `<section id="overview" aria-labelledby="overview-title">
<h2 id="overview-title" class="visually-hidden">Overview</h2>
<ul class="cards">
${card('gate', gate, s.passedGate ? 'gate-pass' : 'gate-fail')}
${card('documents', String(s.documents))}
${card('passed', String(s.passed), 'gate-pass')}
${card('failed', String(s.failed), s.failed ? 'gate-fail' : '')}
${card('not checked (errors, skipped)', String(s.errors + s.skipped), s.errors + s.skipped ? 'gate-fail' : '')}
${card('findings', String(s.findings))}
${card('critical · major · minor', `${s.bySeverity.critical} · ${s.bySeverity.major} · ${s.bySeverity.minor}`)}
${card('mean / worst score', `${s.meanScore ?? '–'} / ${s.worstScore ?? '–'}`)}
${card(`threshold · fail on`, `${s.threshold} · ${s.failOn ?? 'none'}`)}
${suppressed ? card('suppressed (inline · baseline)', `${s.suppressed.inline} · ${s.suppressed.baseline}`) : ''}
</ul>
<div class="review" aria-label="Review">
<span id="review-counts" class="meta"></span>
<button type="button" id="export-baseline" title="Accepted findings as a baseline: mtlint check --baseline FILE counts them as known">Baseline of accepted findings</button>
<button type="button" id="export-config" title="Accepted English findings as terms.accepted for mtlint.config.json">Config snippet</button>
<button type="button" id="export-csv" title="Every finding with its decision and note, for the desk's spreadsheet">CSV of all findings</button>
</div>
<div class="charts">${barChart('Score distribution (documents per score band)', bins)}${barChart('Findings per category', byCategory)}</div>
<div class="filters" role="search">
<label>Category <select id="f-category"></select></label>
<label>Severity <select id="f-severity"></select></label>
<label>Rule <select id="f-rule"></select></label>
<label>Status <select id="f-status"></select></label>
<label>Search <input id="f-q" type="search" placeholder="title, id, path, message  ( / )"></label>
</div>
${shown ? `<p class="omitted">This page lists the ${shown.size.toLocaleString('en')} lowest-scoring of ${total.toLocaleString('en')} documents (unreadable and failed ones first); the JSON report has them all. The cards and charts count every document.</p>\n` : ''}<table class="docs">
<thead><tr>
<th class="num" aria-sort="ascending"><button type="button" data-sort="score">Score</button></th>
<th aria-sort="none"><button type="button" data-sort="title">Document</button></th>
<th class="num" aria-sort="none"><button type="button" data-sort="words">Words</button></th>
${CATEGORIES.map((c) => `<th class="num">${escapeHtml(c)}</th>`).join('')}
<th>Status</th>
</tr></thead>
<tbody id="docs-body"></tbody>
</table>
<div class="pager"><button type="button" id="prev-page">← previous</button><span id="page-info"></span><button type="button" id="next-page">next →</button></div>
<noscript><p>The table and the document views need JavaScript; the JSON report holds the same data.</p></noscript>
</section>`;
}

/**
 * The HTML report: one self-contained page (inline CSS and JS, no network, a
 * strict Content-Security-Policy with hashes of its own script and style),
 * rendered from the same report as the JSON output. Document views are built
 * on demand in the browser, so a run of 10,000 articles stays fast.
 */
export const htmlReporter: Reporter = function* (report) {
  const { css, js } = loadAssets();
  const csp = `default-src 'none'; script-src ${cspHash(js)}; style-src ${cspHash(css)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = `mtlint report · ${report.summary.documents} documents · ${report.summary.passedGate ? 'passed' : 'failed'}`;
  const surveyed = survey(report);
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mtlint ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<header class="top"><h1><a href="#">mtlint</a> report</h1><span class="meta">${escapeHtml(`${report.summary.documents} documents from ${report.summary.files} files${report.timestamp ? ` · ${report.timestamp}` : ''}`)}</span><span class="hint"><button type="button" id="help-open">Keyboard: ?</button></span></header>
<main>
${overview(report, surveyed)}
<section id="document" class="docview" hidden aria-live="polite"></section>
</main>
<div id="tooltip" role="tooltip" hidden></div>
<div id="help" hidden role="dialog" aria-modal="true" aria-labelledby="help-title"><div>
<h2 id="help-title">Keyboard</h2>
<p><kbd>j</kbd> / <kbd>k</kbd> next / previous finding · <kbd>n</kbd> / <kbd>p</kbd> next / previous document<br><kbd>/</kbd> search · <kbd>Esc</kbd> back to the overview · <kbd>?</kbd> this help</p>
<p>Links like <code>#doc-12/f-3</code> open document 12 at its fourth finding.</p>
<button type="button" id="help-close">Close</button>
</div></div>
<script type="application/json" id="mtlint-data">`;
  yield* pageData(report, surveyed.shown);
  yield '</script>\n';
  yield* documentTexts(report, surveyed.shown);
  yield `\n<script>${js}</script>
</body>
</html>
`;
};

import type { DocumentReport, ReportStream } from '../report/types.js';
import type { Severity } from '../rules/types.js';
import type { Reporter } from './types.js';

const STYLES = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof STYLES;

const SEVERITY_STYLE: Record<Severity, Style> = { critical: 'red', major: 'red', minor: 'yellow' };

/** Terminal output in the manner of ESLint's stylish: grouped by file, one finding a line, a summary. */
export const stylishReporter: Reporter = function* (report, { color }) {
  const paint = (style: Style, text: string): string => (color ? `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m` : text);
  // A first pass counts the documents of each file (items are tagged with their id only when a file has several).
  const perPath = new Map<string, number>();
  for (const doc of report.documents) perPath.set(doc.path, (perPath.get(doc.path) ?? 0) + 1);
  let openPath: string | undefined;
  for (const doc of report.documents) {
    if (doc.path !== openPath && openPath !== undefined) {
      yield '\n';
      openPath = undefined;
    }
    const interesting = doc.findings.length > 0 || doc.status !== 'ok' || !doc.passed || doc.notes || doc.suppressed;
    if (!interesting) continue;
    const out: string[] = [];
    if (openPath === undefined) out.push(paint('underline', doc.path));
    openPath = doc.path;
    if ((perPath.get(doc.path) ?? 0) > 1) out.push(`  ${paint('bold', `[${doc.id}]`)}${doc.title ? ` ${paint('dim', truncate(doc.title, 70))}` : ''}`);
    out.push(...documentLines(doc, paint));
    yield `${out.join('\n')}\n`;
  }
  if (openPath !== undefined) yield '\n';
  yield `${summaryLine(report, paint)}\n`;
};

function documentLines(doc: DocumentReport, paint: (style: Style, text: string) => string): string[] {
  if (doc.status !== 'ok') return [`  ${paint('red', doc.status === 'skipped' ? 'skipped' : 'error')}  ${doc.error ?? ''}`];
  const out: string[] = [];
  for (const note of doc.notes ?? []) out.push(`  ${paint('dim', `note: ${note}`)}`);
  for (const s of doc.suppressed ?? []) {
    out.push(`  ${paint('dim', `${s.line}:${s.column}  suppressed ${s.reason === 'inline' ? `by the directive on line ${s.directiveLine}` : 'by the baseline'}: ${s.ruleId} "${s.text.slice(0, 40)}"`)}`);
  }
  const width = Math.max(...doc.findings.map((f) => `${f.line}:${f.column}`.length), 0);
  for (const f of doc.findings) {
    const where = `${f.line}:${f.column}`.padEnd(width);
    out.push(`  ${paint('dim', where)}  ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8))}  ${f.message}  ${paint('dim', f.ruleId)}`);
  }
  const verdict = doc.passed ? paint('green', 'passed') : paint('red', 'failed');
  out.push(`  ${paint('dim', `score ${doc.score?.toFixed(1)} of 100,`)} ${verdict}`);
  return out;
}

function summaryLine(report: ReportStream, paint: (style: Style, text: string) => string): string {
  const s = report.summary;
  const sev = (['critical', 'major', 'minor'] as const).map((k) => `${s.bySeverity[k]} ${k}`).join(', ');
  const problems = [s.errors > 0 ? `${s.errors} could not be read` : '', s.skipped > 0 ? `${s.skipped} skipped` : ''].filter(Boolean).join(', ');
  const gate = [`threshold ${s.threshold}`, s.failOn ? `fail on ${s.failOn}` : '', s.maxFindings !== null ? `max ${s.maxFindings} findings` : ''].filter(Boolean).join(', ');
  const suppressed = s.suppressed.inline + s.suppressed.baseline;
  const suppressedText = suppressed > 0 ? `; ${suppressed} suppressed (${s.suppressed.inline} inline, ${s.suppressed.baseline} by the baseline${s.baselineGone !== undefined ? `, ${s.baselineGone} baseline entries gone` : ''})` : '';
  const text =
    `${s.passedGate ? '✔' : '✖'} ${s.findings} finding${s.findings === 1 ? '' : 's'} (${sev}) in ${s.documents} document${s.documents === 1 ? '' : 's'}` +
    ` from ${s.files} file${s.files === 1 ? '' : 's'}: ${s.passed} passed, ${s.failed} failed${problems ? ` (${problems})` : ''}; ` +
    `mean score ${s.meanScore ?? '–'}, ${gate}${suppressedText}.`;
  return paint(s.passedGate ? 'green' : 'red', paint('bold', text));
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

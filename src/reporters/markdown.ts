import type { DocumentReport, ReportStream } from '../report/types.js';
import { SEVERITIES } from '../rules/types.js';
import type { Reporter } from './types.js';

const MOST_SEVERE_FIRST = [...SEVERITIES].reverse();

/** GitHub refuses a step summary over 1 MiB; the finding list stops well before. */
export const SUMMARY_BUDGET = 900 * 1024;

/** Text in a Markdown table cell or list item: no markup, no line breaks, pipes escaped. */
export function markdownText(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]<>()#+!|~&]/g, (c) => `\\${c}`)
    .trim();
}

/**
 * A Markdown summary of the run: the gate, counts by category and severity, every document that failed or has
 * findings, with its findings (most severe first), up to SUMMARY_BUDGET bytes. It is what `--format github` appends to
 * `$GITHUB_STEP_SUMMARY`, and fits a merge-request comment.
 */
export const markdownReporter: Reporter = function* (report) {
  const s = report.summary;
  let size = 0;
  const emit = (text: string): string => {
    size += Buffer.byteLength(text);
    return text;
  };
  yield emit(`## mtlint: ${s.passedGate ? '✅ passed' : '❌ failed'}\n\n`);
  yield emit(
    `${s.findings} finding${s.findings === 1 ? '' : 's'} in ${s.documents} document${s.documents === 1 ? '' : 's'} from ${s.files} file${s.files === 1 ? '' : 's'}: ` +
      `${s.passed} passed, ${s.failed} failed${s.errors + s.skipped > 0 ? ` (${s.errors} could not be read, ${s.skipped} skipped)` : ''}; ` +
      `mean score ${s.meanScore ?? '–'}, threshold ${s.threshold}${s.failOn ? `, fail on ${s.failOn}` : ''}${s.maxFindings !== null ? `, max ${s.maxFindings} findings` : ''}.\n\n`,
  );
  const categories = Object.entries(s.byCategory).filter(([, n]) => n > 0);
  yield emit(`| | ${MOST_SEVERE_FIRST.join(' | ')} |${categories.map(([c]) => ` ${c} |`).join('')}\n`);
  yield emit(`|---|${MOST_SEVERE_FIRST.map(() => '---:|').join('')}${categories.map(() => '---:|').join('')}\n`);
  yield emit(`| findings | ${MOST_SEVERE_FIRST.map((k) => s.bySeverity[k]).join(' | ')} |${categories.map(([, n]) => ` ${n} |`).join('')}\n\n`);
  const suppressed = s.suppressed.inline + s.suppressed.baseline;
  if (suppressed > 0) yield emit(`${suppressed} suppressed (${s.suppressed.inline} inline, ${s.suppressed.baseline} by the baseline).\n\n`);

  const shown = (doc: DocumentReport): boolean => doc.status !== 'ok' || !doc.passed || doc.findings.length > 0;
  let listed = 0;
  let left = 0;
  let header = false;
  for (const doc of report.documents) {
    if (!shown(doc)) continue;
    if (size > SUMMARY_BUDGET) {
      left++;
      continue;
    }
    if (!header) {
      yield emit('### Findings by document\n\n');
      header = true;
    }
    const name = `\`${doc.path.replace(/`/g, "'")}\`${doc.id !== doc.path && !doc.path.endsWith(doc.id) ? ` [${markdownText(doc.id)}]` : ''}`;
    if (doc.status !== 'ok') {
      yield emit(`- ${name}: **${doc.status === 'skipped' ? 'skipped' : 'not checked'}**: ${markdownText(doc.error ?? '')}\n`);
      listed++;
      continue;
    }
    yield emit(`- ${name}: ${doc.passed ? 'passed' : '**failed**'}, score ${doc.score?.toFixed(1)}, ${doc.findings.length} finding${doc.findings.length === 1 ? '' : 's'}\n`);
    listed++;
    const ordered = [...doc.findings].sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
    for (const [i, f] of ordered.entries()) {
      if (size > SUMMARY_BUDGET) {
        yield emit(`  - … and ${ordered.length - i} more (see the full report)\n`);
        break;
      }
      yield emit(`  - ${f.line}:${f.column} **${f.severity}** ${markdownText(f.message)} (\`${f.ruleId}\`)\n`);
    }
  }
  if (left > 0) yield emit(`\n… and ${left} more document${left === 1 ? '' : 's'} with findings (the summary stops at ${Math.round(SUMMARY_BUDGET / 1024)} KB; see the full report).\n`);
  if (listed === 0 && left === 0) yield emit('Every document passed.\n');
};

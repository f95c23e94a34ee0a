import type { DocumentReport, Finding } from '../report/types.js';
import type { Severity } from '../rules/types.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning'> = { critical: 'error', major: 'error', minor: 'warning' };

/** GitHub shows at most 10 error and 10 warning annotations per step and drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Workflow-command escaping: the message (data) escapes % CR LF; properties also : and , */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function inputError(doc: DocumentReport): string {
  return `::error file=${escapeProperty(doc.path)},title=${escapeProperty(`mtlint: ${doc.status}`)}::${escapeData(doc.error ?? doc.status)}`;
}

function annotation(doc: DocumentReport, f: Finding): string {
  const props = [
    `file=${escapeProperty(doc.path)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(`mtlint ${f.ruleId} (${f.severity})`)}`,
  ];
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), so
 * findings show as annotations on the pull request. GitHub keeps 10 errors and 10 warnings per step, so the
 * most severe are chosen: inputs that could not be checked, then critical, then major findings as errors,
 * minor ones as warnings, each in input order; a notice says how many more there are. The whole list goes to
 * the step summary (the CLI appends the `markdown` format to $GITHUB_STEP_SUMMARY).
 */
export const githubReporter: Reporter = function* (report) {
  // Only the first ten of each kind are kept; errors are then taken in this order of kinds.
  const kept: Record<'input' | Severity, string[]> = { input: [], critical: [], major: [], minor: [] };
  let total = 0;
  for (const doc of report.documents) {
    if (doc.status !== 'ok') {
      total++;
      if (kept.input.length < ANNOTATIONS_PER_LEVEL) kept.input.push(inputError(doc));
      continue;
    }
    for (const f of doc.findings) {
      total++;
      if (kept[f.severity].length < ANNOTATIONS_PER_LEVEL) kept[f.severity].push(annotation(doc, f));
    }
  }
  const errors = [...kept.input, ...kept.critical, ...kept.major].slice(0, ANNOTATIONS_PER_LEVEL);
  const warnings = kept.minor;
  const lines = [...errors, ...warnings];
  const more = total - lines.length;
  if (more > 0) {
    lines.push(
      `::notice title=${escapeProperty('mtlint: more findings')}::${escapeData(
        `${more} more finding${more === 1 ? '' : 's'} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step; the most severe are shown). All ${total} are in the job summary and the report.`,
      )}`,
    );
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
};

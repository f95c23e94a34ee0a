import type { Config } from '../config/defaults.js';
import type { Document } from '../document/document.js';
import { LineIndex, type Position } from '../document/line-index.js';
import { BaselineMatcher, type BaselineFile } from '../engine/baseline.js';
import { enabledRules, lintDocument } from '../engine/lint.js';
import { settle, settleOptions } from '../engine/settle.js';
import { decode } from '../io/decode.js';
import { parseDirectives } from '../readers/directives.js';
import { readerFor, type Reader } from '../readers/index.js';
import type { Finding } from '../report/types.js';
import { RULES, ruleById } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { applyEdits, type Edit } from './apply.js';
import { suggestionEdits } from './edits.js';

export interface FixOptions {
  config: Config;
  /** Fix only these rules (ids), when given. */
  rules?: readonly string[];
  /** Fix only these categories, when given. */
  categories?: readonly string[];
  /** Known findings, left as they are. */
  baseline?: BaselineFile;
}

/** What fixing one file would do. */
export interface FilePlan {
  path: string;
  /** The file as read (decoded). */
  before: string;
  /** The file with the fixes applied; equal to `before` when nothing was fixed. */
  after: string;
  fixed: Finding[];
  /** Findings a fix exists for that were left, with why. */
  skipped: Array<{ finding: Finding; reason: string }>;
  /** Findings no fix exists for (leftover English, unbalanced brackets …): for a person. */
  remaining: Finding[];
  /** The file could not be fixed at all (unreadable, not UTF-8, would not parse): left untouched. */
  error?: string;
}

/** Passes at most: a fix can only remove or replace text, and a second pass finds what the first uncovered (rarely anything). */
const MAX_PASSES = 3;

/**
 * Plans the safe fixes of one file: reads it as `check` does, takes the findings of fixable rules
 * (not suppressed inline, not in the baseline) and turns each suggestion into edits of the file's
 * own text, only where the flagged text maps exactly to the file (an entity or an escape whole,
 * never half of one). Repeats until nothing more is fixed, so a second run changes nothing.
 */
export function planFix(path: string, bytes: Uint8Array, options: FixOptions): FilePlan {
  const decoded = decode(bytes);
  const empty = { fixed: [], skipped: [], remaining: [] };
  if (!decoded.ok) return { path, before: '', after: '', ...empty, error: decoded.reason };
  if (decoded.encoding !== 'utf-8' && decoded.encoding !== 'utf-8-bom') {
    return { path, before: decoded.text, after: decoded.text, ...empty, error: `only UTF-8 files are fixed; this one is ${decoded.encoding}` };
  }
  const reader = readerFor(path);
  if (!reader) return { path, before: decoded.text, after: decoded.text, ...empty, error: 'unsupported file type' };
  const plan: FilePlan = { path, before: decoded.text, after: decoded.text, fixed: [], skipped: [], remaining: [] };
  const rules = enabledRules(RULES, options.config);
  let found = findingsOf(plan.after, path, reader, rules, options);
  if (typeof found === 'string') return { ...plan, error: found };
  for (let pass = 0; ; pass++) {
    const { edits, fixed, skipped, remaining } = editsFor(found, reader, options, new LineIndex(plan.after));
    plan.skipped = skipped;
    plan.remaining = remaining;
    if (edits.length === 0) break;
    if (pass === MAX_PASSES) {
      plan.skipped.push(...fixed.map((finding) => ({ finding, reason: `still to fix after ${MAX_PASSES} passes (run mtlint fix again)` })));
      break;
    }
    const next = applyEdits(plan.after, edits, reader.escapeText === undefined);
    // Read back before it is kept: a fix that breaks the file is dropped. What it reads is the next pass's input.
    const readBack = findingsOf(next, path, reader, rules, options);
    if (typeof readBack === 'string') {
      plan.skipped.push(...fixed.map((finding) => ({ finding, reason: `the fixed file would not read back (${readBack})` })));
      break;
    }
    plan.after = next;
    plan.fixed.push(...fixed);
    found = readBack;
  }
  return plan;
}

interface Found {
  doc: Document;
  finding: Finding;
}

/** The findings of a file's text, after inline directives and the baseline; or why it cannot be read. */
function findingsOf(text: string, path: string, reader: Reader, rules: readonly Rule[], options: FixOptions): Found[] | string {
  const lines = new LineIndex(text);
  let documents: Document[];
  try {
    const result = reader.read({ path, text, lines, fields: options.config.fields });
    if (result.errors.length > 0) return `${result.errors[0].message} (line ${result.errors[0].line})`;
    documents = result.documents;
  } catch (error) {
    return `cannot read as ${reader.name}: ${(error as Error).message}`;
  }
  // The engine's own last stage: run rules (copies within the file), inline directives, the baseline.
  const directives = parseDirectives(text, lines);
  const settling = settleOptions(rules, options.config, { baseline: options.baseline && new BaselineMatcher(options.baseline), quiet: false });
  const out: Found[] = [];
  for (const doc of documents) {
    const { findings, records } = lintDocument(doc, rules, options.config);
    const settled = settle({ path, id: doc.id, title: doc.title, notes: doc.notes, words: doc.wordTotal, findings, records, directives }, settling);
    for (const finding of settled.findings) out.push({ doc, finding });
  }
  return out;
}

function isWanted(finding: Finding, options: FixOptions): boolean {
  if (options.rules && !options.rules.includes(finding.ruleId)) return false;
  return !options.categories || options.categories.includes(finding.category);
}

/** Edits for the fixable findings, in position order, none conflicting with another. */
function editsFor(found: Found[], reader: Reader, options: FixOptions, fileLines: LineIndex) {
  const edits: Edit[] = [];
  const fixed: Finding[] = [];
  const skipped: FilePlan['skipped'] = [];
  const remaining: Finding[] = [];
  const taken = new DisjointRanges();
  for (const { doc, finding } of found) {
    if (finding.suggestion === undefined || !ruleById(finding.ruleId)?.meta.fixable) {
      remaining.push(finding);
      continue;
    }
    if (!isWanted(finding, options)) continue;
    const planned = findingEdits(doc, finding, reader, fileLines);
    if (typeof planned === 'string') skipped.push({ finding, reason: planned });
    else if (planned.some((e) => taken.conflicts(e))) skipped.push({ finding, reason: 'it overlaps another fix in this file (run mtlint fix again)' });
    else {
      for (const e of planned) taken.add(e);
      edits.push(...planned);
      fixed.push(finding);
    }
  }
  return { edits, fixed, skipped, remaining };
}

/** Ranges that do not overlap, kept sorted: a conflict test is two binary-search neighbours, not a scan. */
class DisjointRanges {
  private readonly ranges: Array<{ start: number; end: number }> = [];

  /** Overlapping it, starting where it starts, or an insertion inside it (adjacent edits are fine). */
  conflicts(r: { start: number; end: number }): boolean {
    const i = this.firstStartingAfter(r.start);
    const before = this.ranges[i - 1];
    const after = this.ranges[i];
    return (before !== undefined && (before.end > r.start || before.start === r.start)) || (after !== undefined && after.start < r.end);
  }

  add(r: { start: number; end: number }): void {
    this.ranges.splice(this.firstStartingAfter(r.start), 0, { start: r.start, end: r.end });
  }

  private firstStartingAfter(offset: number): number {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A finding's fix as edits of the file's offsets. */
function findingEdits(doc: Document, finding: Finding, reader: Reader, fileLines: LineIndex): Edit[] | string {
  const edits = suggestionEdits(doc, finding, reader.escapeText);
  if (typeof edits === 'string') return edits;
  return edits.map((e) => ({ start: offsetOf(fileLines, e.start), end: offsetOf(fileLines, e.end), replacement: e.replacement, wholeBlock: e.wholeBlock }));
}

function offsetOf(lines: LineIndex, position: Position): number {
  return lines.lineStart(position.line) + position.column - 1;
}

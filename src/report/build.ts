import type { Config } from '../config/defaults.js';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../rules/types.js';
import { RULES } from '../rules/index.js';
import { scoreDocument } from '../scoring/score.js';
import { VERSION } from '../version.js';
import { Spool } from './spool.js';
import { SCHEMA_VERSION, type DocumentReport, type Finding, type ReportStream, type Summary, type SuppressedFinding } from './types.js';

const RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

/** What the report keeps of a checked document besides its score: the engine fills it in, the settle stage finishes it. */
export interface CheckedFacts {
  path: string;
  id: string;
  title: string | null;
  notes: string[];
  words: number;
  findings: Finding[];
  blocks?: DocumentReport['blocks'];
}

/** A document whose findings are final (the engine's settle stage): the report scores and counts it. */
export interface SettledDocument extends CheckedFacts {
  suppressed: SuppressedFinding[];
}

/**
 * Turns settled documents, fed in input order, into the report: scores each against the gate,
 * counts the summary, and spools each document report.
 */
export class ReportBuilder {
  private readonly documents = new Spool<DocumentReport>();
  private readonly summary: SummaryCounter;

  constructor(private readonly config: Config) {
    this.summary = new SummaryCounter(config);
  }

  /** A checked document. */
  add(doc: SettledDocument): DocumentReport {
    return this.append(this.documentReport(doc));
  }

  /** An input that could not be checked (its report says why). */
  addFailed(report: DocumentReport): DocumentReport {
    return this.append(report);
  }

  /** The report; `baselineGone` counts the baseline's entries no document matched. */
  finish(files: number, options: { timestamp?: string; baselineGone?: number } = {}): ReportStream & { dispose(): void } {
    const documents = this.documents;
    return {
      schemaVersion: SCHEMA_VERSION,
      tool: { name: 'mtlint', version: VERSION },
      ...(options.timestamp ? { timestamp: options.timestamp } : {}),
      summary: this.summary.result(files, options.baselineGone),
      documents,
      dispose: () => documents.dispose(),
    };
  }

  private append(report: DocumentReport): DocumentReport {
    this.summary.add(report);
    this.documents.append(report);
    return report;
  }

  private documentReport(doc: SettledDocument): DocumentReport {
    const { config } = this;
    const { findings, suppressed } = doc;
    const { penalty, score } = scoreDocument(findings.map((f) => f.severity), doc.words, config.scoring);
    const blocking = config.failOn ? findings.some((f) => RANK[f.severity] >= RANK[config.failOn!]) : false;
    return {
      path: doc.path,
      id: doc.id,
      title: doc.title,
      status: 'ok',
      ...(doc.notes.length > 0 ? { notes: doc.notes } : {}),
      words: doc.words,
      score,
      penalty,
      passed: score >= config.threshold && !blocking,
      findings,
      ...(suppressed.length > 0 ? { suppressed } : {}),
      ...(doc.blocks ? { blocks: doc.blocks } : {}),
    };
  }
}

/** The summary, counted one document at a time. */
class SummaryCounter {
  private readonly byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  private readonly bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  private readonly byRule: Record<string, number> = Object.fromEntries(RULES.map((r) => [r.meta.id, 0]));
  private readonly suppressed = { inline: 0, baseline: 0 };
  private documents = 0;
  private checked = 0;
  private errors = 0;
  private skipped = 0;
  private passed = 0;
  private words = 0;
  private findings = 0;
  private scored = 0;
  private scoreSum = 0;
  private worst: number | null = null;

  constructor(private readonly config: Config) {}

  add(doc: DocumentReport): void {
    this.documents++;
    if (doc.status === 'ok') this.checked++;
    else if (doc.status === 'error') this.errors++;
    else this.skipped++;
    if (doc.passed) this.passed++;
    this.words += doc.words;
    if (doc.score !== null) {
      this.scored++;
      this.scoreSum += doc.score;
      this.worst = this.worst === null ? doc.score : Math.min(this.worst, doc.score);
    }
    for (const f of doc.findings) {
      this.findings++;
      this.byCategory[f.category]++;
      this.bySeverity[f.severity]++;
      this.byRule[f.ruleId] = (this.byRule[f.ruleId] ?? 0) + 1;
    }
    for (const s of doc.suppressed ?? []) this.suppressed[s.reason]++;
  }

  result(files: number, baselineGone: number | undefined): Summary {
    const { config } = this;
    const withinLimit = config.maxFindings === null || this.findings <= config.maxFindings;
    return {
      files,
      documents: this.documents,
      checked: this.checked,
      errors: this.errors,
      skipped: this.skipped,
      passed: this.passed,
      failed: this.documents - this.passed,
      words: this.words,
      findings: this.findings,
      suppressed: this.suppressed,
      ...(baselineGone !== undefined ? { baselineGone } : {}),
      maxFindings: config.maxFindings,
      byCategory: this.byCategory,
      bySeverity: this.bySeverity,
      byRule: this.byRule,
      meanScore: this.scored > 0 ? Math.round((this.scoreSum / this.scored) * 10) / 10 : null,
      worstScore: this.worst,
      threshold: config.threshold,
      failOn: config.failOn,
      passedGate: this.passed === this.documents && withinLimit,
    };
  }
}

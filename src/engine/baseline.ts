import { readFileSync } from 'node:fs';
import type { DocumentReport, Finding } from '../report/types.js';

/** The baseline file: today's findings, by fingerprint, so that a later run reports only new ones. */
export interface BaselineFile {
  mtlintBaseline: 1;
  findings: Array<{ fingerprint: string; ruleId: string; path: string; documentId: string; text: string }>;
}

export class BaselineError extends Error {}

export function toBaseline(documents: Iterable<DocumentReport>): BaselineFile {
  const findings: BaselineFile['findings'] = [];
  for (const d of documents) for (const f of d.findings) findings.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: d.path, documentId: d.id, text: f.text });
  findings.sort((a, b) => a.path.localeCompare(b.path) || a.documentId.localeCompare(b.documentId) || a.fingerprint.localeCompare(b.fingerprint));
  return { mtlintBaseline: 1, findings };
}

export function readBaseline(path: string): BaselineFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BaselineError(`${path}: cannot read the baseline (${(error as Error).message})`);
  }
  const file = data as Partial<BaselineFile>;
  if (file?.mtlintBaseline !== 1 || !Array.isArray(file.findings)) throw new BaselineError(`${path}: not an mtlint baseline (expected {"mtlintBaseline": 1, "findings": [...]})`);
  return file as BaselineFile;
}

/**
 * Splits findings into new and known ones. Fingerprints are counted, so a
 * defect that appears once more than in the baseline is new. Returns the
 * number of baseline entries no longer found ("gone").
 */
export class BaselineMatcher {
  private readonly remaining = new Map<string, number>();

  constructor(baseline: BaselineFile) {
    for (const f of baseline.findings) this.remaining.set(f.fingerprint, (this.remaining.get(f.fingerprint) ?? 0) + 1);
  }

  isKnown(finding: Finding): boolean {
    const left = this.remaining.get(finding.fingerprint) ?? 0;
    if (left === 0) return false;
    this.remaining.set(finding.fingerprint, left - 1);
    return true;
  }

  get gone(): number {
    let n = 0;
    for (const left of this.remaining.values()) n += left;
    return n;
  }
}

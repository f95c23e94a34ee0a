import type { Config } from '../config/defaults.js';
import type { Document } from '../document/document.js';
import type { Finding, RelatedLocation } from '../report/types.js';
import { fingerprint } from './fingerprint.js';
import { isRunRule, type Rule, type RuleContext, type RuleFinding, type Severity } from '../rules/types.js';

/** Runs every enabled rule over the documents; returns findings per document in position order. */
export function lintDocuments(documents: readonly Document[], rules: readonly Rule[], config: Config, onDocument?: (done: number) => void): Map<Document, Finding[]> {
  const context: RuleContext = { options: config.rules.options };
  const results = new Map<Document, Finding[]>(documents.map((d) => [d, []]));
  const enabled = rules.filter((r) => config.rules.overrides[r.meta.id] !== 'off');
  const add = (rule: Rule, doc: Document, f: RuleFinding): void => {
    const override = config.rules.overrides[rule.meta.id] as Severity | undefined;
    results.get(doc)?.push(toFinding(doc, rule, f, override ?? f.severity ?? rule.meta.severity));
  };
  // Document by document, so each one's tokens can be released before the next: memory stays flat on big runs.
  documents.forEach((doc, i) => {
    for (const rule of enabled) if (!isRunRule(rule)) for (const f of rule.check(doc, context)) add(rule, doc, f);
    void doc.wordTotal;
    doc.releaseTokens();
    onDocument?.(i + 1);
  });
  for (const rule of enabled) {
    if (isRunRule(rule)) for (const { document, finding } of rule.checkRun(documents, context)) add(rule, document, finding);
  }
  for (const findings of results.values()) findings.sort(byPosition(rules));
  return results;
}

function toFinding(doc: Document, rule: Rule, f: RuleFinding, severity: Severity): Finding {
  const related = f.related?.map((r): RelatedLocation => {
    const where = r.document ?? doc;
    return { message: r.message, path: where.path, documentId: where.id, text: where.text.slice(r.start, r.end), ...where.locate(r.start, r.end) };
  });
  return {
    ruleId: rule.meta.id,
    category: rule.meta.category,
    severity,
    message: f.message,
    text: doc.text.slice(f.start, f.end),
    offset: f.start,
    length: f.end - f.start,
    ...doc.locate(f.start, f.end),
    fingerprint: fingerprint(doc, rule.meta.id, f.start, f.end),
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    ...(related && related.length > 0 ? { related } : {}),
  };
}

function byPosition(rules: readonly Rule[]) {
  const order = new Map(rules.map((r, i) => [r.meta.id, i]));
  return (a: Finding, b: Finding): number =>
    a.offset - b.offset || b.length - a.length || (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0) || a.message.localeCompare(b.message);
}

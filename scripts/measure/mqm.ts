/**
 * Shared helpers for measuring against the WMT23 MQM ratings: documents built
 * from an article's German text (optionally with its English source), findings
 * mapped back to offsets in target_text, and rater spans clustered.
 */
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import type { Document } from '../../src/document/document.js';
import type { LineIndex } from '../../src/document/line-index.js';
import { lintDocuments } from '../../src/engine/lint.js';
import { plainTextDocument } from './plain-text.js';
import type { Finding } from '../../src/report/types.js';
import type { Rule } from '../../src/rules/types.js';
import type { MqmArticle, MqmSpan } from './shared-data.js';

export interface Located extends Finding {
  /** [start, end) in target_text. */
  from: number;
  to: number;
}

export function documentOf(article: MqmArticle, withSource: boolean): { doc: Document; lines: LineIndex } {
  const source = withSource ? article.segments.map((s) => s.source).join('\n\n') : undefined;
  return plainTextDocument(article.target_text, { headline: true, id: `${article.doc_id}/${article.mt_system}`, source });
}

export function findingsOf(article: MqmArticle, rules: readonly Rule[], withSource = false): Located[] {
  const { doc, lines } = documentOf(article, withSource);
  const findings = lintDocuments([doc], rules, DEFAULT_CONFIG).get(doc) ?? [];
  return findings.map((f) => {
    const from = lines.lineStart(f.line) + f.column - 1;
    const to = lines.lineStart(f.endLine) + f.endColumn - 1;
    return { ...f, from, to };
  });
}

export interface Cluster {
  from: number;
  to: number;
  text: string;
  raters: Set<string>;
  categories: Set<string>;
}

/** Target-side spans of an article in target_text offsets. */
export function targetSpans(article: MqmArticle): Array<MqmSpan & { from: number; to: number }> {
  return article.segments.flatMap((seg) =>
    seg.spans.filter((s) => s.side === 'target').map((s) => ({ ...s, from: seg.target_offset + s.start, to: seg.target_offset + s.end })),
  );
}

/**
 * The MQM dev articles, one per distinct text (document, system) with its target spans: the two
 * GPT4-5shot pairings are the same text rated by the same raters, so their spans are pooled.
 */
export function distinctTexts(articles: readonly MqmArticle[]): Array<{ article: MqmArticle; spans: ReturnType<typeof targetSpans> }> {
  const byText = new Map<string, { article: MqmArticle; spans: ReturnType<typeof targetSpans> }>();
  for (const a of articles) {
    const key = `${a.doc_id}|${a.mt_system}`;
    const entry = byText.get(key) ?? { article: a, spans: [] };
    entry.spans.push(...targetSpans(a));
    byText.set(key, entry);
  }
  return [...byText.values()];
}

/** Overlapping spans of different raters merged into clusters. */
export function clusters(spans: Array<{ from: number; to: number; rater: string; category_norm: string }>, text: string): Cluster[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const out: Cluster[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from < last.to) {
      last.to = Math.max(last.to, s.to);
      last.raters.add(s.rater);
      last.categories.add(s.category_norm);
    } else {
      out.push({ from: s.from, to: s.to, text: '', raters: new Set([s.rater]), categories: new Set([s.category_norm]) });
    }
  }
  for (const c of out) c.text = text.slice(c.from, c.to);
  return out;
}

export function overlap(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

export const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

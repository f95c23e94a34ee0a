import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The measurement data lives in ../shared/data beside the checkout (WMT22/23
 * references and WMT23 MQM ratings). It is not shipped: these scripts are for
 * developers; the product and its tests never need it.
 */
export const SHARED_DATA = resolve(process.env.MTLINT_SHARED_DATA ?? '../shared/data');

export function readJsonl<T>(relative: string): T[] {
  const path = resolve(SHARED_DATA, relative);
  if (!existsSync(path)) {
    console.error(`missing ${path}: the measurement scripts need ../shared/data (or MTLINT_SHARED_DATA)`);
    process.exit(2);
  }
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

export interface RefArticle {
  doc_id: string;
  reference?: string;
  text: string;
  starts_at_headline?: boolean;
  segments: Array<{ seg_id: number; source: string; reference: string }>;
}

export interface MqmSpan {
  side: 'target' | 'source';
  start: number;
  end: number;
  text: string;
  category: string;
  category_norm: string;
  severity: string;
  rater: string;
}

export interface MqmArticle {
  doc_id: string;
  system: string;
  mt_system: string;
  /** The three raters of the document (each rated every translation of it). */
  raters: string[];
  is_human_reference: boolean;
  mqm: { mean: number; mean_per_segment: number };
  target_text: string;
  segments: Array<{ seg_id: number; source: string; target: string; target_offset: number; spans: MqmSpan[]; raters: string[] }>;
}

/** Clean professional German: WMT23 refA (paragraphs) and WMT22 refA/refB (sentences). */
export function referenceArticles(): Array<{ id: string; paragraphs: string[]; headline: string | null }> {
  const wmt23 = readJsonl<RefArticle>('wmt23-ende-refs/news-dev.jsonl').map((a) => ({
    id: `wmt23/${a.doc_id}`,
    paragraphs: a.segments.map((s) => s.reference),
    headline: a.segments[0]?.reference ?? null,
  }));
  const wmt22 = readJsonl<RefArticle>('wmt22-ende-refs/news.jsonl').map((a) => ({
    id: `wmt22/${a.doc_id}/${a.reference}`,
    paragraphs: a.segments.map((s) => s.reference),
    headline: a.starts_at_headline ? (a.segments[0]?.reference ?? null) : null,
  }));
  return [...wmt23, ...wmt22];
}

/** Distinct MQM-rated texts (GPT4-5shot appears twice in the data; kept once). */
export function mqmArticles(): MqmArticle[] {
  const seen = new Set<string>();
  return readJsonl<MqmArticle>('wmt23-ende-mqm/dev.jsonl').filter((a) => {
    const key = `${a.doc_id}|${a.mt_system}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

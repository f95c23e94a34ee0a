import type { PageData, PageDocument, Severity } from './types.js';

/** The report's data, parsed once from its script element. */
export const data = JSON.parse(document.getElementById('mtlint-data')!.textContent!) as PageData;
export const docs: PageDocument[] = data.documents;

export const SEVERITY_RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1 };

export interface Filters {
  category: string;
  severity: string;
  rule: string;
  status: string;
  q: string;
}

/** What the page shows: the table's sort, page and filters, the documents in table order, the open document and finding. */
export const state = {
  sort: { key: 'score', dir: 1 },
  page: 0,
  filters: { category: '', severity: '', rule: '', status: '', q: '' } as Filters,
  order: [] as number[],
  current: -1,
  finding: -1,
};

export function statusOf(doc: PageDocument): string {
  if (doc.status !== 'ok') return doc.status;
  return doc.passed ? 'passed' : 'failed';
}

/** What the HTML reporter puts into the page (src/reporters/html.ts, `pageData`). */
export type Severity = 'critical' | 'major' | 'minor';

export interface PageFinding {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
  line: number;
  column: number;
  text: string;
  fingerprint: string;
  suggestion?: string;
  /** `mtlint fix` applies the suggestion. */
  fixable: boolean;
  /** For near copies: what differs from the text they repeat, word by word ([1 added | -1 removed | 0 same, text]). */
  diff?: Array<[number, string]>;
  /** For cross-document findings: the other document's index in the page. */
  other?: number;
}

export interface PageBlock {
  kind: string;
  start: number;
  end: number;
}

export interface PageDocument {
  path: string;
  id: string;
  title: string | null;
  status: 'ok' | 'error' | 'skipped';
  error?: string;
  notes?: string[];
  words: number;
  score: number | null;
  passed: boolean;
  suppressed?: unknown[];
  findings: PageFinding[];
  /** Filled from the document's own script element when it is first opened. */
  text?: string;
  blocks?: PageBlock[];
}

export interface PageData {
  categories: string[];
  rules: Array<{ id: string; category: string; severity: Severity; description: string }>;
  documents: PageDocument[];
}

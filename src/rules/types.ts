import type { Document } from '../document/document.js';

export type Severity = 'minor' | 'major' | 'critical';
export const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

/** Category names are a public contract (JSON report, config, HTML legend). */
export type Category = 'english' | 'brackets' | 'duplicates' | 'boilerplate' | 'typography' | 'encoding';
export const CATEGORIES: readonly Category[] = ['english', 'brackets', 'duplicates', 'boilerplate', 'typography', 'encoding'];

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** One line, for `mtlint rules`, SARIF and the HTML legend. */
  description: string;
}

/** A place a finding refers to besides its own span: the original of a copy, the other end of a pair. */
export interface RelatedSpan {
  message: string;
  start: number;
  end: number;
  /** Set when the span is in another document (cross-document rules). */
  document?: Document;
}

/** What a rule reports: a span of `Document.text` and what is wrong with it. */
export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. by size). */
  severity?: Severity;
  suggestion?: string;
  related?: RelatedSpan[];
}

/** Options shared by the rules of one run (from the config file or defaults). */
export interface RuleOptions {
  /** Similarity (Sørensen–Dice on character bigrams, 0–1) above which two texts are near-duplicates. */
  nearDuplicateThreshold: number;
  /** Paragraphs with fewer words are formulaic and never reported as repeated. */
  minRepeatParagraphWords: number;
  /** Sentences with fewer words are never reported as repeated (quotes repeat short sentences on purpose). */
  minRepeatSentenceWords: number;
  /** Anglicisms and names accepted in German text, on top of data/anglicisms.txt (case-insensitive). */
  acceptedTerms: string[];
  /** Terms always reported as English (case-insensitive, whole words). */
  flaggedTerms: string[];
}

export interface RuleContext {
  options: RuleOptions;
}

export interface DocumentRule {
  meta: RuleMeta;
  check(document: Document, context: RuleContext): RuleFinding[];
}

export interface RunFinding {
  document: Document;
  finding: RuleFinding;
}

/** A rule that compares documents of one run with each other. */
export interface RunRule {
  meta: RuleMeta;
  checkRun(documents: readonly Document[], context: RuleContext): RunFinding[];
}

export type Rule = DocumentRule | RunRule;

export function isRunRule(rule: Rule): rule is RunRule {
  return 'checkRun' in rule;
}

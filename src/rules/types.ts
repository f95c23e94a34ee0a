import { lexicon, type Lexicon } from '../lexicon/lexicon.js';
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
  /**
   * Its suggestions repair scraping or typography and may be applied without a person (`mtlint
   * fix`). Never set on a rule whose fix would be a translation.
   */
  fixable?: boolean;
  /**
   * The same text reported again in a document is one choice (a term the translator kept): the
   * engine reports its first use, after inline directives and the baseline, with the others as related.
   */
  groupsRepeats?: boolean;
}

/** A place a finding refers to besides its own span: the original of a copy, the other end of a pair. */
export interface RelatedSpan {
  message: string;
  start: number;
  end: number;
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
  /** The run's one lexicon, carrying the configured accepted terms: every rule classifies a word the same way. */
  readonly lexicon: Lexicon;
}

/** The context of a run's rules; the lexicon is loaded on first use (a run of rules that need none never pays for it). */
export function ruleContext(options: RuleOptions): RuleContext {
  let lex: Lexicon | undefined;
  return {
    options,
    get lexicon() {
      return (lex ??= lexicon(options.acceptedTerms));
    },
  };
}

export interface DocumentRule {
  meta: RuleMeta;
  check(document: Document, context: RuleContext): RuleFinding[];
}

/** A span located in its input file: what a finding needs, computed where the document is. */
export interface LocatedSpan {
  path: string;
  documentId: string;
  offset: number;
  length: number;
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The fingerprint a finding of this rule on this span gets. */
  fingerprint: string;
  /** Columns in UTF-8 bytes, when the run asks for them. */
  utf8Column?: number;
  utf8EndColumn?: number;
}

/** Where a related span is: enough to point to it, not to report on it. */
export type RelatedSpanAt = Omit<LocatedSpan, 'fingerprint' | 'offset' | 'length'>;

export interface RecordContext extends RuleContext {
  /** Locates a span of the document for this rule. */
  locate(start: number, end: number): LocatedSpan;
}

/** A finding of a run rule: a located span and what is wrong with it. */
export interface RunRuleFinding {
  at: LocatedSpan;
  message: string;
  severity?: Severity;
  suggestion?: string;
  related?: Array<{ message: string; at: RelatedSpanAt }>;
}

/**
 * A rule that compares the documents of a run with each other. It sees each
 * document once, where the document is read (a worker thread), and keeps a
 * small cloneable record of it; the records are then compared in input order
 * in one place, so a document's findings depend only on the documents before
 * it, whatever the number of threads, and no document is kept in memory.
 */
export interface RunRule<R = unknown> {
  meta: RuleMeta;
  record(document: Document, context: RecordContext): R | undefined;
  /** A fresh comparison for one run: called with each document's record in input order. */
  compare(context: RuleContext): (record: R) => RunRuleFinding[];
}

// `any`: each run rule has its own record type.
export type Rule = DocumentRule | RunRule<any>;

export function isRunRule(rule: Rule): rule is RunRule {
  return 'compare' in rule;
}

import type * as Diff from 'diff';
import type * as Franc from 'franc';
import type { Block, Document } from '../../document/document.js';
import { isSpaceCode } from '../../document/char-class.js';
import { tokenizeWords, type Span, type Word } from '../../document/tokenize.js';
import type { Lexicon, WordClass } from '../../lexicon/lexicon.js';
import { lazy } from '../../lazy.js';
import type { RuleContext } from '../types.js';

const franc = lazy<typeof Franc>('franc');
const diff = lazy<typeof Diff>('diff');
import { protectedRanges, QUOTE_MARKS, quotationRanges, RangeSet, type Range } from '../ranges.js';
import { acronymExpansions, authorYearCitations, citedPapers, pictureCredits } from './cited-names.js';
import { matchesAtWordStart } from '../text.js';

export type EnglishKind = 'word' | 'phrase' | 'insert' | 'sentence' | 'article' | 'copied';

/** A span of English found in a German document, with what is needed to report it. */
export interface EnglishSpan {
  kind: EnglishKind;
  start: number;
  end: number;
  /** The block kind for whole-block findings ("headline", "paragraph", …). */
  blockKind?: Block['kind'];
  /** The quotation around the span, when there is one. */
  quotation?: Range;
  /** For `article`: English words / all words. */
  share?: number;
  /** For `article`: the target is identical to its source. */
  identicalToSource?: boolean;
  /** For `sentence`: how many sentences follow one another in English here (1 when absent). */
  sentences?: number;
}

interface Token extends Span {
  cls: WordClass;
  /** Capitalised where a capital is not just the sentence start. */
  capitalised: boolean;
  /** English by the lexicon and not a capitalised word that may be a name. */
  strong: boolean;
}

/** Words that join the parts of a name: "Bank of England", "Asan Institute for Policy Studies". */
const NAME_CONNECTORS = new Set(['of', 'and', 'the', 'for', '&', 'on', 'at', 'in', 'de', 'du', 'da', 'van', 'von', 'y', 'upon', 'la', 'le', 'or', 'up', 'vs', 'til']);
/** Words that join a name only when every other word of it is a content word (see isName). */
const VERB_JOINERS = new Set(['to', 'with']);
/** English complex prepositions end in *to* or *with* (According to Reuters, Due to, Together with): no name. */
const COMPLEX_PREPOSITION_HEADS = new Set(['according', 'due', 'owing', 'prior', 'thanks', 'next', 'close', 'along', 'together']);
/** A run may continue across these characters between two words; anything else ends it. */
const RUN_GAP = /^[\s,'’-]*$/;
/** Sentences this long are left to franc as well as to the lexicon (it is reliable from about six words). */
const FRANC_MIN_WORDS = 6;

const memo = new WeakMap<Document, WeakMap<Lexicon, EnglishSpan[]>>();

/**
 * Finds the English in a document once; each english-* rule reports its kind.
 * Signals: the lexicons (hunspell de/en, function words, anglicisms), franc on
 * whole sentences, brackets around inserts, and the English source when the
 * input carries one. Names (title-case words joined by of/and/the …) are kept.
 */
export function analyseEnglish(doc: Document, { lexicon }: RuleContext): EnglishSpan[] {
  let byLexicon = memo.get(doc);
  if (!byLexicon) memo.set(doc, (byLexicon = new WeakMap()));
  let spans = byLexicon.get(lexicon);
  if (!spans) {
    spans = new EnglishAnalysis(doc, lexicon).run();
    byLexicon.set(lexicon, spans);
  }
  return spans;
}

const kept = new WeakMap<Document, WeakMap<Lexicon, RangeSet>>();

/**
 * What a German text keeps as its source wrote it, English or not: addresses and handles, an
 * acronym's expansion, a cited paper or an author–year citation, a picture credit ("Foto: picture
 * alliance"), an established multi-word term (fake news, made in Germany). Settled once per
 * document and lexicon, for the English analysis and for untranslated-name.
 */
export function keptAsWritten(doc: Document, lex: Lexicon): RangeSet {
  let byLexicon = kept.get(doc);
  if (!byLexicon) kept.set(doc, (byLexicon = new WeakMap()));
  let ranges = byLexicon.get(lex);
  if (!ranges) {
    const { text } = doc;
    const list = [...protectedRanges(text, 0), ...acronymExpansions(text, 0), ...citedPapers(text, 0), ...authorYearCitations(text, 0), ...pictureCredits(text, 0)];
    const phrases = lex.acceptedPhrases();
    if (phrases) for (const m of matchesAtWordStart(text, phrases)) list.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    byLexicon.set(lex, (ranges = new RangeSet(list)));
  }
  return ranges;
}

/** A run of tokens without a German word, and where it starts among its sentence's tokens. */
interface Run {
  at: number;
  tokens: Token[];
}

/** Word classes as stored in EnglishAnalysis.wordClasses (0: not asked yet). */
const WORD_CLASSES: readonly WordClass[] = ['none', 'de', 'en', 'both', 'none'];
const CLASS_CODES: Record<WordClass, number> = { de: 1, en: 2, both: 3, none: 4 };
const CLAUSE_OPENERS = new Set([...'„“"»«([:'].map((c) => c.charCodeAt(0)));
const NO_TOKENS: Token[] = [];
const NO_RANGES = new RangeSet<Range>([]);

class EnglishAnalysis {
  private readonly spans: EnglishSpan[] = [];
  private readonly protectedRanges: RangeSet;
  private readonly quotations: RangeSet;
  private englishWords = 0;
  /** Brackets of the current block that give a work's original title and year: no run inside them is a leftover. */
  private workTitles: Range[] = [];
  /**
   * The current block's inserts and work titles, which a run may overlap (runs lie in one sentence each and do
   * not overlap one another): looked up in a RangeSet, so a block with many runs costs no more per run.
   */
  private blockInserts = NO_RANGES;
  /** The document writes German nouns in lower case (a forum thread, a chat): "problem" there is German. */
  private readonly lowerCaseNouns: boolean;
  /** Each word's class inside a sentence, by its index in doc.words, settled once: CLASS_CODES, 0 while unasked. */
  private readonly wordClasses: Uint8Array;

  constructor(
    private readonly doc: Document,
    private readonly lex: Lexicon,
  ) {
    const quotationList: Range[] = [];
    // Over the whole text at once (none of these runs past a line break, and blocks are separated by
    // blank lines): a document of many tiny blocks pays each scanner once, not once a block.
    const { text } = doc;
    for (const block of doc.blocksContaining(QUOTE_MARKS)) for (const q of quotationRanges(doc.blockText(block), block.start)) quotationList.push(q);
    this.protectedRanges = keptAsWritten(doc, lex);
    this.quotations = new RangeSet(quotationList);
    this.wordClasses = new Uint8Array(doc.words.length);
    this.lowerCaseNouns = this.writesNounsInLowerCase();
  }

  /**
   * German text written all in lower case, as forums and chats are: many words English-only in
   * lower case that are German nouns capitalised ("ein problem mit dem link"). Machine
   * translations capitalise nouns, so there a lower-case "problem" stays English; only a
   * document where such words are many (LOWER_CASE_NOUNS_MIN, and a share of its words) is read so.
   */
  private writesNounsInLowerCase(): boolean {
    const words = this.doc.words;
    let count = 0;
    for (let wordIndex = 0; wordIndex < words.length; wordIndex++) {
      const w = words[wordIndex];
      if (w.text.length < 4 || this.classOf(wordIndex) !== 'en' || !this.lex.isGermanCapitalised(w.text)) continue;
      if (++count >= LOWER_CASE_NOUNS_MIN && count >= words.length * LOWER_CASE_NOUNS_SHARE) return true;
    }
    return false;
  }

  /**
   * A paragraph that writes German nouns in lower case, as a forum post or a comment does in a
   * page that otherwise does not: German-only nouns in lower case ("ein problem mit dem browser
   * seit dem update, keine idee"), words no dictionary has in lower case but German has
   * capitalised. Machine translations capitalise nouns, so such a word is rare in one.
   */
  private writesNounsInLowerCaseIn(words: readonly Word[]): boolean {
    let count = 0;
    for (const w of words) {
      if (w.text.length < 4 || !/^\p{Ll}+$/u.test(w.text) || this.lex.classify(w.text, false, w.hash) !== 'none' || !this.lex.isGermanCapitalised(w.text)) continue;
      if (++count >= LOWER_CASE_NOUNS_IN_BLOCK) return true;
    }
    return false;
  }

  /** The lexicon's class of doc.words[index] inside a sentence (not at its start), asked of the lexicon once. */
  private classOf(index: number): WordClass {
    const code = this.wordClasses[index];
    if (code !== 0) return WORD_CLASSES[code];
    const w = this.doc.words[index];
    const cls = this.lex.classify(w.text, false, w.hash);
    this.wordClasses[index] = CLASS_CODES[cls];
    return cls;
  }

  /** Whether the block being read writes nouns in lower case (the document does, or this paragraph). */
  private blockLowerCaseNouns = false;

  run(): EnglishSpan[] {
    const { doc } = this;
    if (doc.source && normalize(doc.source) === normalize(doc.text)) {
      return [{ kind: 'article', start: 0, end: doc.text.length, share: 1, identicalToSource: true }];
    }
    const { sentences, words: allWords } = doc;
    let sentence = 0;
    for (let blockIndex = 0; blockIndex < doc.blocks.length; blockIndex++) {
      const block = doc.blocks[blockIndex];
      while (sentence < sentences.length && sentences[sentence].start < block.start) sentence++;
      if (this.mayHoldEnglish(block, sentence, allWords)) this.analyseBlock(block);
    }
    this.blockLowerCaseNouns = this.lowerCaseNouns; // what follows reads across blocks
    const words = doc.words.length;
    if (words >= 20 && this.englishWords / words >= 0.8) {
      return [{ kind: 'article', start: 0, end: doc.text.length, share: this.englishWords / words }];
    }
    if (doc.source) this.addCopiedSpans(doc.source);
    return this.spans.sort((a, b) => a.start - b.start);
  }

  /**
   * Whether a block has a bracket or a sentence with an English word (the
   * sentences from doc.sentences[sentence] on): the blocks analyseBlock()
   * can find English in, asked without building anything for the others.
   */
  private mayHoldEnglish(block: Block, sentence: number, words: readonly Word[]): boolean {
    if (hasBracketOpener(this.doc.text, block.start, block.end)) return true;
    const { sentences } = this.doc;
    let word = this.wordCursor;
    for (let i = sentence; i < sentences.length && sentences[i].end <= block.end; i++) {
      while (word < words.length && words[word].start < sentences[i].start) word++;
      if (this.hasEnglishWord(sentences[i], word)) return true;
    }
    this.wordCursor = word;
    return false;
  }

  /** Where mayHoldEnglish() stopped in doc.words: blocks are asked in order. */
  private wordCursor = 0;

  private analyseBlock(block: Block): void {
    if (isReference(this.doc.blockText(block))) return; // a bibliography entry: titles are cited as published
    const sentences = this.doc.sentencesIn(block.start, block.end);
    const words = this.doc.wordsIn(block.start, block.end);
    this.blockLowerCaseNouns = this.lowerCaseNouns || this.writesNounsInLowerCaseIn(words);
    // Most sentences have no English word at all: they need no tokens (and make no garbage).
    const allWords = this.doc.words;
    let from = this.doc.firstWordAt(block.start);
    const tokens = sentences.map((s) => {
      while (from < allWords.length && allWords[from].start < s.start) from++;
      return this.hasEnglishWord(s, from) ? this.tokens(s) : NO_TOKENS;
    });
    // No English word and no bracket: no sentence, insert or run can be English (most blocks).
    if (tokens.every((t) => t === NO_TOKENS) && !hasBracketOpener(this.doc.text, block.start, block.end)) return;
    const english = tokens.map((t) => this.isEnglishSentence(t));
    if (english.length > 0 && english.every(Boolean) && !this.isSocialPost(block.start, block.end)) {
      this.spans.push({ kind: 'sentence', start: block.start, end: block.end, blockKind: block.kind });
      this.englishWords += words.length;
      return;
    }
    if (this.isEnglishBlock(block, tokens, english)) return;
    const blockSpans = this.spans.length;
    this.workTitles = [];
    this.addInserts(block);
    this.blockInserts = this.spans.length > blockSpans || this.workTitles.length > 0 ? new RangeSet([...this.spans.slice(blockSpans), ...this.workTitles]) : NO_RANGES;
    // English sentences that follow one another are one passage left in English: one finding.
    let passage: EnglishSpan | undefined;
    sentences.forEach((sentence, i) => {
      const quotation = this.quotationOf(sentence.start, sentence.end);
      const previous = passage;
      passage = undefined;
      if (quotation && (english[i] || tokens[i].length > 0) && this.isGlossed(quotation.end)) return;
      if ((english[i] || tokens[i].length > 0) && this.isSocialPost(sentence.start, sentence.end)) return;
      if (english[i]) {
        this.englishWords += this.doc.wordsIn(sentence.start, sentence.end).length;
        if (previous && i > 0 && english[i - 1]) {
          passage = previous;
          passage.end = sentence.end;
          passage.sentences = (passage.sentences ?? 1) + 1;
        } else this.spans.push((passage = { kind: 'sentence', start: sentence.start, end: sentence.end, quotation }));
      } else {
        this.addRuns(tokens[i]);
      }
    });
  }

  /**
   * A paragraph of English sentences among short ones the lexicon cannot decide alone ("I am a
   * capitalist. Come on. I believe in markets. What I don’t believe in is theft …"): read as one
   * text, it is English, and it is one leftover, reported once for the paragraph.
   */
  private isEnglishBlock(block: Block, tokens: Token[][], english: boolean[]): boolean {
    if (english.filter(Boolean).length < 2) return false;
    // The English sentences must hold most of its words: a long German paragraph with two English ones is not asked.
    let inEnglish = 0;
    for (let i = 0; i < english.length; i++) if (english[i]) inEnglish += tokens[i].length;
    if (inEnglish * 2 < this.doc.wordCountIn(block.start, block.end) || this.isSocialPost(block.start, block.end)) return false;
    const sentences = this.doc.sentencesIn(block.start, block.end);
    // A sentence without an English word was given no tokens; any German-only word in it keeps the paragraph German.
    const all = tokens.flatMap((t, i) => (t === NO_TOKENS ? this.tokens(sentences[i]) : t));
    if (!this.isEnglishSentence(all)) return false;
    this.spans.push({ kind: 'sentence', start: block.start, end: block.end, blockKind: block.kind });
    this.englishWords += this.doc.wordCountIn(block.start, block.end);
    return true;
  }

  /**
   * Whether any word of the sentence is English by the lexicon, as tokens()
   * would classify it. The sentence's words are doc.words from `from` on.
   */
  private hasEnglishWord(sentence: Span, from: number): boolean {
    const { words } = this.doc;
    if (this.protectedRanges.overlaps(sentence.start, sentence.end)) return true; // tokens() drops URLs and handles, which shifts sentence starts
    for (let i = from; i < words.length && words[i].end <= sentence.end; i++) {
      const w = words[i];
      if ((i === from || this.opensClause(w.start) ? this.lex.classify(w.text, true, w.hash) : this.classOf(i)) === 'en') return true;
    }
    return false;
  }

  private tokens(sentence: Span): Token[] {
    const first = this.doc.firstWordAt(sentence.start);
    const words = this.doc.wordsIn(sentence.start, sentence.end);
    const kept = this.protectedRanges.size === 0 ? words : words.filter((w) => !this.protectedRanges.overlaps(w.start, w.end));
    let index = first;
    return kept
      .map((w, i) => {
        if (kept !== words) while (this.doc.words[index] !== w) index++;
        else index = first + i;
        const sentenceStart = i === 0 || this.opensClause(w.start);
        // "wind- und sonnenreich", "trans- und intergeschlechtlich": the first part of a German compound
        let cls: WordClass = this.isCompoundPart(w.end) || this.isCompoundTail(w.start) ? 'de' : sentenceStart ? this.lex.classify(w.text, true, w.hash) : this.classOf(index);
        if (cls === 'en' && this.isAbbreviation(w.end)) cls = 'none'; // "mind. 6 Monate", "incl. Steuern": a German abbreviation
        if (cls === 'en' && this.doc.text.charCodeAt(w.end) === 42) cls = 'de'; // the gender star: "inter* Personen", "trans*feindlich"
        if (cls === 'en' && this.blockLowerCaseNouns && this.lex.isGermanCapitalised(w.text)) cls = 'both';
        const capitalised = !sentenceStart && /^\p{Lu}/u.test(w.text);
        // A capital at the sentence start hides whether a word is a name: it counts only if English has it in lower case.
        const strong =
          cls === 'en' && (this.lex.isFunctionWord(w.text) || /^\p{Ll}/u.test(w.text) || (sentenceStart && this.lex.isCommonEnglishWord(w.text)));
        return { start: w.start, end: w.end, text: w.text, cls, capitalised, strong }; // no spread: it is 30× slower here
      });
  }

  /** A word followed by a hyphen and a space or comma: the first part of a German compound whose second part follows ("wind- und"). */
  private isCompoundPart(end: number): boolean {
    const { text } = this.doc;
    return text.charCodeAt(end) === 45 && (end + 1 >= text.length || text[end + 1] === ',' || isSpaceCode(text.charCodeAt(end + 1)));
  }

  /** "-minister" after a space: the second part of a German compound whose first part came before ("Ministerinnen und -minister"). */
  private isCompoundTail(start: number): boolean {
    const { text } = this.doc;
    return text.charCodeAt(start - 1) === 45 && (start < 2 || isSpaceCode(text.charCodeAt(start - 2)));
  }

  /**
   * A word with a full stop that does not end its sentence: a lower-case word follows, or a number
   * and a German word ("mind. 6 Monate"; "a day. 31 days" ends a sentence).
   */
  private isAbbreviation(end: number): boolean {
    const { text } = this.doc;
    if (text.charCodeAt(end) !== 46) return false;
    const next = /^ ?(?:\p{Ll}|\d+ (\p{L}+))/u.exec(text.slice(end + 1, end + 40));
    return next !== null && (next[1] === undefined || this.lex.classify(next[1]) === 'de');
  }

  /** After an opening quote or bracket a capital can start a quoted sentence. */
  private opensClause(offset: number): boolean {
    const { text } = this.doc;
    // The two characters before the word: an opener, or an opener and a space.
    let i = offset - 1;
    if (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
    return i >= 0 && CLAUSE_OPENERS.has(text.charCodeAt(i));
  }

  /**
   * A sentence is English when the lexicon finds (almost) no German word in
   * it and at least two English ones; from six words on, franc restricted to
   * English and German must agree.
   */
  private isEnglishSentence(tokens: Token[]): boolean {
    let en = 0;
    let de = 0;
    let strong = 0;
    for (const t of tokens) {
      if (t.cls === 'en') en++;
      else if (t.cls === 'de') de++;
      if (t.strong) strong++;
    }
    if (strong < 2 || en < 3 || de > (en + de) * 0.15) return false;
    if (this.isName(tokens)) return false;
    if (tokens.length < FRANC_MIN_WORDS) return de === 0;
    const text = tokens.map((t) => t.text).join(' ');
    const [first, second] = franc().francAll(text, { only: ['eng', 'deu'], minLength: 1 });
    return first[0] === 'eng' && first[1] > (second?.[1] ?? 0) && !this.isOtherLanguage(tokens);
  }

  /**
   * A sentence in a third language (a Spanish quotation): English and German dictionaries both
   * miss most of its words, and franc among the languages German news quotes most names it.
   */
  private isOtherLanguage(tokens: Token[]): boolean {
    if (tokens.length < FRANC_MIN_WORDS || tokens.filter((t) => t.cls === 'none').length < tokens.length * 0.4) return false;
    const [best] = franc().francAll(tokens.map((t) => t.text).join(' '), { only: OTHER_LANGUAGES, minLength: 1 });
    return best[0] !== 'eng' && best[0] !== 'deu';
  }

  /**
   * A post quoted from a social network as it was written (an embedded tweet keeps its link,
   * pic.twitter.com/… or t.co/…, right after its text, or its hashtags): an original, not a translation.
   */
  private isSocialPost(start: number, end: number): boolean {
    const block = this.doc.blockAt(start);
    if (!block) return false;
    const around = this.doc.text.slice(Math.max(block.start, start - 80), Math.min(block.end, end + 200));
    if (mayLinkPost(around) && SOCIAL_POST_LINK.test(around)) return true;
    // Or hashtags in the English itself or right after it, as a post ends: "… after the #referendum? … #Greece #vouli".
    const tail = this.doc.text.slice(start, Math.min(block.end, end + 160));
    return tail.includes('#') && HASHTAG.test(tail);
  }

  /**
   * A term the author names as the English one: "das sogenannte „contact tracing“", "eine
   * Lastverteilung (neudeutsch: load balancing)", "als »contact tracing« bezeichnet", "Stichwort
   * responsive". German marks the borrowing itself; a leftover carries no such sign.
   */
  private isNamedTerm(start: number, end: number): boolean {
    const { text } = this.doc;
    const before = text.slice(Math.max(0, start - 30), start);
    if (NAMING_BEFORE.test(before)) return true;
    return NAMED_AFTER.test(text.slice(end, end + 30)) && /\bals\s+[„"»«“]?$/u.test(before);
  }

  /** English in quotation marks with its German translation in brackets right after it: „Time to deliver“ („Zeit zu liefern“). */
  private isGlossed(end: number): boolean {
    const after = this.doc.text.slice(end, end + 200);
    const gloss = /^[”“"»«’‘]?\s*\(\s*[„"»]?([^)\n]{2,160})\)/.exec(after);
    if (!gloss) return false;
    const start = end + gloss.index + gloss[0].indexOf(gloss[1]);
    return this.tokens({ start, end: start + gloss[1].length, text: gloss[1] }).some((t) => t.cls === 'de');
  }

  /** [English insert] or (English insert) inside German text. */
  private addInserts(block: Block): void {
    const text = this.doc.blockText(block);
    for (const m of text.matchAll(/\[([^\]\n]{1,200})\]|\(([^)\n]{1,200})\)/g)) {
      const start = block.start + (m.index ?? 0) + 1;
      const content = m[1] ?? m[2];
      const tokens = this.tokens({ start, end: start + content.length, text: content });
      if (tokens.length === 0 || tokens.some((t) => t.cls === 'de')) continue;
      if (WORK_WITH_YEAR.test(content)) {
        // (Keeping the Faith, USA 2000, Edward Norton): a film's original title, whether its words read as a name or not
        this.workTitles.push({ start, end: start + content.length });
        continue;
      }
      const strong = tokens.filter((t) => t.strong).length;
      if (strong < (m[1] ? 1 : 2) || this.isName(tokens)) continue;
      if (m[2] && this.glossesTerm(block.start + (m.index ?? 0), tokens)) {
        this.workTitles.push({ start, end: start + content.length }); // an original term cited: no run inside it either
        continue;
      }
      if (strong === 1 && tokens.length === 1 && this.lex.isFunctionWord(tokens[0].text)) continue;
      this.spans.push({ kind: 'insert', start, end: start + content.length, quotation: this.quotationOf(start, start + content.length) });
      this.englishWords += tokens.length;
    }
  }

  /**
   * "Übergangsscheiben (transitional discs)": the English term in round brackets right after the
   * German noun it stands for, a few lower-case words: the author cites the original term.
   */
  private glossesTerm(bracket: number, tokens: Token[]): boolean {
    if (tokens.length > 4 || tokens.some((t) => /^\p{Lu}/u.test(t.text) || this.lex.isFunctionWord(t.text))) return false;
    const noun = /(\p{Lu}\p{Ll}{2,})\s*$/u.exec(this.doc.text.slice(Math.max(0, bracket - 40), bracket));
    const cls = noun ? this.lex.classify(noun[1]) : 'en';
    return cls === 'de' || cls === 'none'; // a German compound the dictionary lacks reads as none (Übergangsscheiben)
  }

  private overlapsSpanOfBlock(start: number, end: number): boolean {
    return this.blockInserts.overlaps(start, end);
  }

  /** Runs of English words inside a German sentence: phrases, and single unambiguous words. */
  private addRuns(tokens: Token[]): void {
    if (!tokens.some((t) => t.cls === 'en')) return; // most sentences: no run can start
    if (this.isOtherLanguage(tokens)) return;
    const determiner = this.addLeadingDeterminer(tokens);
    for (const run of this.runs(tokens)) {
      const first = run.tokens[0];
      const last = run.tokens[run.tokens.length - 1];
      if (determiner && first === tokens[0]) continue; // reported as the determiner
      if (this.overlapsSpanOfBlock(first.start, last.end)) continue; // inside an insert
      const strong = run.tokens.filter((t) => t.strong).length;
      const quotation = this.quotationOf(first.start, last.end);
      if (quotation && this.isWorkTitle(quotation)) continue;
      if (quotation && this.isGlossed(quotation.end)) continue;
      if (this.isNamedTerm(quotation?.start ?? first.start, quotation?.end ?? last.end)) continue;
      if (this.isSocialPost(first.start, last.end)) continue;
      if (this.isName(this.widenToName(tokens, run))) continue;
      const english = run.tokens.filter((t) => t.cls === 'en').length;
      // Two unambiguous English words, or one beside English names ("Christopher Rice said"): the name guard has run.
      if (run.tokens.length >= 2 && (strong >= 2 || (strong >= 1 && english >= 3))) {
        this.spans.push({ kind: 'phrase', start: first.start, end: last.end, quotation });
        this.englishWords += run.tokens.length;
      } else if (run.tokens.length === 1 && this.isLoneEnglishWord(first, quotation) && !this.amongForeignWords(tokens, run.at)) {
        this.spans.push({ kind: 'word', start: first.start, end: first.end, quotation });
        this.englishWords += 1;
      }
    }
  }

  /**
   * "That neue Gesetz …", "Meanwhile hat …": an English determiner or connective opening a German sentence,
   * right before a German-only word (a name follows "The" as English or unknown: The Guardian);
   * a connective before a clause that is German (the next word may be one English has too: "hat", "die").
   */
  private addLeadingDeterminer(tokens: Token[]): boolean {
    const [first, next] = tokens;
    if (!first || !next || !(LEADING_DETERMINERS.has(first.text) ? next.cls === 'de' : LEADING_CONNECTIVES.has(first.text) && this.restIsGerman(tokens))) return false;
    if (!RUN_GAP.test(this.doc.text.slice(first.end, next.start)) || this.overlapsSpanOfBlock(first.start, first.end)) return false;
    this.spans.push({ kind: 'word', start: first.start, end: first.end, quotation: this.quotationOf(first.start, first.end) });
    this.englishWords += 1;
    return true;
  }

  /** After the first token: at least two German-only words, more German than English ones, and no English capital next. */
  private restIsGerman(tokens: Token[]): boolean {
    if (tokens[1].cls !== 'de' && /^\p{Lu}/u.test(tokens[1].text)) return false; // a title or a name goes on: "Thus Spoke Zarathustra"
    let de = 0;
    let en = 0;
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i].cls === 'de') de++;
      else if (tokens[i].cls === 'en') en++;
    }
    return de >= 2 && de > en;
  }

  /**
   * A single word is reported only when it is unambiguous: written in lower
   * case, English only, not a function word, and not a term the author cites
   * in a short quotation (‚remote first‘). Capitalised English words are left
   * alone: in German text they are names far more often than leftovers.
   */
  private isLoneEnglishWord(token: Token, quotation: Range | undefined): boolean {
    if (!token.strong || !/^\p{Ll}/u.test(token.text) || token.text.length < 4 || this.lex.isFunctionWord(token.text)) return false;
    return !quotation || this.doc.wordCountIn(quotation.start, quotation.end) > 3;
  }

  /**
   * "unter dem Titel Un village qui s'éteint": a word English shares with a third language, among lower-case words
   * neither dictionary knows (two or more in its stretch without a German word) is that language, not a leftover.
   */
  private amongForeignWords(tokens: Token[], at: number): boolean {
    let unknown = 0;
    const gap = (i: number): boolean => RUN_GAP.test(this.doc.text.slice(tokens[i].end, tokens[i + 1].start));
    const foreign = (t: Token): boolean => t.cls === 'none' && /^\p{Ll}/u.test(t.text); // a name is no evidence of a language
    for (let i = at - 1; i >= 0 && tokens[i].cls !== 'de' && gap(i); i--) if (foreign(tokens[i])) unknown++;
    for (let i = at + 1; i < tokens.length && tokens[i].cls !== 'de' && gap(i - 1); i++) if (foreign(tokens[i])) unknown++;
    return unknown >= 2;
  }

  /** Maximal runs without a German word, trimmed to start and end on an English word; `at` is the run's first index in `tokens`. */
  private runs(tokens: Token[]): Run[] {
    const runs: Run[] = [];
    let from = 0;
    const flush = (to: number): void => {
      let a = from;
      let b = to;
      while (a < b && tokens[a].cls !== 'en') a++;
      while (b > a && tokens[b - 1].cls !== 'en') b--;
      if (b > a) runs.push({ at: a, tokens: tokens.slice(a, b) });
    };
    tokens.forEach((t, i) => {
      if (t.cls === 'de') {
        flush(i);
        from = i + 1;
      } else if (i > 0 && !RUN_GAP.test(this.doc.text.slice(tokens[i - 1].end, t.start))) {
        flush(i);
        from = i;
      }
    });
    flush(tokens.length);
    return runs;
  }

  /** The run with the capitalised words and name connectors next to it (Asan Institute for Policy Studies). */
  private widenToName(tokens: Token[], run: Run): Token[] {
    const first = run.at;
    const last = run.at + run.tokens.length - 1;
    let a = first;
    let b = last;
    const joins = (t: Token): boolean => NAME_CONNECTORS.has(t.text.toLowerCase()) || VERB_JOINERS.has(t.text.toLowerCase());
    const joinable = (t: Token | undefined): boolean => !!t && t.cls !== 'de' && (t.capitalised || joins(t));
    while (a > 0 && joinable(tokens[a - 1]) && RUN_GAP.test(this.doc.text.slice(tokens[a - 1].end, tokens[a].start))) a--;
    while (b < tokens.length - 1 && joinable(tokens[b + 1]) && RUN_GAP.test(this.doc.text.slice(tokens[b].end, tokens[b + 1].start))) b++;
    // A connector at either end is the German sentence around the name: "in Bridge of Spies", "von House of Cards".
    const connector = (t: Token): boolean => !t.capitalised && joins(t);
    while (a < first && connector(tokens[a])) a++;
    while (b > last && connector(tokens[b])) b--;
    return tokens.slice(a, b + 1);
  }

  /**
   * Title-case words joined only by name connectors, starting and ending with a capital. *to* and
   * *with* join a name of content words only (Stand Up to Cancer, Dancing with the Stars): beside a
   * pronoun, an auxiliary or a contraction they are an English sentence in title case (I Can't Wait to See).
   */
  private isName(tokens: Token[]): boolean {
    if (tokens.length === 0) return false;
    const capital = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
    if (!capital(tokens[0]) || !capital(tokens[tokens.length - 1])) return false;
    let verbJoiner = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const lower = t.text.toLowerCase();
      if (VERB_JOINERS.has(lower) && !capital(t)) {
        if (i > 0 && COMPLEX_PREPOSITION_HEADS.has(tokens[i - 1].text.toLowerCase())) return false;
        verbJoiner = true;
      } else if (!capital(t) && !NAME_CONNECTORS.has(lower)) return false;
    }
    return !verbJoiner || tokens.every((t) => NAME_CONNECTORS.has(t.text.toLowerCase()) || VERB_JOINERS.has(t.text.toLowerCase()) || !(this.lex.isFunctionWord(t.text) || /['’]/.test(t.text)));
  }

  /**
   * „The West Wing“: a short quotation in title case is the title of a work, not a leftover; so is
   * one that a German noun introduces as a title or a name, in any case ("unter dem Titel „Money
   * for nothing“", "im Artikel „The tricky geoeconomics …“", "den Appell „… by Design, not by Disaster“").
   */
  private isWorkTitle(quotation: Range): boolean {
    const count = this.doc.wordCountIn(quotation.start, quotation.end);
    if (count === 0 || count > 20) return false;
    if (titleNounBefore(this.doc.text.slice(Math.max(0, quotation.start - 40), quotation.start))) return true;
    if (count > 12) return false;
    const words = this.doc.wordsIn(quotation.start, quotation.end);
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w.text)).length;
    return /^\p{Lu}/u.test(words[0].text) && capitals >= Math.ceil(words.length * 0.6);
  }

  private quotationOf(start: number, end: number): Range | undefined {
    return this.quotations.inside(start, end);
  }

  /**
   * Source-aware evidence: stretches of two or more words that the target
   * shares verbatim with its English source (a word-level diff), contain an
   * English word and no German one, and are not a name (names the source uses
   * stay allowed).
   */
  private addCopiedSpans(source: string): void {
    const targetWords = this.doc.words;
    const key = (w: string): string => w.toLowerCase();
    const parts = diff().diffArrays(tokenizeWords(source).map((w) => key(w.text)), targetWords.map((w) => key(w.text)), { maxEditLength: 20_000 });
    if (!parts) return;
    let index = 0;
    for (const part of parts) {
      if (part.removed) continue;
      const words = targetWords.slice(index, index + part.count!);
      index += part.count!;
      if (part.added || words.length < 2) continue;
      for (const piece of this.splitAtBlocks(words)) {
          const tokens = this.tokens({ start: piece[0].start, end: piece[piece.length - 1].end, text: '' });
        if (tokens.length < 2 || tokens.some((t) => t.cls === 'de') || !tokens.some((t) => t.strong) || this.isName(tokens)) continue;
        const from = tokens[0].start;
        const to = tokens[tokens.length - 1].end;
        if (this.spans.some((s) => s.start < to && from < s.end)) continue;
        this.spans.push({ kind: 'copied', start: from, end: to, quotation: this.quotationOf(from, to) });
      }
    }
  }

  /** Consecutive words that stand in one block (a copied stretch never spans a block break). */
  private splitAtBlocks(words: Span[]): Span[][] {
    const out: Span[][] = [];
    for (let wordIndex = 0; wordIndex < words.length; wordIndex++) {
      const w = words[wordIndex];
      const last = out[out.length - 1];
      if (last && this.doc.blockAt(last[last.length - 1].start) === this.doc.blockAt(w.start)) last.push(w);
      else out.push([w]);
    }
    return out;
  }
}

const LOWER_CASE_NOUNS_MIN = 8;
const LOWER_CASE_NOUNS_SHARE = 0.005;
const LOWER_CASE_NOUNS_IN_BLOCK = 2;

/**
 * English determiners and sentence connectives that German never writes, opening a sentence
 * whose next word is German: "That neue Gesetz …", "Meanwhile hat die Polizei …" are leftovers.
 */
const LEADING_DETERMINERS = new Set(['That', 'This', 'These', 'Those', 'The']);
const LEADING_CONNECTIVES = new Set([
  'Meanwhile', 'However', 'Moreover', 'Furthermore', 'Nevertheless', 'Nonetheless', 'Therefore', 'Additionally', 'Consequently', 'Otherwise', 'Instead', 'Although', 'Though', 'Whereas', 'Hence', 'Thus',
]);

/** Words that name the next term as a borrowing, right before it (a quotation mark or a colon between allowed). */
const NAMING_BEFORE = /(?:\b[Ss]o ?genannte[nmrs]?|\bneudeutsch|\bStichwort|\b[Ee]nglisch|\bengl\.|\bauf Englisch|\bim Englischen)\s*:?\s*[„"»«“‚]?$/u;
/**
 * A German noun that introduces a title or a name in quotation marks right after it, also as the
 * head of a compound (Kinofilm, EU-Projekt, Werbekampagne): "der Film „…“", "mit dem Motto: „…“".
 */
const TITLE_NOUNS = ['Titel', 'Motto', 'Slogan', 'Buch', 'Roman', 'Film', 'Serie', 'Song', 'Lied', 'Album', 'Single', 'Artikel', 'Beitrag', 'Essay', 'Aufsatz', 'Studie', 'Sendung', 'Show', 'Podcast', 'Kampagne', 'Appell', 'Projekt', 'Programm', 'Ausstellung', 'Workshop', 'Musical', 'Kolumne', 'Hashtag', 'Label', 'Marke'];
const TITLE_NOUN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}-]*)?(?:${TITLE_NOUNS.map((n) => `[${n[0]}${n[0].toLowerCase()}]${n.slice(1)}`).join('|')})\\s*:?\\s*[„"»«“‚]?$`, 'u');
const TITLE_QUOTES = new Set([...'„"»«“‚'].map((c) => c.charCodeAt(0)));

/**
 * Whether a title noun ends the text (TITLE_NOUN_BEFORE), asked after endsWithTitleNoun(): the text ends with one
 * of TITLE_NOUNS (its first letter in either case), then perhaps spaces, a colon, spaces and an opening quote,
 * which every match holds. Most text has none, and the pattern is one of a one-file check's costliest to compile.
 */
export function titleNounBefore(text: string): boolean {
  return endsWithTitleNoun(text) && TITLE_NOUN_BEFORE.test(text);
}

function endsWithTitleNoun(text: string): boolean {
  let end = text.length;
  if (end > 0 && TITLE_QUOTES.has(text.charCodeAt(end - 1))) end--;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 0x3a) end--;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return TITLE_NOUNS.some((noun) => {
    const start = end - noun.length;
    if (start < 0 || !text.startsWith(noun.slice(1), start + 1)) return false;
    const first = text[start];
    return first === noun[0] || first === noun[0].toLowerCase();
  });
}
/** After "als …": the verb that names it ("als »contact tracing« bezeichnet"). */
const NAMED_AFTER = /^[“”"«»‘’]?\s*(?:bezeichnet|genannt|bekannt)/u;
const HASHTAG = /(?<![\p{L}\p{N}&])#\p{L}[\p{L}\p{N}_]*/u;
const SOCIAL_POST_LINK = /pic\.twitter\.com\/|\bt\.co\/|instagram\.com\/p\/|\(@\w{1,15}\)\s+\p{L}+\s+\d{1,2},\s+(?:19|20)\d\d/u;
/** What every match of SOCIAL_POST_LINK holds (.com/, .co/ or "(@"): asked first, as most text has none. */
const mayLinkPost = (text: string): boolean => text.includes('.co') || text.includes('(@');
/** The original title of a work with its country and year, as a bracket after the German title gives it. */
const WORK_WITH_YEAR = /,\s*(?:[\p{Lu}][\p{L}./-]*\s+){0,3}(?:19|20)\d\d\b/u;

/** Languages besides English and German that German news quotes, for franc to tell a third language from English. */
const OTHER_LANGUAGES = ['eng', 'deu', 'spa', 'fra', 'ita', 'por', 'pol', 'tur'];

/** A bibliography entry: "Koch H, Stevenson PC, 2017. Do linden trees kill bees?", "Maani, S. (2019): …", or a DOI. */
const REFERENCE = /\bet al\.\s?\(?(?:19|20)\d\d|^(?:\[?\d{1,3}[\].]?\s+)?(?:\p{Lu}[\p{L}'’-]+\s)?\p{Lu}[\p{L}'’-]+,?\s+(?:\p{Lu}{1,2}\.?(?:\s?\p{Lu}\.)*,?\s[^\n]{0,120}?\b(?:19|20)\d\d[a-z]?\b|\p{Lu}[\p{L}.]*\s+\((?:Hg\.|Jahr|(?:19|20)\d\d)\))|\bdoi(?:\.org)?[:/]\s?10\./u;

function hasBracketOpener(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 40 || code === 91) return true; // ( [
  }
  return false;
}

/**
 * What every entry REFERENCE matches holds: a year, "(Hg.)", "(Jahr)" or a DOI. Asked first, as
 * most blocks have none, and REFERENCE is one of a one-file check's costliest patterns to compile.
 */
const REFERENCE_MARK = /(?:19|20)\d\d|\((?:Hg\.|Jahr)\)|doi/;

export function isReference(text: string): boolean {
  return text.length < 2000 && REFERENCE_MARK.test(text) && REFERENCE.test(text);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

import { readDataLines } from '../package-root.js';
import { hasLetterPair, isLowerLetterAt, isUpperLetterAt, letterAt, startsWithLower } from '../document/char-class.js';
import { hashWord, WordTable } from '../document/word-hash.js';
import { spellers, type Spellers } from './dictionaries.js';

/** What the lexicons say of a word: German only, English only, both, or neither (names, compounds, typos). */
export type WordClass = 'de' | 'en' | 'both' | 'none';

const CONTRACTION = /^(.+?)['’](s|t|re|ve|ll|d|m)$/i;
/** A brand's inner capital after a short lower-case prefix: iPhone, eBay, iOS (/^\p{Ll}{1,2}\p{Lu}/u). */
export function hasInnerCapital(word: string): boolean {
  let at = 0;
  for (let lower = 0; lower < 2; lower++) {
    const n = letterAt(word, at);
    if (n === 0) return false;
    if (lower > 0 && isUpperLetterAt(word, at, n)) return true;
    if (!isLowerLetterAt(word, at, n)) return false;
    at += n;
  }
  const n = letterAt(word, at);
  return n > 0 && isUpperLetterAt(word, at, n);
}

/**
 * Longer tokens are no word of either language (German's longest dictionary compounds have some 60
 * letters): a run of letters in scraped text. Classifying one costs time in its length squared
 * (every cut of a compound is looked up), so they are left unclassified.
 */
const MAX_WORD_LENGTH = 80;

/** Words cached per lexicon; past this the cache starts afresh, so a feed's growing vocabulary cannot grow memory. */
const CACHE_LIMIT = 50_000;

/**
 * Classifies words as German or English with the hunspell dictionaries, a list
 * of English function words and the accepted anglicisms. Results are cached:
 * news text repeats its words, so most lookups are one table probe.
 */
/** A Roman numeral of two letters or more, in lower case (ii, iv, xii): footnote and list labels. */
const ROMAN_NUMERAL = /^(?=[ivxlc]{2,}$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

export class Lexicon {
  private readonly cache = new WordTable<WordClass>(CACHE_LIMIT);
  private readonly sentenceStartCache = new WordTable<WordClass>(CACHE_LIMIT);
  private readonly commonEnglish = new WordTable<boolean>(CACHE_LIMIT);

  constructor(
    private readonly dictionaries: Spellers,
    readonly functionWords: ReadonlySet<string>,
    readonly accepted: ReadonlySet<string>,
    /** German words the hunspell dictionary lacks, or that English spells alike (tags zuvor, gang und gäbe). */
    readonly germanWords: ReadonlySet<string> = new Set(),
  ) {}

  /**
   * `sentenceStart`: the word opens a sentence, so a capital says nothing
   * about it. `hash`: the word's hashWord(), when the tokenizer has it.
   */
  classify(word: string, sentenceStart = false, hash = hashWord(word)): WordClass {
    const cache = sentenceStart ? this.sentenceStartCache : this.cache;
    let result = cache.get(word, hash);
    if (result === undefined) {
      result = this.compute(word, sentenceStart);
      cache.set(word, result, hash);
    }
    return result;
  }

  private phrases?: RegExp | null;

  /** The accepted multi-word terms (fake news, made in), as one case-insensitive pattern ending at a word boundary (take its matches at a word's start); null when there are none. */
  acceptedPhrases(): RegExp | null {
    if (this.phrases === undefined) {
      const phrases = [...this.accepted].filter((t) => t.includes(' ')).sort((a, b) => b.length - a.length);
      const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
      // No leading lookbehind: callers take the matches at a word's start (matchesAtWordStart), which is 8× faster.
      this.phrases = phrases.length > 0 ? new RegExp(`(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
    }
    return this.phrases;
  }

  /** An accepted anglicism, also in the plural (Start-ups, Fans). */
  isAccepted(word: string): boolean {
    const lower = word.toLowerCase();
    return this.accepted.has(lower) || (lower.endsWith('s') && this.accepted.has(lower.slice(0, -1)));
  }

  /** The English dictionary has the word in lower case: a common word, not only a proper name (Moscow). */
  isCommonEnglishWord(word: string): boolean {
    let common = this.commonEnglish.get(word);
    if (common === undefined) this.commonEnglish.set(word, (common = this.dictionaries.en.correct(word.toLowerCase())));
    return common;
  }

  /** A lower-case word whose capitalised form is a German word (a noun written in lower case: "problem", "link"). */
  isGermanCapitalised(word: string): boolean {
    return startsWithLower(word) && this.inGerman(word[0].toUpperCase() + word.slice(1), false);
  }

  isFunctionWord(word: string): boolean {
    return this.functionWords.has(word.toLowerCase());
  }

  private compute(word: string, sentenceStart: boolean): WordClass {
    if (word === 'a') return 'en'; // the English article; German has no word "a"
    if (word.length < 2 || word.length > MAX_WORD_LENGTH || /\d/.test(word)) return 'none';
    if (hasLetterPair(word) && word === word.toUpperCase()) return 'none'; // acronyms: NATO, KCNA, USA
    if (this.isAccepted(word)) return 'both';
    if (hasInnerCapital(word)) return 'none'; // iPhone, eBay, iOS, iTunes: brand names, spelled as their owners do
    if (ROMAN_NUMERAL.test(word)) return 'none'; // footnotes [ii], [iv]; never the pronoun I
    const lower = word.toLowerCase();
    if (this.germanWords.has(lower)) return 'de';
    if (this.functionWords.has(lower)) return 'en';
    if (word.includes('-')) {
      if (this.inGerman(word.replace(/-/g, ''), sentenceStart)) return 'de'; // a word broken at a line end: fin-den
      return this.compound(word.split('-').filter(Boolean), sentenceStart);
    }
    const contraction = CONTRACTION.exec(word);
    if (contraction) {
      const english = this.inEnglish(word.replace('’', "'"), sentenceStart);
      // German runs a verb into "es" too: gibt's, geht's, find's (finde es)
      const german = contraction[2].toLowerCase() === 's' && [contraction[1], `${contraction[1]}e`].some((stem) => this.inGerman(stem, sentenceStart));
      return german ? 'de' : english ? 'en' : 'none';
    }
    const de = this.inGerman(word, sentenceStart) || this.isGermanVariant(word);
    const en = this.inEnglish(word, sentenceStart);
    if (de && en) return 'both';
    if (de) return 'de';
    if (en) return 'en';
    if (this.isGermanCompound(word)) return 'de';
    return this.hasEnglishMorphology(word) ? 'en' : 'none';
  }

  /**
   * German written as German is written without the dictionary's spelling: Swiss "ss" for
   * "ß" (gross, grösser), "s" run onto a verb (gabs, gehts). Such a word is German, whatever
   * English makes of it. (A German noun in lower case, "problem", stays English: measured on
   * the synthetic injections it cost 5 points of phrase recall for a few forum pages.)
   */
  private isGermanVariant(word: string): boolean {
    if (word.includes('ss') && this.inGerman(word.replace(/ss/g, 'ß'), false)) return true;
    return /^\p{Ll}{3,}s$/u.test(word) && this.inGerman(word.slice(0, -1), false) && !this.inEnglish(word.slice(0, -1), false);
  }

  /**
   * Words neither dictionary knows but English morphology explains: -ing and
   * -ly forms and -'s genitives of English words (skyrocketing, Ukraine's).
   * Only lower-case words, and genitives, so names stay names.
   */
  private hasEnglishMorphology(word: string): boolean {
    const genitive = /^(\p{L}+)['’]s$/u.exec(word);
    if (genitive) return this.inEnglish(genitive[1], true) && !this.inGerman(genitive[1], true);
    if (word !== word.toLowerCase()) return false;
    const ing = /^(\p{L}{3,})ing$/u.exec(word);
    if (ing) return [ing[1], `${ing[1]}e`, ing[1].replace(/(\p{L})\1$/u, '$1')].some((stem) => this.inEnglish(stem, false));
    const ly = /^(\p{L}{4,})ly$/u.exec(word);
    return ly !== null && [ly[1], `${ly[1]}le`, ly[1].replace(/i$/, 'y')].some((stem) => this.inEnglish(stem, false));
  }

  /**
   * nspell does not compound, so German compounds are unknown to it. A word
   * counts as a German compound when it splits into a German head (a word, a
   * verb stem, or a word with a linking -s/-n) and a German noun of at least
   * four letters: Waffenlieferungen, Denkfabrik, Sicherheitsrat.
   */
  private isGermanCompound(word: string): boolean {
    if (word.length < 8 || !/^\p{L}+$/u.test(word)) return false;
    const lower = word.toLowerCase();
    for (let cut = 3; cut <= lower.length - 4; cut++) {
      const tail = lower[cut].toUpperCase() + lower.slice(cut + 1);
      if (!this.inGerman(tail, false)) continue;
      const head = lower.slice(0, cut);
      const capitalHead = head[0].toUpperCase() + head.slice(1);
      const heads = [head, capitalHead, `${head}en`, `${capitalHead.replace(/[sn]$/, '')}`, `${capitalHead.replace(/en$/, '')}e`];
      if (heads.some((h) => h.length >= 3 && this.inGerman(h, false))) return true;
    }
    return false;
  }

  /** Hyphenated words: German if any part is German (US-Präsident), English if every part is (cost-of-living). */
  private compound(parts: string[], sentenceStart: boolean): WordClass {
    const classes = parts.map((p, i) => this.classify(p, sentenceStart && i === 0));
    if (classes.includes('de')) return 'de';
    if (classes.length > 0 && classes.every((c) => c === 'en')) return 'en';
    if (classes.every((c) => c === 'en' || c === 'both') && classes.includes('en')) return 'en';
    return 'none';
  }

  private inGerman(word: string, sentenceStart: boolean): boolean {
    const { de } = this.dictionaries;
    return de.correct(word) || (sentenceStart && de.correct(word.toLowerCase()));
  }

  private inEnglish(word: string, sentenceStart: boolean): boolean {
    const { en } = this.dictionaries;
    return en.correct(word) || (sentenceStart && en.correct(word.toLowerCase()));
  }
}

let shared: Lexicon | undefined;
const withTerms = new Map<string, Lexicon>();

/**
 * The process-wide lexicon with the shipped word lists, or one per set of
 * extra accepted terms (from the configuration), each kept with its cache.
 */
export function lexicon(extraAccepted: readonly string[] = []): Lexicon {
  shared ??= new Lexicon(
    spellers(),
    new Set(readDataLines('english-function-words.txt')),
    new Set(readDataLines('anglicisms.txt').map((w) => w.toLowerCase())),
    new Set(readDataLines('german-words.txt').map((w) => w.toLowerCase())),
  );
  if (extraAccepted.length === 0) return shared;
  const key = extraAccepted.join('\u0000');
  let lex = withTerms.get(key);
  if (!lex) {
    lex = new Lexicon(spellers(), shared.functionWords, new Set([...shared.accepted, ...extraAccepted.map((w) => w.toLowerCase())]), shared.germanWords);
    withTerms.set(key, lex);
  }
  return lex;
}

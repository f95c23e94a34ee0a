import type { Lexicon } from '../../lexicon/lexicon.js';
import { readDataLines } from '../../package-root.js';
import type { DocumentRule, RuleFinding } from '../types.js';

/** The word right before or after is a common English word (not just a name): the genitive belongs to English text. */
function inEnglishContext(lex: Lexicon, text: string, start: number, end: number): boolean {
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1];
  return [before, after].some((w) => w !== undefined && lex.classify(w) === 'en' && lex.isCommonEnglishWord(w));
}

const GENITIVE = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}-]*)(['’])s(?![\p{L}\p{N}])/gu;

let brands: Set<string> | undefined;

/**
 * "Kim Jong-un’s Schwester": the English genitive apostrophe. German writes
 * "Kim Jong-uns"; only names ending in s, ß, x or z take an apostrophe
 * ("Andreas’"), and brand names keep theirs (McDonald's).
 */
/** What every English genitive holds. */
const APOSTROPHE_S = /['’]s/;

export const englishGenitive: DocumentRule = {
  meta: { id: 'english-genitive', fixable: true, category: 'typography', severity: 'minor', description: 'An English genitive apostrophe on a name: Kim Jong-un’s (German: Kim Jong-uns).' },
  check(doc, { lexicon: lex }) {
    brands ??= new Set(readDataLines('apostrophe-brands.txt').map((b) => b.toLowerCase()));
    const findings: RuleFinding[] = [];
    for (const block of doc.blocksContaining(APOSTROPHE_S)) {
      const text = doc.blockText(block);
      for (const m of text.matchAll(GENITIVE)) {
        const [whole, name] = m;
        if (brands.has(whole.replace('’', "'").toLowerCase()) || /^Ma?c[A-Z]/.test(name)) continue;
        if (lex.isFunctionWord(name) || lex.classify(name.toLowerCase()) === 'de') continue; // It's, That's; Geht’s, Gibt’s
        const start = block.start + (m.index ?? 0);
        if (inEnglishContext(lex, doc.text, start, start + whole.length)) continue; // People's Relationships, Michael's on Wyre
        if (/\bSt\.?\s$/.test(doc.text.slice(Math.max(0, start - 4), start))) continue; // St. Michael's: a place name
        const german = /[sßxz]$/.test(name) ? `${name}’` : `${name}s`;
        findings.push({ start, end: start + whole.length, message: `English genitive "${whole}": German writes "${german}".`, suggestion: german });
      }
    }
    return findings;
  },
};

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { lintDocuments } from '../../src/engine/lint.js';
import { RULES } from '../../src/rules/index.js';
import { read } from '../helpers.js';

const rules = RULES.filter((r) => r.meta.category === 'brackets' || r.meta.category === 'typography' || r.meta.id === 'english-insert');

/** "rule: flagged text" for every brackets/typography finding of a text article. */
function check(text: string, name = 'artikel.txt'): string[] {
  const docs = read(text, name);
  const findings = lintDocuments(docs, rules, DEFAULT_CONFIG);
  return docs.flatMap((d) => (findings.get(d) ?? []).filter((f) => f.category !== 'english').map((f) => `${f.ruleId}: ${f.text}`));
}

function findings(text: string, name = 'artikel.txt') {
  const docs = read(text, name);
  return (lintDocuments(docs, rules, DEFAULT_CONFIG).get(docs[0]) ?? []).filter((f) => f.category !== 'english');
}

describe('quotation marks: defects are found', () => {
  it.each([
    ['“Dialog ist dringend erforderlich“, sagte Peskow.', 'quote-mismatch: “Dialog ist dringend erforderlich“'],
    ['Er sagte: „Wir kommen morgen”, und ging.', 'quote-mismatch: „Wir kommen morgen”'],
    ['Er sagte: „Wir kommen morgen", und ging.', 'quote-mismatch: „Wir kommen morgen"'],
    ['Er sagte: „Wir kommen morgen», und ging.', 'quote-mismatch: „Wir kommen morgen»'],
    ['Er sagte: “Wir kommen morgen”, und ging.', 'english-quotes: “Wir kommen morgen”'],
    ['Er sagte: "Wir kommen morgen", und ging.', 'straight-quotes: "Wir kommen morgen"'],
    ["Das Gebäude steht auf der Liste 'Lender Watch' der Bank.", "straight-quotes: 'Lender Watch'"],
    ['Die Halle mit über sechstausend Sitzplätzen „, heißt es im Brief.', 'misplaced-quote: „'],
    ['Der Stadtrat sprach von einem „wichtigen Schritt für die Region. Die Opposition widersprach.', 'unclosed-quote: „'],
    ['Das sei ein wichtiger Schritt“, sagte der Bürgermeister am Montag.', 'unmatched-quote: “'],
    ['Die Polizei sprach von einer »ernsten Lage. Weitere Details nannte sie nicht.', 'unclosed-quote: »'],
    ['Die Lage sei ernst«, sagte ein Sprecher.', 'unmatched-quote: «'],
    ['Kim Jong-un’s Schwester äußerte sich am Abend.', 'english-genitive: Jong-un’s'],
    ['Putin’s Besuch in Hanoi wurde genau beobachtet.', 'english-genitive: Putin’s'],
  ])('%s', (text, expected) => {
    expect(check(text)).toEqual([expected]);
  });

  it('leaves an English quotation in English marks to the english rules: one leftover, one finding', () => {
    const rulesWithEnglish = RULES.filter((r) => rules.includes(r) || r.meta.category === 'english');
    const ids = (text: string): string[] => {
      const docs = read(text, 'artikel.txt');
      return (lintDocuments(docs, rulesWithEnglish, DEFAULT_CONFIG).get(docs[0]) ?? []).map((f) => `${f.ruleId}: ${f.text}`);
    };
    expect(ids('Er folgte dem Grundsatz “by fair means only” und verzichtete auf Sauerstoff.')).toEqual(['english-phrase: by fair means only']);
    // German inside the English marks: the marks are the finding, an English insert beside them another.
    expect(ids('“Wir sehen keinen Spielraum [between Moscow and Washington]”, hieß es.')).toEqual([
      'english-quotes: “Wir sehen keinen Spielraum [between Moscow and Washington]”',
      'english-insert: between Moscow and Washington',
    ]);
  });

  it('reports an opening mark in closing position and ends the quotation there', () => {
    expect(check('Es gebe „ein Stadion mit über sechstausend Sitzplätzen „, heißt es. Er sagte „Ja“.')).toEqual(['misplaced-quote: „']);
  });

  it('reports a quotation never closed before the next one opens', () => {
    expect(check('Sie sagte „nie wieder und ging. Später rief er „Halt“ und blieb.')).toEqual(['unclosed-quote: „']);
  });

  it('reports the minority style in an article that mixes styles', () => {
    const text = 'Titel\n\nEr sagte „ja“.\n\nSie sagte „nein“.\n\nDer Dritte sagte »vielleicht«.';
    expect(check(text)).toEqual(['mixed-quote-styles: »vielleicht«']);
  });

  it('lowers the severity of an unclosed quotation in a headline that may be cut', () => {
    const [finding] = findings('Bürgermeister nennt Plan „unverantwortlich und\n\nDer Bürgermeister hat den Plan kritisiert.');
    expect([finding.ruleId, finding.severity]).toEqual(['unclosed-quote', 'minor']);
  });

  it('names both ends and suggests German quotes', () => {
    const [finding] = findings('„Wir kommen morgen”, sagte sie.');
    expect(finding.message).toBe('Mismatched quotation marks: opened with „ at 1:1 and closed with ” at 1:19; German quotes are „…“: "„Wir kommen morgen”, sagte sie."');
    expect(finding.suggestion).toBe('„Wir kommen morgen“');
    expect(finding.related?.map((r) => `${r.line}:${r.column}`)).toEqual(['1:1', '1:19']);
  });

  it('links an English insert to the quotation it breaks', () => {
    const text = '„Diejenigen, die diese [missiles to Ukraine] Ich glaube nicht, dass sie gegen uns kämpfen“, sagte Putin.';
    const [finding] = findings(text);
    expect(finding.ruleId).toBe('broken-quote-insert');
    expect(finding.text).toBe('[missiles to Ukraine]');
    expect(finding.message).toMatch(/^English insert "\[missiles to Ukraine\]" breaks the German quotation opened at 1:1 and closed at 1:90: "„Diejenigen/);
  });
});

describe('brackets: defects are found', () => {
  it.each([
    ['Die Partei (gegründet 1990 hat viele Mitglieder.', 'unclosed-bracket: ('],
    ['Die Partei gegründet 1990) hat viele Mitglieder.', 'unmatched-bracket: )'],
    ['Die Partei [gegründet 1990 hat viele Mitglieder.', 'unclosed-bracket: ['],
    ['Die Partei (gegründet [im Jahr) 1990] hat viele Mitglieder.', 'crossed-brackets: (gegründet [im Jahr)'],
    ['Die Summe {in Euro ist geheim.', 'unclosed-bracket: {'],
  ])('%s', (text, expected) => {
    expect(check(text)).toEqual([expected]);
  });

  it('names the end of the paragraph of an unclosed bracket', () => {
    const [finding] = findings('Titel\n\nDie Partei (gegründet 1990 hat viele Mitglieder.\n\nNeuer Absatz (mit Klammer).');
    expect(finding.message).toMatch(/^Bracket "\(" opened at 3:12 is never closed; its paragraph ends at 3:48/);
  });
});

describe('what German typography allows stays silent (hard negatives)', () => {
  it.each([
    // mojibake: UTF-8 read as Windows-1252 turns Ä, ë and – into pairs that end in a quotation mark
    'Die Ã„pfel schÃ¤len â€“ und dann mit NoÃ«l Zwiebeln wÃ¼rfeln.',
    'Er sagte: „Das ist richtig.“',
    'Er sagte: „Sie rief ‚Hilfe‘ und lief weg.“',
    'Er sagte: »Sie rief ›Hilfe‹ und lief weg.«',
    'Die Schweizer Zeitung schrieb: «Das ist eine Überraschung.»',
    'Wie geht’s dir? Andreas’ Auto stand vor der Tür.',
    "Wie geht's dir? Andreas' Auto und Hans' Rad standen vor der Tür, gibt's das?",
    'Die Musik der ’90er und Rock ’n’ Roll waren Thema, sagte O’Brien.',
    'Der Bildschirm misst 24" und kostet 300 Euro.',
    'Die Gründe sind: 1) die Kosten, 2) die Zeit und 3) das Personal.',
    'a) Der erste Punkt\nb) Der zweite Punkt\niv) Der vierte Punkt',
    'Alle Anwohner(innen) sind eingeladen.',
    'Danke für die Blumen :) Wir sehen uns :-( oder auch nicht ;)',
    'Mehr steht unter https://de.wikipedia.org/wiki/Berlin_(Begriffsklärung) im Netz.',
    'Der Minister sagte, man werde […] die Regeln ändern, und die Kritik [...] zurückweisen.',
    'Die Abgeordnete (SPD) und der Kollege (CDU [Sachsen]) stimmten zu.',
    'US-Präsident Joe Biden (81) traf den Kanzler.',
    'Der Titel „Die Zeit der Wölfe“ und das Buch »Nachtzug« sind Bestseller, sagte sie.',
    'Er nannte es einen „großen Fehler“ und „unverantwortlich“.',
    '„Wir sind bereit“, sagte sie. „Aber nicht um jeden Preis.“',
    'Er sagte: „Ich sitze im Ausschuss und sage: „Dafür gibt es kein Geld“. Wir können das stoppen.“',
    'Am 3. Oktober (Tag der Deutschen Einheit) ist frei.',
  ])('%s', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('accepts a quotation that runs over a paragraph break, re-opened at each paragraph', () => {
    const text = 'Titel\n\nDer Minister sagte: „Wir werden das Gesetz ändern.\n\n„Es wird Zeit brauchen, aber wir schaffen es.\n\n„Darauf können Sie sich verlassen.“\n\nDann ging er.';
    expect(check(text)).toEqual([]);
  });

  it('accepts a quotation opened in one paragraph and closed in the next', () => {
    const text = 'Titel\n\nDer Minister sagte: „Wir werden das Gesetz ändern.\n\nEs wird Zeit brauchen.“ Dann ging er.';
    expect(check(text)).toEqual([]);
  });

  it('leaves Markdown link syntax alone', () => {
    expect(check('# Titel\n\nMehr dazu [auf unserer Seite](https://example.org/a_(b)) und [hier][1].\n\n[1]: https://example.org', 'a.md')).toEqual([]);
  });

  it('keeps brand apostrophes and English contractions out of the genitive rule', () => {
    expect(check('Die Kette McDonald’s und Sainsbury\'s meldeten Gewinne. It\'s a deal, sagte er.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { unclosedBracket, unmatchedBracket } from '../../src/rules/brackets/bracket-pairs.js';
import { englishQuotes, quoteHouseStyle, quoteMismatch, unclosedQuote, unmatchedQuote } from '../../src/rules/brackets/quote-pairs.js';
import { entityLeftover } from '../../src/rules/encoding/entity-leftover.js';
import { englishWord } from '../../src/rules/english/english-spans.js';
import { separatorLine } from '../../src/rules/boilerplate/separator-line.js';
import { headlineSiteSuffix } from '../../src/rules/duplicates/headline-site-suffix.js';
import { duplicateHeadline } from '../../src/rules/duplicates/duplicate-headline.js';
import { headlineInBody } from '../../src/rules/duplicates/headline-in-body.js';
import { repeatedParagraph } from '../../src/rules/duplicates/repeated-paragraph.js';
import { RULES, ruleContext, type DocumentRule } from '../../src/rules/index.js';
import { context, flagged, read, readOne } from '../helpers.js';

describe('brackets as newspapers write them (hard negatives)', () => {
  it.each([
    'SPD-Chef Schmidt (SPD): Wir stimmen zu.',
    'Die Steuer (21 %): so viel zahlt man.',
    'Das Ergebnis lautete (nach Verlängerung); danach ging es heim.',
    'Die Sonde (= das Messgerät) misst den Druck.',
    'Rapid gewann 2:1 (1:1) gegen Sturm.',
    'Der Kurs stieg auf 3,10 Euro (3,05) am Vortag.',
    'Die Spitzenzeit (ab 3:30:45) war schnell.',
    'Tabellenletzter ist Altach (Rapid, 0) nach zehn Runden.',
    'Das liegt daran, dass ich a) keine Zeit habe und b) kein Geld.',
    'Gründe gibt es viele. 1) die Kosten 2) die Zeit.',
    'Zu beachten: 1.) die Frist aa) die Form.',
  ])('%s', (text) => {
    expect(flagged(unclosedBracket, text)).toEqual([]);
    expect(flagged(unmatchedBracket, text)).toEqual([]);
  });

  it('still finds an unclosed bracket and a stray closer', () => {
    expect(flagged(unclosedBracket, 'Die Partei (gegründet 1990 hat viele Mitglieder.')).toEqual(['(']);
    expect(flagged(unmatchedBracket, 'Die Partei gegründet 1990) hat viele Mitglieder.')).toEqual([')']);
  });
});

describe('quotations over several paragraphs and lines', () => {
  it('pairs a quotation that runs over lines stored one sentence each', () => {
    const text = 'Titel\n\nDer Minister sagte: „Wir ändern das Gesetz.\n\nEs wird Zeit brauchen.\n\nAber wir schaffen es.“\n\nDann ging er.';
    expect(flagged(unclosedQuote, text)).toEqual([]);
  });

  it('still reports a quotation left open when a new one starts in a later paragraph', () => {
    const text = 'Titel\n\nDer Minister sagte: „Wir ändern das Gesetz.\n\nDie Opposition sprach von „Unsinn“.';
    expect(flagged(unclosedQuote, text)).toEqual(['„']);
  });
});

describe('a house quote style is one finding per article', () => {
  const english = 'Er sagte: “Wir kommen”, und ging. Sie rief: “Bis bald”. Dann hieß es: “Alles gut”. Zuletzt: “Danke”.';
  it('reports “…” throughout once, naming how many quotations', () => {
    const doc = readOne(english);
    const found = quoteHouseStyle.check(doc, context);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('4 of 4 quotations');
    expect(found[0].suggestion).toBe('„Wir kommen“');
    expect(englishQuotes.check(doc, context)).toEqual([]);
  });

  it('treats „…” as house style too, but not German marks with one English slip', () => {
    const mixed = 'Er sagte: „Wir kommen”, und ging. Sie rief: „Bis bald”. Dann hieß es: „Alles gut”.';
    expect(flagged(quoteHouseStyle, mixed)).toHaveLength(1);
    expect(flagged(quoteMismatch, mixed)).toEqual([]);
    const slip = 'Er sagte: „Wir kommen“, und ging. Sie rief: „Bis bald“. Dann hieß es: “Alles gut”.';
    expect(flagged(quoteHouseStyle, slip)).toEqual([]);
    expect(flagged(englishQuotes, slip)).toEqual(['“Alles gut”']);
  });
});

describe('entity leftovers', () => {
  it('reports &quot;, &amp;quot;, &#8220;, &nbsp; and &; with the character as the fix', () => {
    const doc = readOne('Er sagte &quot;Nein&amp;quot; und &#8220;Ja&#8221; am&nbsp;Ende &; dann.');
    const found = entityLeftover.check(doc, context);
    expect(found.map((f) => [doc.text.slice(f.start, f.end), f.suggestion])).toEqual([
      ['&quot;', '"'],
      ['&amp;quot;', '"'],
      ['&#8220;', '“'],
      ['&#8221;', '”'],
      ['&nbsp;', '\u00a0'],
      ['&;', undefined],
    ]);
  });

  it('leaves ampersands that are no entity, and never reads "quot" as English', () => {
    expect(flagged(entityLeftover, 'Müller & Söhne, Meier &Co; und AT&T berichten.')).toEqual([]);
    expect(flagged(englishWord, 'Er sagte &quot;Nein&quot; und ging nach Hause.')).toEqual([]);
  });
});

describe('separator lines in every format', () => {
  it('finds a separator paragraph in HTML', () => {
    const html = '<html><body><article><h1>Titel</h1><p>Der Gemeinderat hat am Dienstag lange beraten, und alle waren sich einig.</p><p>* * *</p><p>Danach folgte die Abstimmung über den Haushalt, die knapp ausging.</p></article></body></html>';
    expect(flagged(separatorLine, html, 'seite.html')).toEqual(['* * *']);
  });
});

/** The texts every english rule flags in a plain-text article. */
function englishIn(text: string): string[] {
  const doc = readOne(text);
  const rules = RULES.filter((r): r is DocumentRule => r.meta.category === 'english' && 'check' in r);
  return rules.flatMap((r) => r.check(doc, context)).map((f) => doc.text.slice(f.start, f.end));
}

describe('names German keeps, and what stays English', () => {
  it.each([
    'Der Verteidiger von FK Austria Wien sah Rot.',
    'Das meldete Statistik Austria am Montag.',
    'Gegen die Austria verlor Rapid knapp.',
    'Das National Film Board of Canada eröffnete ein Studio.',
    'Die Reserve Bank of India (RBI) hob den Leitzins an.',
    'Der Sender HD Austria startet eine Plattform.',
    'Wer ein iPhone besitzt, kann das iPad-Backup nutzen.',
    'Das Spiel ist gross, die Halle grösser.',
    'Die Anlage nutzt wind- und sonnenreiche Regionen.',
    'Am Bahnhof: First refugees arrive at #Vienna after #Hungary decided to let them go pic.twitter.com/nOsgggWATY Die ÖBB reagierte rasch.',
    'Er twitterte: We will never give up on our people and our country. https://t.co/xY12abC Die Reaktionen folgten rasch.',
    'Sie sahen Indiana Jones und der Tempel des Todes (Indiana Jones and the Temple of Doom, USA 1984, Steven Spielberg).',
    'Unter dem Motto „Time to deliver“ („Zeit zu liefern“) begann die Konferenz.',
  ])('%s', (text) => {
    expect(englishIn(text)).toEqual([]);
  });

  it('keeps an embedded post signed with its handle and date, without a hashtag or link', () => {
    const text = 'Er twitterte: We will never give up on our people and our country. — Maria Smith (@mariasmith) March 3, 2022 Die Reaktionen folgten rasch.';
    expect(englishIn(text)).toEqual(['March 3, 2022']);
    expect(englishIn('Er twitterte: We will never give up on our people and our country. Die Reaktionen folgten rasch.')).toEqual(['Er twitterte: We will never give up on our people and our country.']);
  });

  it.each([
    ['Die Flüchtlinge kamen in Austria an.', 'Austria'],
    ['Im Südosten Türkiye bebte die Erde.', 'Türkiye'],
    ['Die Rettungskräfte suchten in der Türkiye nach Überlebenden.', 'Türkiye'],
    ['Die Regierung sagte, the talks will continue next week, und ging.', 'the talks will continue next week'],
  ])('still flags %s', (text, expected) => {
    expect(englishIn(text)).toContain(expected);
  });
});

describe('URLs end before the bracket that holds them', () => {
  it.each(['Kopieren Sie die URL (z.B. https://twitter.com/beispiel) in das Feld.', 'Mehr dazu (unter www.beispiel.de).', 'Siehe https://de.wikipedia.org/wiki/Foo_(Band) für Details.'])('%s', (text) => {
    expect(flagged(unclosedBracket, text)).toEqual([]);
    expect(flagged(unmatchedBracket, text)).toEqual([]);
  });
});

describe('a site suffix left in the headline', () => {
  it('is reported with the headline without it', () => {
    const doc = readOne('USA besorgt über Putins Drohung gegen Nordkorea | Wladimir Putin\n\nDer Text folgt.');
    const [finding] = headlineSiteSuffix.check(doc, context);
    expect(doc.text.slice(finding.start, finding.end)).toBe(' | Wladimir Putin');
    expect(finding.suggestion).toBe('');
    expect(finding.message).toContain('"USA besorgt über Putins Drohung gegen Nordkorea"');
  });

  it('accepts a dash that is German punctuation', () => {
    expect(flagged(headlineSiteSuffix, 'Merkel – die Bilanz einer langen Amtszeit\n\nDer Text folgt.')).toEqual([]);
  });
});

describe('every rule in every format', () => {
  it('finds an RSS description that starts with its own title, as in JSON feeds', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>
<item><title>Stadtrat beschließt neuen Haushalt für das kommende Jahr</title><guid>a1</guid><description>Stadtrat beschließt neuen Haushalt für das kommende Jahr. Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen.</description></item>
</channel></rss>`;
    const [doc] = read(rss, 'feed.rss');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph']);
    const found = headlineInBody.check(doc, context);
    expect(found.map((f) => doc.text.slice(f.start, f.end))).toEqual(['Stadtrat beschließt neuen Haushalt für das kommende Jahr.']);
  });

  it('finds a headline repeated as an <h2> in HTML', () => {
    const html = `<html><body><article><h1>Neue Brücke für die Altstadt eröffnet</h1><h2>Neue Brücke für die Altstadt eröffnet</h2><p>Der Gemeinderat hat am Dienstag die neue Brücke eröffnet, und viele Menschen kamen.</p><p>Die Bauzeit betrug zwei Jahre, die Kosten lagen im Rahmen.</p></article></body></html>`;
    expect(flagged(duplicateHeadline, html, 'seite.html')).toEqual(['Neue Brücke für die Altstadt eröffnet']);
  });
});

describe('quotation-mark lookalikes', () => {
  it.each([
    'Home » Politik » Inland: Der Bundestag hat am Freitag beraten.',
    'Er sagte: "Der Monitor hat 26" Diagonale und ist neu", und ging.',
  ])('%s', (text) => {
    expect(flagged(unclosedQuote, text)).toEqual([]);
    expect(flagged(unmatchedQuote, text)).toEqual([]);
  });
});

describe('inner quotes ‚…‘', () => {
  it('pairs them and reports one left open', () => {
    expect(flagged(unclosedQuote, 'Er sagte: „Das nennt man ‚Aufbruch‘ in der Stadt“, und ging.')).toEqual([]);
    expect(flagged(unclosedQuote, 'Er sagte: „Das nennt man ‚Aufbruch in der Stadt“, und ging.')).toEqual(['‚']);
  });

  it('keeps apostrophes apart', () => {
    expect(flagged(unclosedQuote, 'Wie geht’s? Andreas’ Auto stammt aus den ’90ern, sagt er.')).toEqual([]);
  });
});

describe('near copies that differ only in numbers', () => {
  it('are not repeated paragraphs; a paragraph pasted twice still is', () => {
    const lines = 'Titel der Seite\n\nVoraussetzung: die Aufgabe Nummer 2 muss vorher im Spiel beendet sein.\n\nVoraussetzung: die Aufgabe Nummer 3 muss vorher im Spiel beendet sein.';
    expect(flagged(repeatedParagraph, lines)).toEqual([]);
    const pasted = 'Titel der Seite\n\nDer Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.\n\nDer Stadtrat hat am Dienstag den Haushalt für das nächste Jahr beschlossen.';
    expect(flagged(repeatedParagraph, pasted)).toHaveLength(1);
  });
});

describe('names with joiners and titles of works', () => {
  it.each([
    'Die Szene kommt in Bridge of Spies auf elegante Weise zur Deckung.',
    'Der Dreh der vierten Staffel von House of Cards begann im Mai.',
    'Die Seite Hot or Not rangierte jahrelang weit oben.',
    'Die Salzburger rechnen sich gegen eine wieder euphorisierte Austria etwas aus.',
    'Die Lustenauer Austria gewann, Austria Lustenau führt nun die Tabelle an.',
    'Die Kampagne Stand Up to Cancer sammelte am Wochenende Spenden.',
    'Die Tanzshow Dancing with the Stars läuft wieder im Fernsehen.',
  ])('%s', (text) => {
    expect(englishIn(text)).toEqual([]);
  });

  it.each([
    // to/with beside a pronoun, an auxiliary or a contraction: an English sentence in title case
    ['Auf dem Schild stand I Can\'t Wait to See und ein Datum.', "Can't Wait to"],
    // a complex preposition ending in to/with is grammar, not a name
    ['Die Cowboys sorgten dafür, dass According to Zeke und seine Kollegen gewannen.', 'According to Zeke'],
  ])('%s', (text, leftover) => {
    expect(englishIn(text)).toContain(leftover);
  });
});

describe('one lexicon per run', () => {
  it('carries the configured accepted terms to every rule that classifies words', () => {
    const options = { ...context.options, acceptedTerms: ['Zoomcall'] };
    const run = ruleContext(options);
    expect(run.lexicon.isAccepted('Zoomcall')).toBe(true);
    expect(run.lexicon).toBe(ruleContext(options).lexicon); // one instance per set of terms, whichever rule asks
    expect(context.lexicon.isAccepted('Zoomcall')).toBe(false);
  });
});

describe('an English determiner opening a German sentence', () => {
  it('is flagged before a German word, not before a name', () => {
    expect(flagged(englishWord, 'Titel\n\nThat neue Gesetz gilt ab Montag. These Maßnahmen kosten Geld.')).toEqual(['That', 'These']);
    expect(flagged(englishWord, 'Titel\n\nThe Guardian berichtete am Montag darüber. The Economist auch.')).toEqual([]);
  });
});

describe('a document that writes German nouns in lower case', () => {
  it('reads them as German; a machine translation with one lower-case English word still gets it', () => {
    const forum = 'titel\n\nich habe ein problem mit dem link. der fall ist seltsam, die version ist neu. das problem bleibt, der link geht nicht, die version hilft nicht, der fall ist klar, das forum weiss nichts, der minister auch nicht.';
    expect(flagged(englishWord, forum)).toEqual([]);
    expect(flagged(englishWord, 'Titel\n\nDie Regierung sieht ein großes problem bei der Umsetzung der neuen Regeln.')).toEqual(['problem']);
  });
});

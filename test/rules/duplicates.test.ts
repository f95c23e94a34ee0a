import { describe, expect, it } from 'vitest';
import { crossDocumentHeadline } from '../../src/rules/duplicates/cross-document-headline.js';
import { duplicateHeadline } from '../../src/rules/duplicates/duplicate-headline.js';
import { headlineInBody } from '../../src/rules/duplicates/headline-in-body.js';
import { repeatedParagraph, repeatedSentence } from '../../src/rules/duplicates/repeated-paragraph.js';
import { stripSiteSuffix } from '../../src/rules/text.js';
import { context, flagged, flaggedRun, read, readOne } from '../helpers.js';

const HEADLINE = 'Bundesregierung „tief besorgt“ über Streit um Rentenreform';

describe('duplicate-headline', () => {
  it('flags each extra copy, with or without a site suffix', () => {
    const text = `${HEADLINE} | Rente\n\n${HEADLINE} | Rente\n${HEADLINE}\n-\n\nDer Text beginnt hier und ist ein ganz normaler Satz.`;
    expect(flagged(duplicateHeadline, text)).toEqual([`${HEADLINE} | Rente`, HEADLINE]);
  });

  it('names the line of the headline it repeats', () => {
    const doc = readOne(`${HEADLINE}\n\n\n${HEADLINE.toUpperCase()}\n`);
    const [finding] = duplicateHeadline.check(doc, context);
    expect(finding.message).toMatch(/repeats the headline on line 1/);
    expect(doc.position(finding.start)).toEqual({ line: 4, column: 1 });
  });

  it('flags near copies: case, punctuation, a section suffix', () => {
    const text = `${HEADLINE}\n\n${HEADLINE.toLowerCase()}.\n\n${HEADLINE} – Politik\n\nDanach folgt der Artikel mit vielen weiteren Worten.`;
    expect(flagged(duplicateHeadline, text)).toHaveLength(2);
  });

  it('does not flag a different headline-like line or a paragraph that mentions the topic', () => {
    const text = `${HEADLINE}\n\nRentenreform: Was sich für Versicherte ändert\n\nDie Bundesregierung ist über den Streit um die Rentenreform tief besorgt, sagte ein Sprecher am Montag in Berlin.`;
    expect(flagged(duplicateHeadline, text)).toEqual([]);
  });

  it('does nothing without a headline', () => {
    expect(flagged(duplicateHeadline, 'Ein ganz normaler Satz steht hier am Anfang.\n\nEin ganz normaler Satz steht hier am Anfang.')).toEqual([]);
  });
});

describe('stripSiteSuffix', () => {
  it('removes a site or section name after a separator', () => {
    expect(stripSiteSuffix('USA besorgt über Putins Drohung | Wladimir Putin')).toBe('USA besorgt über Putins Drohung');
    expect(stripSiteSuffix('Bahnstreik legt Fernverkehr lahm – Wirtschaft')).toBe('Bahnstreik legt Fernverkehr lahm');
  });

  it('keeps a headline whose dash is part of it', () => {
    expect(stripSiteSuffix('Scholz – Merz')).toBe('Scholz – Merz');
  });
});

describe('headline-in-body', () => {
  it('flags a body whose first sentence is the headline', () => {
    const text = `${HEADLINE}\n\n${HEADLINE}. Die Koalition ringt seit Wochen um einen Kompromiss.`;
    expect(flagged(headlineInBody, text)).toEqual([`${HEADLINE}.`]);
  });

  it('flags the headline glued to the body without a stop', () => {
    const text = `${HEADLINE}\n\n${HEADLINE} Die Koalition ringt seit Wochen um einen Kompromiss.`;
    expect(flagged(headlineInBody, text)).toEqual([HEADLINE]);
  });

  it('does not flag a body that only shares the topic', () => {
    const text = `${HEADLINE}\n\nDie Bundesregierung zeigt sich tief besorgt über den Streit. Die Koalition ringt um einen Kompromiss.`;
    expect(flagged(headlineInBody, text)).toEqual([]);
  });
});

describe('repeated-paragraph', () => {
  const para = 'Die Polizei sperrte die Innenstadt am Nachmittag weiträumig ab und bat Anwohner, ihre Häuser nicht zu verlassen.';

  it('flags a repeated paragraph, exact or nearly', () => {
    expect(flagged(repeatedParagraph, `Titel\n\n${para}\n\nDazwischen etwas anderes mit genügend vielen Wörtern darin.\n\n${para}`)).toEqual([para]);
    const near = para.replace('Nachmittag', 'Abend');
    expect(flagged(repeatedParagraph, `Titel\n\n${para}\n\n${near}`)).toEqual([near]);
  });

  it('leaves a page quoting itself (a forum reply, a pull quote) alone, and still flags a quotation printed twice', () => {
    const reply = `<html><body><article><h1>Titel</h1><p>${para}</p><blockquote><p>${para}</p></blockquote><p>Danke, dann bleibe ich heute lieber zu Hause und warte ab, was die Polizei meldet.</p></article></body></html>`;
    expect(flagged(repeatedParagraph, reply, 'seite.html')).toEqual([]);
    expect(flagged(repeatedSentence, reply.replace(`<p>${para}</p><blockquote>`, `<p>${para} Mehr weiß man noch nicht.</p><blockquote>`), 'seite.html')).toEqual([]);
    const twice = `# Titel\n\n> ${para}\n\nDazwischen etwas anderes mit genügend vielen Wörtern darin.\n\n> ${para}\n`;
    expect(flagged(repeatedParagraph, twice, 'artikel.md')).toEqual([para]);
  });

  it('finds a near copy among many paragraphs of short words, and the closest earlier one', () => {
    // One-letter words fill the trigram table past its first size; the paragraphs share trigrams with one another.
    const words = [...'abcdefghijklmnoprstu'];
    let state = 7;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31);
    const paragraph = (): string => Array.from({ length: 120 }, () => words[Math.floor(next() / 65536) % words.length]).join(' ') + '.';
    const original = paragraph();
    const others = Array.from({ length: 30 }, paragraph);
    const near = `z ${original.slice(2)}`;
    const text = ['Titel', original, ...others, near].join('\n\n');
    expect(flagged(repeatedParagraph, text)).toEqual([near]);
  });

  it('does not flag short formulaic paragraphs', () => {
    expect(flagged(repeatedParagraph, 'Titel\n\n„Nein“, sagte er.\n\nDann war Ruhe.\n\n„Nein“, sagte er.')).toEqual([]);
  });

  it('does not flag different paragraphs that share a formula', () => {
    const text = 'Titel\n\nDie Schuldenbremse sei kein Selbstzweck, sondern ein Versprechen an die Jugend, sagte er.\n\nDie Infrastruktur verfalle schneller, als sie repariert werden könne, sagte er.';
    expect(flagged(repeatedParagraph, text)).toEqual([]);
  });
});

describe('repeated-sentence', () => {
  const sentence = 'Nach Angaben der Feuerwehr wurden bei dem Brand in der Lagerhalle mindestens zwölf Menschen verletzt.';

  it('flags a long sentence repeated in another paragraph', () => {
    const text = `Titel\n\n${sentence} Der Schaden ist hoch.\n\nDie Ermittlungen laufen. ${sentence}`;
    expect(flagged(repeatedSentence, text)).toEqual([sentence]);
  });

  it('leaves short repeated sentences alone (quotes repeat on purpose)', () => {
    const text = 'Titel\n\nWir wollen, dass sie es mit uns prüfen. Das sagte sie.\n\nSie wiederholte: Wir wollen, dass sie es mit uns prüfen.';
    expect(flagged(repeatedSentence, text)).toEqual([]);
  });
});

describe('cross-document-headline', () => {
  it('flags the later of two items with the same or nearly the same headline', () => {
    const feed = [
      { id: 'a', title: 'Waldbrände auf Rhodos: Tausende Urlauber evakuiert', body: 'Text eins.' },
      { id: 'b', title: 'Zinsentscheid: EZB lässt Leitzins unverändert', body: 'Text zwei.' },
      { id: 'c', title: 'Waldbrände auf Rhodos: Tausende Urlauber evakuiert | Panorama', body: 'Text drei.' },
      { id: 'd', title: 'Waldbrände auf Rhodos: Tausende Urlauber evakuiert!', body: 'Text vier.' },
    ];
    expect(flaggedRun(crossDocumentHeadline, read(JSON.stringify(feed), 'f.json'))).toEqual([
      { id: 'c', text: 'Waldbrände auf Rhodos: Tausende Urlauber evakuiert | Panorama' },
      { id: 'd', text: 'Waldbrände auf Rhodos: Tausende Urlauber evakuiert!' },
    ].map((f) => expect.objectContaining(f)));
  });

  it('does not flag different stories on the same topic', () => {
    const feed = [
      { id: 'a', title: 'Waldbrände auf Rhodos: Tausende Urlauber evakuiert', body: 'x' },
      { id: 'b', title: 'Waldbrände auf Korfu: Hotels geräumt', body: 'y' },
      { id: 'c', title: 'Rhodos: Urlauber kehren nach Waldbränden zurück', body: 'z' },
    ];
    expect(flaggedRun(crossDocumentHeadline, read(JSON.stringify(feed), 'f.json'))).toEqual([]);
  });

  it('names the earlier document and its line', () => {
    const docs = read('{"id":"x1","title":"Gleiche Schlagzeile für zwei Meldungen","body":"a"}\n{"id":"x2","title":"Gleiche Schlagzeile für zwei Meldungen","body":"b"}\n', 'f.jsonl');
    const [finding] = flaggedRun(crossDocumentHeadline, docs);
    expect(finding.message).toBe('Same headline as document "x1" (f.jsonl:1): "Gleiche Schlagzeile für zwei Meldungen"');
  });
});


import { describe, expect, it } from 'vitest';
import { navigationLeftover } from '../../src/rules/boilerplate/navigation-leftover.js';
import { photoCredit } from '../../src/rules/boilerplate/photo-credit.js';
import { separatorLine } from '../../src/rules/boilerplate/separator-line.js';
import { flagged } from '../helpers.js';

describe('separator-line', () => {
  it('flags lines of dashes and stars', () => {
    expect(flagged(separatorLine, 'Titel\n\nText.\n-\n***\n———\n\nMehr Text.')).toEqual(['-', '***', '———']);
  });

  it('ignores dashes inside sentences and Markdown thematic breaks', () => {
    expect(flagged(separatorLine, 'Titel\n\nSüdkorea und Japan – beides Verbündete – sind besorgt.')).toEqual([]);
    expect(flagged(separatorLine, '# Titel\n\nText.\n\n---\n\nMehr.', 'a.md')).toEqual([]);
  });
});

describe('navigation-leftover', () => {
  it('flags navigation text glued to the article', () => {
    const text = 'Titel\n\nText.\n\nNEXT Freunde und Nachbarn feiern den Sommer\n\nLesen Sie auch: Was der Streik bedeutet\n\nRead more\n\nAnzeige';
    expect(flagged(navigationLeftover, text)).toEqual([
      'NEXT Freunde und Nachbarn feiern den Sommer',
      'Lesen Sie auch: Was der Streik bedeutet',
      'Read more',
      'Anzeige',
    ]);
  });

  it('does not flag German sentences that start with the same words', () => {
    const text = [
      'Titel',
      'Anzeige erstattete die Nachbarin erst am nächsten Morgen, wie die Polizei mitteilte, nachdem sie den Schaden bemerkt hatte.',
      'Weiter sagte er, man werde die Lage genau beobachten.',
      'Mehr zum Thema Rente wollte der Minister nicht sagen, obwohl Journalisten immer wieder nachfragten und drängten.',
      'Next Generation EU heißt das Programm, mit dem die EU den Wiederaufbau nach der Pandemie finanziert.',
    ].join('\n\n');
    expect(flagged(navigationLeftover, text)).toEqual([]);
  });

  it('still flags the shortest navigation words standing alone', () => {
    expect(flagged(navigationLeftover, 'Titel\n\nText.\n\nMORE\n\nNEXT\n\nxy')).toEqual(['MORE', 'NEXT']);
  });

  it('reads a block’s first word as the case-insensitive pattern does, before trying it', () => {
    const blocks = ['ZUM NEWSLETTER', 'zur Startseite', 'Nach oben', 'Nachrichten aus der Region', 'Zurück', 'ſhare this', 'Clic\u212A here', '  Werbung  ', 'Hierzulande klicken viele', 'Teilen Sie den Artikel'];
    expect(flagged(navigationLeftover, `Titel\n\n${blocks.join('\n\n')}`)).toEqual(['ZUM NEWSLETTER', 'zur Startseite', 'Nach oben', 'ſhare this', 'Clic\u212A here', 'Werbung']);
  });
});

describe('photo-credit', () => {
  it('flags a credit at the end of a body paragraph or standing alone', () => {
    expect(flagged(photoCredit, 'Titel\n\nPutin fährt mit Kim durch einen Garten. Foto: KCNA/AP')).toEqual(['Foto: KCNA/AP']);
    expect(flagged(photoCredit, 'Titel\n\nPhotograph: Kim Hong-Ji/Reuters')).toEqual(['Photograph: Kim Hong-Ji/Reuters']);
    expect(flagged(photoCredit, 'Titel\n\nDie Polizei räumte den Platz (Bild: Getty)')).toEqual(['(Bild: Getty)']);
  });

  it('accepts credits in captions and words like Foto in running text', () => {
    expect(flagged(photoCredit, '<figure><figcaption>Ein Schiff. Foto: Christian Charisius/dpa</figcaption></figure>', 'a.html')).toEqual([]);
    expect(flagged(photoCredit, 'Titel\n\nDas Foto: ein Dokument der Zeitgeschichte, sagte die Kuratorin.')).toEqual([]);
    expect(flagged(photoCredit, 'Titel\n\nQuelle: Statistisches Bundesamt, eigene Berechnungen.')).toEqual([]);
  });
});

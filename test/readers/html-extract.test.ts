import { describe, expect, it } from 'vitest';
import { at, readOne } from '../helpers.js';

const prose = (n: number, topic: string): string =>
  Array.from({ length: n }, (_, i) => `<p>Der Gemeinderat hat am Dienstag über ${topic} beraten, und die Fraktionen haben ihre Positionen zum ${i + 1}. Mal ausführlich dargelegt.</p>`).join('\n');

const blocks = (html: string): string[] => {
  const doc = readOne(html, 'seite.html');
  return doc.blocks.map((b) => doc.blockText(b));
};

describe('article extraction', () => {
  it('keeps the article and drops comments, sidebar, teasers, share bar and cookie banner', () => {
    const html = `<html><body>
<div class="cookie-banner"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Website zu bieten.</p></div>
<div class="layout"><div class="article-body"><h1>Neue Brücke für die Altstadt</h1>
${prose(4, 'die neue Brücke')}
<div class="share-bar"><a href="#">Teilen auf Facebook</a> <a href="#">Twittern</a></div>
<h3>Mehr zum Thema</h3><ul><li><a href="/a">Die alte Brücke wird abgerissen und durch einen Neubau ersetzt</a></li><li><a href="/b">Verkehr in der Innenstadt soll ruhiger werden</a></li></ul>
</div>
<div class="sidebar"><p>Lesen Sie unsere beliebtesten Artikel der Woche, ausgewählt von der Redaktion für Sie.</p></div>
<section id="comments"><h2>Kommentare</h2><p>Leser Max schreibt: Endlich passiert etwas in unserer schönen Altstadt, das wurde auch Zeit.</p></section>
</div></body></html>`;
    const text = blocks(html);
    expect(text[0]).toBe('Neue Brücke für die Altstadt');
    expect(text.filter((t) => t.includes('neue Brücke beraten'))).toHaveLength(4);
    for (const leak of ['Cookies', 'Teilen auf Facebook', 'Mehr zum Thema', 'abgerissen', 'beliebtesten', 'Leser Max']) {
      expect(text.join('\n'), leak).not.toContain(leak);
    }
  });

  it('chooses the article among several <article> elements by its content', () => {
    const html = `<html><body><article class="weather"><p>12 °C</p></article>
<article><h1>Hafen erweitert</h1>${prose(5, 'den Hafen')}</article>
<article class="teaser"><a href="/x"><h2>Anderer Artikel über den Bahnhof</h2></a></article></body></html>`;
    const text = blocks(html);
    expect(text[0]).toBe('Hafen erweitert');
    expect(text.join('\n')).not.toContain('12 °C');
    expect(text.join('\n')).not.toContain('Bahnhof');
  });

  it('reads a page without <body> and a headline outside the article body', () => {
    const html = `<html><head><title>Titel</title></head><h1>Schule saniert</h1><div class="nav-menu"><a href="/">Start</a></div><div class="entry-content">${prose(3, 'die Schule')}</div></html>`;
    const text = blocks(html);
    expect(text[0]).toBe('Schule saniert');
    expect(text).toHaveLength(4);
  });

  it('reads a page whose prose all sits under furniture names (a forum thread)', () => {
    const html = `<html><body><div class="comments">${prose(3, 'das Forum').replaceAll('<p>', '<p class="comment-text">')}</div></body></html>`;
    expect(blocks(html)).toHaveLength(3);
  });

  it('keeps a forum thread\'s first post and drops the replies after its "Kommentare" heading', () => {
    const post = (who: string, topic: string): string => `<div class="post-comment"><span>${who}</span>${prose(2, topic).replaceAll('<p>', '<p class="comment-text">')}</div>`;
    const html = `<html><body><main><h2>Kein Netz nach dem Update</h2>${post('anna', 'das Funknetz')}<h2 id="comments">Kommentare</h2>${post('bert', 'die Antworten')}${post('carla', 'die Lösung')}</main></body></html>`;
    const text = blocks(html).join('\n');
    expect(text).toContain('das Funknetz');
    expect(text).not.toContain('die Antworten');
    expect(text).not.toContain('die Lösung');
    // A heading that only mentions comments is no comment section: what follows stays.
    const article = `<html><body><article><h1>Leserbriefe</h1>${prose(2, 'die Leserbriefe')}<h2>Kommentare zur Verkehrswende</h2>${prose(2, 'die Verkehrswende')}</article></body></html>`;
    expect(blocks(article).join('\n')).toContain('die Verkehrswende');
  });

  it('drops a forum\'s edit notes, also inside a box of other short text', () => {
    const html = `<html><body><article><h1>Neue Regeln im Rat</h1>${prose(3, 'die Regeln')}<header><time>6. Okt. 2020</time><div class="note">Last edited by a moderator 6. Okt. 2020</div></header><p>von stadtblatt.de<br><span>zuletzt bearbeitet: 04.02.2022, 08:27 Uhr</span></p>${prose(2, 'den Haushalt')}</article></body></html>`;
    const text = blocks(html).join('\n');
    expect(text).not.toContain('Last edited');
    expect(text).not.toContain('zuletzt bearbeitet');
    expect(text).toContain('über den Haushalt');
  });

  it('drops embedded tweets: a quotation of an original, not translated text', () => {
    const html = `<html><body><article><h1>Reaktionen</h1>${prose(3, 'die Reaktionen')}<blockquote class="twitter-tweet"><p>This is a great day for our city! pic.twitter.com/abc</p></blockquote></article></body></html>`;
    expect(blocks(html).join('\n')).not.toContain('great day');
  });

  it('reads a page nested 100,000 elements deep, iteratively', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Tief verschachtelt steht dieser Satz, und er wird trotzdem gelesen.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(blocks(html)).toEqual(['Tief verschachtelt steht dieser Satz, und er wird trotzdem gelesen.']);
  }, 120_000); // htmlparser2 keeps its open elements with Array.unshift: seconds, not a stack overflow

  it('keeps exact positions in the file', () => {
    const html = `<html><body>\n<nav><a href="/">Start</a></nav>\n<article><h1>Titel</h1>\n${prose(3, 'den Park')}\n</article></body></html>`;
    const doc = readOne(html, 'seite.html');
    expect(at(doc, doc.text.indexOf('Titel'))).toBe('3:14');
    expect(at(doc, doc.text.indexOf('Gemeinderat'))).toBe('4:8');
  });
});

describe('text the reader never sees', () => {
  it('leaves out a theme switcher’s text', () => {
    const html = `<html><body><div class="g1-skinmode"><p class="g1-skinmode-desc">Switch to the dark mode that is kinder on your eyes at night time.</p></div><main><h1>Brücke eröffnet</h1>${prose(3, 'die Brücke')}</main></body></html>`;
    expect(blocks(html).join('\n')).not.toMatch(/dark mode/);
  });

  it('leaves out skip links whatever their class is called', () => {
    const html = `<html><body><a class="PageSkipLink-x1 abc" href="#main">Skip to main content</a><a class="skip-to-main" href="#inhalt">Zum Inhalt springen</a><main id="main"><h1>Brücke eröffnet</h1>${prose(3, 'die Brücke')}<p>Mehr steht im <a class="skip-note" href="/archiv">Skip-Archiv der Stadt</a>, das seit vielen Jahren wächst und die Dokumente bewahrt.</p></main></body></html>`;
    const text = blocks(html).join('\n');
    expect(text).not.toMatch(/Skip to main content|Zum Inhalt springen/);
    expect(text).toContain('Skip-Archiv der Stadt'); // a link out of the page stays
  });


  it('leaves soft hyphens and zero-width characters out of words, positions still exact', () => {
    const doc = readOne('Die Sta\u00adtis\u00adti\u00adken zei\u200bgen es.', 'a.txt');
    expect(doc.text).toBe('Die Statistiken zeigen es.');
    expect(at(doc, doc.text.indexOf('zeigen'))).toBe('1:20');
  });
});

describe('the lines every CMS prints around an article', () => {
  it('drops bylines, comment prompts and teaser sections, and keeps a section of prose after a teaser-like heading', () => {
    const html = `<html><body><article><h1>Hafen erweitert</h1>
<div class="entry">${prose(3, 'den Hafen')}
<p>Verfasst von Redaktion am 3. Mai 2024</p>
<h3>Das könnte Sie auch interessieren</h3><div class="cards"><div><span>Neuer Kran für das Terminal</span></div><div><span>Bahnstrecke gesperrt</span></div></div>
<h3>Weitere Informationen</h3><p>Die Hafenbehörde erklärte ausführlich, welche Schritte in den kommenden Monaten geplant sind, und nannte dabei Termine, Kosten und die Reihenfolge der Arbeiten an den einzelnen Kaimauern des Hafens sowie die Folgen für den Verkehr.</p>
<p>Sie müssen sich einloggen, um zu kommentieren.</p></div></article></body></html>`;
    const text = blocks(html).join('\n');
    for (const gone of ['Verfasst von', 'interessieren', 'Neuer Kran', 'einloggen']) expect(text, gone).not.toContain(gone);
    expect(text).toContain('Die Hafenbehörde erklärte');
  });
});

describe('blocks the layout prints twice', () => {
  it('keeps one copy of a caption repeated by a gallery, and both copies of a paragraph pasted twice', () => {
    const html = `<html><body><article><h1>Hafen erweitert</h1>${prose(3, 'den Hafen')}
<div class="slide"><figure><img src="a.jpg"><figcaption>Der neue Kran am Terminal im Hamburger Hafen.</figcaption></figure></div>
<div class="slide-large"><figure><img src="a.jpg"><figcaption>Der neue Kran am Terminal im Hamburger Hafen.</figcaption></figure></div>
<p>Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Sprecherin.</p>
<p>Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Sprecherin.</p></article></body></html>`;
    const text = blocks(html);
    expect(text.filter((t) => t.startsWith('Der neue Kran'))).toHaveLength(1);
    expect(text.filter((t) => t.startsWith('Die Arbeiten'))).toHaveLength(2);
  });
});

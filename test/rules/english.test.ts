import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { lintDocuments } from '../../src/engine/lint.js';
import { RULES } from '../../src/rules/index.js';
import { read } from '../helpers.js';
import { rng } from '../../bench/random.js';

const englishRules = RULES.filter((r) => r.meta.category === 'english');

/** "rule: flagged text" for every english finding on a text article (or another format by name). */
function english(text: string, name = 'artikel.txt', options: Partial<typeof DEFAULT_CONFIG.rules.options> = {}): string[] {
  const config = { ...DEFAULT_CONFIG, rules: { ...DEFAULT_CONFIG.rules, options: { ...DEFAULT_CONFIG.rules.options, ...options } } };
  const docs = read(text, name);
  const findings = lintDocuments(docs, englishRules, config);
  return docs.flatMap((d) => (findings.get(d) ?? []).map((f) => `${f.ruleId}: ${f.text}`));
}

describe('english: leftovers are found (true positives)', () => {
  it.each([
    ['„Diejenigen, die diese [missiles to Ukraine] liefern, irren sich“, sagte Putin.', 'english-insert: missiles to Ukraine'],
    ['„Dialog [between Moscow and Washington] ist dringend erforderlich“, sagte Peskow.', 'english-insert: between Moscow and Washington'],
    ['Die Regierung plant Hilfen, um the cost of living crisis abzufedern.', 'english-phrase: the cost of living crisis'],
    ['Der Minister sprach von einem Plan, der the housing target erreichen soll.', 'english-phrase: the housing target'],
    ['„Wir werden das nicht hinnehmen, whatever it takes“, sagte sie.', 'english-phrase: whatever it takes'],
    ['Die Anwohner wohnen next door to a retirement village am Stadtrand.', 'english-phrase: next door to a retirement village'],
    ['Die Ermittler fanden heraus, dass der Täter was already known to police, hieß es.', 'english-phrase: already known to police'],
    ['Er sagte, das sei ein großer Fehler. We will not back down from this fight.', 'english-sentence: We will not back down from this fight.'],
    ['Die Polizei sperrte den Platz. Officers said the man had been arrested at the scene. Die Ermittlungen dauern an.', 'english-sentence: Officers said the man had been arrested at the scene.'],
    ['Der Verband nannte die Entscheidung tatty und enttäuschend.', 'english-word: tatty'],
    ['Die Stimmung im Saal war eher gloomy als feierlich.', 'english-word: gloomy'],
    // a quotation that no naming noun introduces stays a leftover, "zum Beispiel" is no title
    ['Der Minister nannte zum Beispiel „a complete waste of money“ als Grund.', 'english-phrase: a complete waste of money'],
    ['Die Regierung von India kündigte am Montag neue Zölle an.', 'untranslated-name: India'],
    ['Die Delegation reiste am Montag nach Germany, um dort zu verhandeln.', 'untranslated-name: Germany'],
    // a bracket that ends in a year is a citation only when a name stands before the year
    ['Der Konzern (Chief Executive since 2019) wächst weiter.', 'english-insert: Chief Executive since 2019'],
    // one lower-case German noun is a typo, not a paragraph written in lower case
    ['Die Bahn hat zu wenig geld für die Strecke, sagte der Sprecher und nannte das einen grund zur Sorge.', 'english-word: geld'],
    ['Die Mieten in der Stadt sind zuletzt skyrocketing gestiegen.', 'english-word: skyrocketing'],
    ['Der Präsident der Türkiye traf am Montag den Kanzler.', 'untranslated-name: Türkiye'],
    ['Das Treffen fand in Spain statt, teilte das Ministerium mit.', 'untranslated-name: Spain'],
    ['Das Department of Homeland Security kündigte neue Regeln an.', 'untranslated-name: Department of Homeland Security'],
    ['Ein Sprecher des State Department sagte, man prüfe den Fall.', 'untranslated-name: State Department'],
    ['Der Cornwall Council stimmte dem Plan am Dienstag zu.', 'untranslated-name: Cornwall Council'],
    ['Das Ministry of Defence bestätigte den Vorfall.', 'untranslated-name: Ministry of Defence'],
    ['Der Attorney General kündigte am Dienstag eine Untersuchung an.', 'untranslated-name: Attorney General'],
    ['Nach Angaben der Coastguard wurde die Suche am Abend eingestellt.', 'untranslated-name: Coastguard'],
    ['Auch die Derbyshire Fire and Rescue Service war im Einsatz.', 'untranslated-name: Fire and Rescue Service'],
    ['„Wir haben mit Secretary Blinken gesprochen“, sagte die Ministerin.', 'untranslated-name: Secretary'],
    ['Die Brände seien unter Kontrolle, erklärte Governor Whitmer am Morgen.', 'untranslated-name: Governor'],
    ['Der Police Commissioner von Kent lehnte den Rücktritt ab.', 'untranslated-name: Police Commissioner'],
    ['Das DOJ hat am Freitag Anklage erhoben.', 'untranslated-name: DOJ'],
    ['Die Steuerbehörde HMRC fordert Nachzahlungen.', 'untranslated-name: HMRC'],
    // English in straight quotation marks, and a short English phrase of two unambiguous words
    ['Die Regierung will nach "late-night talks" eine Einigung erzielen.', 'english-phrase: late-night talks'],
    ['Die Länder wollen gemeinsam gegen foreign interference vorgehen.', 'english-phrase: foreign interference'],
    ['Die Grünen wollen meanwhile eine Abstimmung erzwingen.', 'english-word: meanwhile'],
    ['Meanwhile hat die Polizei einen Verdächtigen festgenommen.', 'english-word: Meanwhile'],
    ['However, die Regierung lehnt den Vorschlag ab.', 'english-word: However'],
    ['Der Minister reiste nach Spain Ende Mai.', 'untranslated-name: Spain'],
    ['Sie sagte, das sei ihr egal, she did not mind. Dann ging sie.', 'english-phrase: she did not mind'],
    ['Das sogenannte Gesetz gilt weiter, aber the new policy bleibt umstritten.', 'english-phrase: the new policy'],
    ['Der Präsident der Türkiye Recep Tayyip Erdoğan sprach am Abend.', 'untranslated-name: Türkiye'],
    ['Die Regierung (the government said) lehnte den Plan ab.', 'english-insert: the government said'],
    ['Die Anschläge vom Sept. 11, 2001 veränderten die Welt.', 'english-format: Sept. 11, 2001'],
    ['Der Vertrag wurde am March 3, 2023 unterzeichnet.', 'english-format: March 3, 2023'],
    ['Der Fußballer wechselt für £5million nach London.', 'english-format: £5million'],
    ['Der Konzern investiert $2.5bn in neue Werke.', 'english-format: $2.5bn'],
    ['Der Abgeordnete Rep. Smith stimmte dagegen.', 'english-format: Rep.'],
    ['Die Inflation lag zuletzt bei 3.5 Prozent.', 'english-format: 3.5 Prozent'],
    ['Die Sitzung beginnt um 5 p.m. Ortszeit.', 'english-format: 5 p.m.'],
    ['Boris Johnson trat zurück. In einem Interview sagte Mr. Johnson, er sei zuversichtlich.', 'english-format: Mr.'],
    ['Die Ärztin Jane Doe aus Leeds. Mrs. Doe sagte, sie sei überrascht.', 'english-format: Mrs.'],
    ['Der Chinese gewann bei den Asian Athletics Indoor Championships in Astana Gold.', 'untranslated-name: Asian Athletics Indoor Championships'],
    ['Bei den Asian Championships holte sie Silber.', 'untranslated-name: Asian Championships'],
    ['Sie wurde bei den World Athletics Championships Vierte.', 'untranslated-name: World Athletics Championships'],
    ['Der Minister trifft seinen Amtskollegen am Friday in Paris.', 'english-format: Friday'],
    ['Seit Monday gilt die neue Regel.', 'english-format: Monday'],
    ['Das Abkommen wurde am 27 January 2023 unterzeichnet.', 'english-format: 27 January 2023'],
    ['Die Wahl findet am 3 March statt.', 'english-format: 3 March'],
    ['Der Kanzler machte Urlaub in Austria.', 'untranslated-name: Austria'],
    ['Die Austria Presse Agentur meldet Regen. Der Urlaub in Austria wird teurer.', 'untranslated-name: Austria'],
    ['Laut Statistik Austria stiegen die Preise. Der Urlaub in Austria wird teurer.', 'untranslated-name: Austria'],
  ])('%s', (text, expected) => {
    expect(english(text)).toEqual([expected]);
  });

  it('reports a whole English headline as one finding', () => {
    expect(english('Police arrest 15 after violent protest outside hotel\n\nDie Polizei hat 15 Menschen festgenommen.')).toEqual([
      'english-sentence: Police arrest 15 after violent protest outside hotel',
    ]);
  });

  it('reports a whole English paragraph as one finding', () => {
    const text = 'Titel der Meldung\n\nDie Regierung beschloss am Montag ein neues Gesetz.\n\nThe government said it would review the decision. Critics have called the plan a disaster for the region.';
    expect(english(text)).toEqual(['english-sentence: The government said it would review the decision. Critics have called the plan a disaster for the region.']);
  });

  it('reports a paragraph of English read as one text once, though its short sentences alone are undecided', () => {
    const text = 'Titel der Meldung\n\nDie Senatorin sprach in Boston.\n\nI am a capitalist. Come on. I believe in markets. What I don’t believe in is theft, what I don’t believe in is cheating. That’s where the difference is.';
    expect(english(text)).toEqual(['english-sentence: I am a capitalist. Come on. I believe in markets. What I don’t believe in is theft, what I don’t believe in is cheating. That’s where the difference is.']);
  });

  it('reports English sentences that follow one another as one passage, and German between them splits it', () => {
    const docs = read('Titel der Meldung\n\nDann schrieb er einen Satz. Those other dots. The ones others miss. Das sei seine Lehre. And that is what went wrong in America.', 'a.txt');
    const findings = lintDocuments(docs, englishRules, DEFAULT_CONFIG).get(docs[0])!;
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([
      ['english-sentence', 'Those other dots. The ones others miss.'],
      ['english-sentence', 'And that is what went wrong in America.'],
    ]);
    expect(findings[0].message).toBe('2 sentences left in English: "Those other dots. The ones others miss."');
  });

  it('reports an untranslated article once, as critical', () => {
    const text = 'Police arrest 15 after violent protest outside hotel\n\nPolice have arrested 15 people after a protest outside a hotel housing asylum seekers turned violent.\n\nOfficers said a police van was set on fire and several officers were injured during the disorder on Friday night.';
    const docs = read(text, 'a.txt');
    const findings = lintDocuments(docs, englishRules, DEFAULT_CONFIG).get(docs[0])!;
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['untranslated-article', 'critical']]);
  });

  it('reports an article identical to its source as untranslated', () => {
    const json = JSON.stringify([{ id: 'x', title: 'Storm hits coast', body: 'Heavy rain fell on Monday.', source_title: 'Storm hits coast', source: 'Heavy rain fell on Monday.' }]);
    expect(english(json, 'f.json')).toEqual(['untranslated-article: Storm hits coast\n\nHeavy rain fell on Monday.']);
  });

  it('uses the English source: copied stretches are reported', () => {
    const json = JSON.stringify([
      {
        id: 'x',
        title: 'Sturm trifft Küste',
        body: 'Der Sturm traf die Küste, teilten die Behörden on Monday mit.',
        source: 'The storm hit the coast, authorities said on Monday.',
      },
    ]);
    expect(english(json, 'f.json')).toEqual(['copied-from-source: on Monday']);
    // the same text without its source: "on Monday" alone is not enough evidence
    expect(english(JSON.stringify([{ id: 'y', title: 'Sturm trifft Küste', body: 'Der Sturm traf die Küste, teilten die Behörden on Monday mit.' }]), 'f.json')).toEqual([]);
  });

  it('flags configured terms and accepts configured ones', () => {
    expect(english('Das neue Homeoffice-Gesetz gilt ab Mai.', 'a.txt', { flaggedTerms: ['Homeoffice'] })).toEqual([]); // only whole words
    expect(english('Viele arbeiten im Homeoffice.', 'a.txt', { flaggedTerms: ['homeoffice'] })).toEqual(['flagged-term: Homeoffice']);
    expect(english('Die Stimmung war gloomy.', 'a.txt', { acceptedTerms: ['gloomy'] })).toEqual([]);
  });

  it('offers the German weekday and date as the fix', () => {
    const docs = read('Am Friday, 27 January, wurde der Vertrag unterzeichnet.');
    const findings = lintDocuments(docs, englishRules, DEFAULT_CONFIG).get(docs[0])!;
    expect(findings.map((f) => [f.text, f.message])).toEqual([
      ['Friday', 'English weekday "Friday": German writes "Freitag".'],
      ['27 January', 'English date format "27 January": German writes "27. Januar".'],
    ]);
  });

  it('says where the English stands', () => {
    const docs = read('„Diejenigen, die diese [missiles to Ukraine] liefern, irren sich“, sagte Putin.');
    const [finding] = lintDocuments(docs, englishRules, DEFAULT_CONFIG).get(docs[0])!;
    expect(finding.message).toBe('Untranslated English insert "[missiles to Ukraine]" inside a quotation.');
    expect([finding.line, finding.column, finding.severity]).toEqual([1, 25, 'major']);
  });
});

describe('english: what German accepts stays silent (hard negatives)', () => {
  it.each([
    // titles and names a German noun introduces in quotation marks, in any case
    'Die Studie trägt den Titel „Money for nothing and content for free“ und erschien im Mai.',
    'Der Professor nimmt im Artikel „The tricky geoeconomics of going low carbon“ Bezug darauf.',
    'Unter dem Slogan „ten minutes a day“ startet die Aktion der Krankenkasse.',
    'Der Dokumentarfilm „Searching for the lost river“ läuft ab Donnerstag im Kino.',
    'Das EU-Projekt „smart cities for everyone“ endet im Sommer.',
    // an established term, a picture credit
    'Das Siegel „Made in Germany“ galt einst als Warnung, heute als Qualitätsmerkmal.',
    // a reader's comment that writes its nouns in lower case, in an article that does not
    'Die Bahn erhöht die Preise.\n\nkommentar von max: das ist doch kein grund, die bahn hat eh zu wenig geld für die strecke.',
    'Der Flughafen bei Nacht (Urheber: Prateek Rungta from Delhi, India).',
    // an address's country line, an author–year citation
    'Kontakt: Redaktion, Postfach 101161, 69451 Weinheim, Germany.',
    'Die Regierung setzt weiter auf fossile Energieträger (The White House 2017a).',
    'Das Team um Trainerin Müller arbeitet seit Jahren zusammen.',
    'Das Start-up aus Berlin hat zwölf Mitarbeiter.',
    'Viele Start-ups setzen inzwischen auf Homeoffice.',
    'Die Fans feierten die Mannschaft bis in die Nacht.',
    'Zum Black Friday lockten die Händler mit Rabatten.',
    'Das Video ging viral und wurde millionenfach geteilt.',
    'Der Kurs findet online statt, die Prüfung im Saal.',
    'Sie arbeitet remote für eine Firma in Lissabon.',
    'In Downing Street wurde die Nachricht mit Erleichterung aufgenommen.',
    'Labour liegt in den Umfragen deutlich vor den Tories.',
    'An der Wall Street schlossen die Kurse im Plus.',
    'Die Bank of England erhöhte den Leitzins erneut.',
    'Wie die New York Times berichtete, ist der Vertrag unterschrieben.',
    'Die Serie „The West Wing“ gilt als Klassiker.',
    'Sie las „The Burnout Challenge: Managing People’s Relationships with Their Jobs“ im Urlaub.',
    'Weitere Informationen gibt es unter https://www.example.org/the-best-of-news oder per Mail an info@example.org.',
    'Er schrieb auf X unter @thewhitehouse und dem Hashtag #StandWithUkraine.',
    'Was also die Hand betrifft, so war die Bank nicht zuständig.',
    'Die Kinder spielten im Garten, während die Eltern grillten.',
    'Laut einem Sprecher des Asan Institute for Policy Studies ist die Lage ernst.',
    'Freunde und Familie feierten gemeinsam den Canada Day.',
    'Der Vorfall ereignete sich am 11. September 2001 in New York.',
    'Der Kaufpreis lag bei 3.500 Euro, die Miete bei 1.200 Euro.',
    'Die Inflation lag bei 3,5 Prozent.',
    'Die Kommission tagt in Brüssel, teilte die EU-Kommission mit.',
    'US-Präsident Joe Biden traf den britischen Premier Rishi Sunak.',
    'Das Bündnis heißt Fridays for Future und demonstriert jeden Freitag.',
    'Kim Jong-un’s Schwester äußerte sich am Abend.',
    'Die Mannschaft gewann das Match gegen Manchester United.',
    'Der Manager des Clubs sprach von einem Neustart.',
    'Sie nutzt ein Smartphone, einen Laptop und hört Podcasts.',
    'Das Festival findet im Sommer statt, Tickets gibt es online.',
    'Das Unternehmen Meta Platforms meldete höhere Gewinne.',
    'Air Canada strich mehrere Flüge nach Frankfurt.',
    'Die Grünen in Hauts-de-France stimmten zu.',
    'Der Prozess findet im Bristol Crown Court statt, der Supreme Court entschied anders.',
    // a country word inside an organisation's name, Mr inside a title, a brand with an inner capital
    'Die Kampagne von Tourism Australia wirbt in Europa um Gäste.',
    'Im Kino läuft Mr Turner vs The Academy, eine Satire über Maler.',
    'Auf eBay und im eBay-Shop werden die Karten weiterverkauft.',
    'Tausende Fans verfolgten die European Championships Munich 2022 im Olympiapark.',
    'Thus Spoke Zarathustra ist ein Werk von Nietzsche.',
    'Die Fäden zieht die UETD (Union of European Turkish Democrats), deren Vorsitzender schweigt.',
    'Über die DROWN-Attacke (Decrypting RSA with Obsolete and Weakened eNcryption) lassen sich Verbindungen knacken.',
    'Die Union of European Turkish Democrats (UETD) lud zur Kundgebung.',
    'Die Abkürzung der Gruppe war AQI (Al-Qaida in Iraq).',
    'Die Tiroler siegten am Freitag bei Austria Klagenfurt mit 2:1.',
    'Singapur – Singapore: die Stadt hat zwei Namen. Die Türkei (Türkiye) hat gewählt.',
    'Ende August lief er 9,87 Sekunden, ab September 16 Euro mehr, im November 1.246 Einreisen.',
    'Um 20.15 Uhr läuft Die Waffen der Frauen (Working Girl, USA 1988, Mike Nichols) im Fernsehen.',
    'Tsipras schrieb: Many are asking what happens after the #referendum? With a clear NO we will be stronger. #Greece Der Ausgang ist offen.',
    'Das zeigt eine neue Studie. AbstractNature Energy: Fast and reversible polymer switching materials for safer batteries.',
    'Das ist in Wien gang und gäbe, sagte die Ministerin tags zuvor.',
    'Sie heißen Übergangsscheiben (transitional discs) und sind selten.',
    'Das Projekt Crowd steht für Creating other ways of Dissemination – neue Wege der Verbreitung.',
    'Das wars noch nicht, sagte er.',
    'Sie brauchen einen Reisepass mit noch mind. 6 Monaten Gültigkeit, incl. der Gebühren.',
    'Das Treffen der Gleichstellungsministerinnen und -minister fand in Berlin statt.',
    'So installiert man es:\n$ make install\n$ cbmctrl detect',
    'Dazu dient [sourcecode language="bash"]grep ^http links.txt | sort > out.txt[/sourcecode] im Terminal.',
    'Das Styling erweist sich oft als tricky, aber die Leute sind happy.',
    'Menschen, die queer sind, und trans Frauen demonstrierten.',
    'Lee Elder und Gary Player auf dem Platz. © PGA of America via Getty Images',
    'Das Stromnetz bei Nacht. Photo by Anna Muster on Unsplash',
    'Hilimire, Matthew R. et al. (2015): Fermented foods, neuroticism, and social anxiety: An interaction model, abgerufen am 21.09.22.',
    'Das zeigen die Wahlen in Kumanovo[ii] und Debar[iii], siehe Fußnote [iv].',
    'In dieser Woche feiern überall inter* Personen, auch trans* Menschen sind dabei.',
    'Dieses als »contact tracing« bezeichnete Vorgehen hilft, eine Lastverteilung (neudeutsch: load balancing) auch.',
    'Es basiert auf der sogenannten „digital public infrastructure“, also DPI.',
    'Die Tabelle sah so aus: .zimmer { color: #fff; background: available; } und nichts weiter.',
    'Ich schlage mich nicht drum, das Laub wird grade eingesammelt, incl. Viehtransportern.',
    'Serien made in Österreich sind gefragt; das Finale geht über best of seven, er gewann drei Games en suite.',
    'Der Guardian, die Times und die Spurs: Namen, keine Leftovers.',
    'Die World Championships finden im August in Budapest statt.',
    'Die Sunday Times berichtete zuerst darüber, am Black Friday.',
    // Mr. without the person named in full before: a character, a film, a contest keep it.
    'Er spielte Mr. Banks in „Mary Poppins Returns“.',
    'Der Film „The Talented Mr. Ripley“ erschien 1999.',
    'Er wurde 2020 zum Mr. Gay Germany gewählt.',
    'Das Abkommen wurde am 27. Januar 2023 unterzeichnet.',
    'Die Austria verlor am Sonntag daheim. Austria: Almer – Handl, Mühl; Fitz.',
    'Der Film lief unter dem Titel Un village qui s’éteint in Cannes.',
  ])('%s', (text) => {
    expect(english(text)).toEqual([]);
  });

  it('leaves Markdown code alone', () => {
    expect(english('# Titel\n\nDer Befehl `git push --force-with-lease origin main` ist gefährlich.', 'a.md')).toEqual([]);
  });

  it('does not flag professional German with a cited term', () => {
    expect(english('Das Beispiel zeigt, dass ‚remote first‘ auch in Deutschland angekommen ist.')).toEqual([]);
  });
});

describe('english: bibliography entries', () => {
  it('knows an entry by a year, an editor mark or a DOI, and a sentence with a year is none', async () => {
    const { isReference } = await import('../../src/rules/english/analysis.js');
    expect(isReference('Maani, S. (2019): Do linden trees kill bees? Journal of Apicultural Research.')).toBe(true);
    expect(isReference('Koch H, Stevenson PC, 2017. Do linden trees kill bees?')).toBe(true);
    expect(isReference('Müller, H. (Hg.): Handbook of Media Studies. Berlin.')).toBe(true);
    expect(isReference('Smith et al. 2021 found that the effect holds.')).toBe(true);
    expect(isReference('See doi:10.1000/182 for the full text.')).toBe(true);
    expect(isReference('Die Regierung hat 2021 beschlossen, the rules will change.')).toBe(false);
    expect(isReference('Müller, der Chef, sagte: We will fight back.')).toBe(false);
  });
});

describe('english: a title noun before a quotation', () => {
  it('is found as the pattern finds it, asked only where a title noun ends the text', async () => {
    const { titleNounBefore } = await import('../../src/rules/english/analysis.js');
    const PATTERN = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]*)?(?:[Tt]itel|[Mm]otto|[Ss]logan|[Bb]uch|[Rr]oman|[Ff]ilm|[Ss]erie|[Ss]ong|[Ll]ied|[Aa]lbum|[Ss]ingle|[Aa]rtikel|[Bb]eitrag|[Ee]ssay|[Aa]ufsatz|[Ss]tudie|[Ss]endung|[Ss]how|[Pp]odcast|[Kk]ampagne|[Aa]ppell|[Pp]rojekt|[Pp]rogramm|[Aa]usstellung|[Ww]orkshop|[Mm]usical|[Kk]olumne|[Hh]ashtag|[Ll]abel|[Mm]arke)\s*:?\s*[„"»«“‚]?$/u;
    const pieces = ['Titel', 'titel', 'Film', 'film', 'Kino', 'EU-', 'unter dem ', 'auch', 'Buch', 'buch', ' ', ':', '„', '"', '»', '-', 'x', 'A', '3', '𝐀', 'Show', 'SHOW', 'Marke', 'n'];
    const random = rng(23);
    let found = 0;
    for (let n = 0; n < 6000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 7) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const expected = PATTERN.test(text);
      if (expected) found++;
      expect(titleNounBefore(text), JSON.stringify(text)).toBe(expected);
    }
    expect(found).toBeGreaterThan(500);
  });
});

/**
 * German examples per rule: what it flags and what it accepts. They make the
 * rule pages in docs/rules/ (scripts/docs/rules.ts) and a test checks each one
 * against the rule, so the documentation cannot drift from the code.
 * Examples are whole small articles (plain text: the first short line is the headline).
 */
export interface RuleExamples {
  flagged: string[];
  accepted: string[];
  /** Feed items (JSONL) instead of plain text, for rules that compare documents or need a source. */
  format?: 'txt' | 'jsonl';
  /** What the rule decides and why, in a few sentences (rendered as the page's "Policy" section). */
  policy?: string;
}

export const RULE_EXAMPLES: Record<string, RuleExamples> = {
  'untranslated-article': {
    flagged: ['Storm hits the coast\n\nA powerful storm hit the coast on Monday, and thousands of homes were left without power.\n\nOfficials said the repairs would take several days.'],
    accepted: ['Sturm trifft die Küste\n\nEin schwerer Sturm traf am Montag die Küste, Tausende Haushalte waren ohne Strom.'],
  },
  'english-sentence': {
    flagged: ['Die Polizei sperrte den Platz. Officers said the man had been arrested at the scene. Die Ermittlungen dauern an.'],
    accepted: ['Die Polizei sperrte den Platz. Der Mann wurde noch am Tatort festgenommen, teilten die Beamten mit.', 'Die Serie „The West Wing“ gilt als Klassiker des Fernsehens.'],
  },
  'english-insert': {
    flagged: ['„Diejenigen, die diese [missiles to Ukraine] liefern, irren sich“, sagte Putin.'],
    accepted: ['„Diejenigen, die diese [Raketen an die Ukraine] liefern, irren sich“, sagte Putin.', 'Der Minister sagte, man werde […] die Regeln ändern.'],
  },
  'english-phrase': {
    flagged: ['Die Regierung plant Hilfen, um the cost of living crisis abzufedern.'],
    accepted: ['In Downing Street wurde die Nachricht mit Erleichterung aufgenommen, auch die Bank of England äußerte sich.', 'Das Start-up setzt auf Homeoffice, sein Team arbeitet online.'],
  },
  'english-word': {
    flagged: ['Die Stimmung im Saal war eher gloomy als feierlich.'],
    accepted: ['Das Video ging viral, die Fans feierten bis in die Nacht.', 'Was also die Hand betrifft, so war die Bank nicht zuständig.'],
  },
  'copied-from-source': {
    format: 'jsonl',
    flagged: ['{"id": "a", "title": "Sturm trifft Küste", "body": "Der Sturm traf die Küste, teilten die Behörden on Monday mit.", "source": "The storm hit the coast, authorities said on Monday."}'],
    accepted: ['{"id": "a", "title": "Sturm trifft Küste", "body": "Der Sturm traf die Küste bei Leeds, teilten die Behörden am Montag mit.", "source": "The storm hit the coast near Leeds, authorities said on Monday."}'],
  },
  'untranslated-name': {
    policy: [
      'A name German keeps is never flagged: an English organisation, brand, campaign, club or title of a work stays as its owner spells it, even with a country or an office inside it',
      '(Air Canada, Statistik Austria, Reserve Bank of India, FK Austria Wien, Bristol Crown Court). What is flagged is an English name German news translates:',
      'a country standing alone (from CLDR through Intl.DisplayNames: every country whose English name differs from its German one, minus data/country-name-exceptions.txt),',
      'and the institutions, offices, public services and titles of data/translate-names.tsv (State Department, Attorney General, Coastguard, Secretary before a name), with the German form as the fix.',
      'A country word is part of a longer name when an English word or an acronym stands beside it, a capitalised word that does not start the sentence precedes it, "of" follows a name before it,',
      'or a German article stands before a country German names without one (die Austria: the club); a document that names the club so means the club by every standalone use of the word (one sense per document).',
      'Courts and the official English names of championships are left alone (European Championships Munich 2022): careful German text (the professional references, Der Standard) keeps them;',
      'a continental or world championship of a sport is translated (Asian Athletics Indoor Championships: Hallen-Asienmeisterschaften).',
    ].join(' '),
    flagged: [
      'Der Präsident der Türkiye traf am Montag den Kanzler.',
      'Ein Sprecher des State Department sagte, man prüfe den Fall.',
      'Die Flüchtlinge kamen am Abend in Austria an.',
      'Im Südosten Türkiye bebte die Erde.',
      '„Wir haben mit Secretary Blinken gesprochen“, sagte die Ministerin.',
      'Der Attorney General kündigte eine Untersuchung an.',
      'Sie gewann Gold bei den Asian Athletics Indoor Championships in Astana.',
    ],
    accepted: [
      'Freunde und Familie feierten gemeinsam den Canada Day.',
      'Der Präsident der Türkei traf am Montag den Kanzler.',
      'Der Verteidiger von FK Austria Wien sah Rot, meldete Statistik Austria nicht.',
      'Gegen die Austria verlor Rapid knapp; die Reserve Bank of India hob den Leitzins an.',
      'Der Prozess beginnt im Bristol Crown Court; die European Championships Munich 2022 enden.',
      'Die Austria verlor daheim.\n\nAustria: Almer – Handl, Mühl; Fitz.',
    ],
  },
  'english-format': {
    flagged: [
      'Die Anschläge vom Sept. 11, 2001 veränderten die Welt.',
      'Der Vertrag wurde am 27 January 2023 unterzeichnet.',
      'Der Minister reist am Friday nach Paris.',
      'Der Fußballer wechselt für £5million nach London.',
    ],
    accepted: [
      'Die Anschläge vom 11. September 2001 veränderten die Welt.',
      'Der Kaufpreis lag bei 3.500 Euro, die Inflation bei 3,5 Prozent.',
      'Zum Black Friday zitierte die Sunday Times Fridays for Future.',
    ],
  },
  'flagged-term': {
    flagged: [],
    accepted: ['Ohne Eintrag in terms.flagged der Konfiguration meldet diese Regel nichts.'],
  },
  'broken-quote-insert': {
    flagged: ['„Diejenigen, die diese [missiles to Ukraine] Ich glaube nicht, dass sie gegen uns kämpfen“, sagte Putin.'],
    accepted: ['„Diejenigen, die diese [Raketen] liefern, irren sich“, sagte Putin.'],
  },
  'quote-mismatch': {
    flagged: ['“Dialog ist dringend erforderlich“, sagte Peskow.', 'Er sagte: „Wir kommen morgen”, und ging.'],
    accepted: ['„Dialog ist dringend erforderlich“, sagte Peskow.', 'Er sagte: »Wir kommen morgen«, und ging.'],
  },
  'unclosed-quote': {
    flagged: ['Der Stadtrat sprach von einem „wichtigen Schritt für die Region. Die Opposition widersprach.'],
    accepted: ['Titel\n\nDer Minister sagte: „Wir werden das Gesetz ändern.\n\n„Es wird Zeit brauchen, aber wir schaffen es.“\n\nDann ging er.'],
  },
  'unmatched-quote': {
    flagged: ['Das sei ein wichtiger Schritt“, sagte der Bürgermeister am Montag.'],
    accepted: ['„Das sei ein wichtiger Schritt“, sagte der Bürgermeister am Montag.'],
  },
  'misplaced-quote': {
    flagged: ['Es gebe „ein Stadion mit über sechstausend Sitzplätzen „, heißt es im Brief.'],
    accepted: ['Es gebe „ein Stadion mit über sechstausend Sitzplätzen“, heißt es im Brief.'],
  },
  'headline-site-suffix': {
    flagged: ['USA besorgt über Putins Drohung gegen Nordkorea | Wladimir Putin\n\nDer Text folgt hier.', 'Neue Brücke für die Altstadt eröffnet – SZ.de\n\nDer Text folgt hier.'],
    accepted: ['Merkel – die Bilanz einer langen Kanzlerschaft\n\nDer Text folgt hier.'],
  },
  'entity-leftover': {
    flagged: ['Er sagte: &quot;Wir kommen morgen&quot;, und ging.', 'Die Firma Müller &amp;amp; Söhne lädt ein.'],
    accepted: ['Er sagte: „Wir kommen morgen“, und ging. Müller & Söhne, Meier &Co lädt ein.'],
  },
  'quote-house-style': {
    flagged: ['Er sagte: “Wir kommen morgen”, und ging. Sie rief: “Bis bald”. Dann hieß es: “Alles gut”.'],
    accepted: ['Er sagte: „Wir kommen morgen“, und ging. Sie rief: „Bis bald“. Dann hieß es: „Alles gut“.'],
  },
  'english-quotes': {
    flagged: ['Er sagte: “Wir kommen morgen”, und ging.'],
    accepted: ['Er sagte: „Wir kommen morgen“, und ging.'],
  },
  'unclosed-bracket': {
    flagged: ['Die Partei (gegründet 1990 hat viele Mitglieder.'],
    accepted: ['Die Partei (gegründet 1990) hat viele Mitglieder. Alle Anwohner(innen) sind eingeladen.'],
  },
  'unmatched-bracket': {
    flagged: ['Die Partei gegründet 1990) hat viele Mitglieder.'],
    accepted: ['Die Gründe sind: 1) die Kosten, 2) die Zeit und 3) das Personal. Danke :)'],
  },
  'crossed-brackets': {
    flagged: ['Die Partei (gegründet [im Jahr) 1990] hat viele Mitglieder.'],
    accepted: ['Die Partei (gegründet [im Jahr 1990]) hat viele Mitglieder.'],
  },
  'straight-quotes': {
    flagged: ['Er sagte: "Wir kommen morgen", und ging.'],
    accepted: ['Der Bildschirm misst 24" und kostet 300 Euro. Wie geht\'s?'],
  },
  'mixed-quote-styles': {
    flagged: ['Titel\n\nEr sagte „ja“.\n\nSie sagte „nein“.\n\nDer Dritte sagte »vielleicht«.'],
    accepted: ['Titel\n\nEr sagte »ja«.\n\nSie sagte »nein« und ›vielleicht‹.'],
  },
  'english-genitive': {
    flagged: ['Kim Jong-un’s Schwester äußerte sich am Abend.'],
    accepted: ['Kim Jong-uns Schwester äußerte sich am Abend. Andreas’ Auto stand bei McDonald’s.'],
  },
  'duplicate-headline': {
    flagged: ['USA besorgt über Putins Drohung | Wladimir Putin\n\nUSA besorgt über Putins Drohung | Wladimir Putin\n\nDer Text beginnt hier.'],
    accepted: ['USA besorgt über Putins Drohung\n\nWashington zeigte sich besorgt über die Drohung Putins, sagte ein Sprecher.'],
  },
  'headline-in-body': {
    flagged: ['Waldbrände auf Rhodos: Tausende Urlauber evakuiert\n\nWaldbrände auf Rhodos: Tausende Urlauber evakuiert. Die Behörden ließen mehrere Hotels räumen.'],
    accepted: ['Waldbrände auf Rhodos: Tausende Urlauber evakuiert\n\nAuf Rhodos haben die Behörden mehrere Hotels räumen lassen.'],
  },
  'repeated-paragraph': {
    flagged: ['Titel\n\nDie Polizei sperrte die Innenstadt am Nachmittag weiträumig ab und bat Anwohner, zu Hause zu bleiben.\n\nDie Polizei sperrte die Innenstadt am Nachmittag weiträumig ab und bat Anwohner, zu Hause zu bleiben.'],
    accepted: ['Titel\n\n„Nein“, sagte er.\n\nDann war Ruhe.\n\n„Nein“, sagte er.'],
  },
  'repeated-sentence': {
    flagged: ['Titel\n\nNach Angaben der Feuerwehr wurden bei dem Brand in der Lagerhalle mindestens zwölf Menschen verletzt. Der Schaden ist hoch.\n\nDie Ermittlungen laufen. Nach Angaben der Feuerwehr wurden bei dem Brand in der Lagerhalle mindestens zwölf Menschen verletzt.'],
    accepted: ['Titel\n\nWir wollen, dass sie es mit uns prüfen. Das sagte sie.\n\nSie wiederholte: Wir wollen, dass sie es mit uns prüfen.'],
  },
  'cross-document-headline': {
    format: 'jsonl',
    flagged: ['{"id": "a", "title": "Waldbrände auf Rhodos: Tausende Urlauber evakuiert", "body": "Text eins."}\n{"id": "b", "title": "Waldbrände auf Rhodos: Tausende Urlauber evakuiert | Panorama", "body": "Text zwei."}'],
    accepted: ['{"id": "a", "title": "Waldbrände auf Rhodos: Tausende Urlauber evakuiert", "body": "Text eins."}\n{"id": "b", "title": "Waldbrände auf Korfu: Hotels geräumt", "body": "Text zwei."}'],
  },
  'separator-line': {
    flagged: ['Titel\n\nDer Text.\n-\n\nNoch mehr Text.'],
    accepted: ['Titel\n\nSüdkorea und Japan – beides Verbündete – sind besorgt.'],
  },
  'navigation-leftover': {
    flagged: ['Titel\n\nDer Text.\n\nNEXT Freunde und Nachbarn feiern den Sommer', 'Titel\n\nDer Text.\n\nLesen Sie auch: Was der Streik bedeutet'],
    accepted: ['Titel\n\nAnzeige erstattete die Nachbarin erst am nächsten Morgen, wie die Polizei mitteilte.'],
  },
  'photo-credit': {
    flagged: ['Titel\n\nPutin fährt mit Kim durch einen Garten. Foto: KCNA/AP'],
    accepted: ['Titel\n\nDas Foto: ein Dokument der Zeitgeschichte, sagte die Kuratorin.'],
  },
};

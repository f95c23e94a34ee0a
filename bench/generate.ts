/**
 * Generates the benchmark corpus: German news-like articles built from the
 * paragraphs of the bundled corpus/ articles and from templates, with the
 * defects mtlint looks for injected at fixed rates (leftover English in
 * brackets and sentences, English and straight quotes, unclosed brackets,
 * headline copies with site suffixes, repeated paragraphs, separators, photo
 * credits, navigation leftovers, stories published twice). Deterministic.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { picker, rng } from './random.js';

const TOPIC_HEADS = ['Renten', 'Bahn', 'Energie', 'Wohnungs', 'Klima', 'Haushalts', 'Kranken', 'Bildungs', 'Steuer', 'Verkehrs', 'Hafen', 'Wasser', 'Strom', 'Schul', 'Polizei', 'Grenz', 'Agrar', 'Miet', 'Gas', 'Kita'];
const TOPIC_TAILS = ['reform', 'streik', 'preise', 'bau', 'gipfel', 'streit', 'gesetz', 'plan', 'krise', 'debatte', 'paket', 'bericht', 'ausbau', 'wende', 'kosten', 'sanierung', 'förderung', 'politik', 'netz', 'verband'];
const SUBJECTS = ['Die Bundesregierung', 'Der Stadtrat', 'Die Opposition', 'Ein Sprecher der Polizei', 'Die Europäische Zentralbank', 'Der Verband', 'Die Ministerin', 'Das Gericht', 'Der Landkreis', 'Die Gewerkschaft', 'Der Bürgermeister', 'Die Verbraucherzentrale', 'Das Ministerium', 'Die Kammer', 'Der Betriebsrat', 'Die Landesregierung'];
const HEADLINE_VERBS = ['warnt vor Verzögerungen', 'legt neuen Plan vor', 'sieht „großen Handlungsbedarf“', 'rechnet mit Einigung', 'fordert mehr Geld', 'kritisiert den Zeitplan', 'kündigt Prüfung an', 'lehnt Vorschlag ab', 'setzt auf Gespräche', 'zieht Bilanz', 'verschiebt Entscheidung', 'stellt Bedingungen'];
const CITIES = ['in Hamburg', 'in Sachsen', 'in München', 'im Saarland', 'in Köln', 'an der Küste', 'in Bremen', 'in Thüringen', 'in Leipzig', 'am Bodensee', 'in Kiel', 'im Ruhrgebiet', 'in Mainz', 'in Rostock', 'in Freiburg', 'in Dresden'];
const VERBS = ['kündigte am Montag an', 'teilte mit', 'erklärte in Berlin', 'wies darauf hin', 'betonte am Abend', 'sagte bei einer Pressekonferenz'];
const CLAUSES = [
  'dass die Kosten für den Ausbau der Schienen deutlich steigen werden',
  'dass man die Lage in den kommenden Wochen genau beobachten wolle',
  'dass die Verhandlungen mit den Ländern noch nicht abgeschlossen seien',
  'dass die Zahl der Anträge im vergangenen Jahr um zwölf Prozent gestiegen sei',
  'dass weitere Gespräche mit den Gewerkschaften geplant seien',
  'dass die Förderung für kleine Betriebe verlängert werden solle',
];
const UNITS = ['Anträge offen', 'Stellen unbesetzt', 'Wohnungen geplant', 'Millionen Euro vorgesehen', 'Betriebe betroffen', 'Kilometer Strecke'];
const ENGLISH_INSERTS = ['[missiles to Ukraine]', '[between Moscow and Washington]', '[the cost of living]', '(as reported by the BBC)', '[in the coming weeks]'];
const ENGLISH_SENTENCES = ['The government said it would not comment on the report.', 'This is a developing story and will be updated.', 'Officials declined to say when the talks would resume.'];
const SITE_SUFFIXES = ['Politik', 'Wirtschaft', 'Wladimir Putin', 'Panorama', 'Regionales'];

/** Paragraphs of the bundled sample articles (text and Markdown), the material the generator mixes in. */
function corpusParagraphs(): string[] {
  const out: string[] = [];
  for (const folder of ['text', 'markdown']) {
    const dir = join(PACKAGE_ROOT, 'corpus', folder);
    for (const name of readdirSync(dir).filter((n) => !n.endsWith('.json'))) {
      for (const p of readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/)) {
        const text = p.replace(/\s+/g, ' ').trim();
        if (text.split(' ').length >= 12 && !text.startsWith('#') && !text.startsWith('---')) out.push(text);
      }
    }
  }
  return out;
}

let material: string[] | undefined;

export interface GeneratedArticle {
  id: string;
  title: string;
  paragraphs: string[];
}

export function generateArticle(i: number): GeneratedArticle {
  material ??= corpusParagraphs();
  const r = rng(i + 1);
  const pick = picker(r);
  // A story published twice: every 97th article repeats the headline of one before it.
  const titleSeed = i % 97 === 96 ? i - 1 - Math.floor(r() * Math.min(i, 50)) : i;
  const t = picker(rng(titleSeed + 7));
  const title = `${t(TOPIC_HEADS)}${t(TOPIC_TAILS)}: ${t(SUBJECTS)} ${t(HEADLINE_VERBS)} ${t(CITIES)}`;
  const paragraphs: string[] = [];
  const count = 6 + Math.floor(r() * 10);
  for (let p = 0; p < count; p++) {
    if (r() < 0.25) {
      paragraphs.push(pick(material));
      continue;
    }
    const sentences = 2 + Math.floor(r() * 3);
    const text: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const detail = `${pick(CITIES)} ${pick(['seien rund', 'gebe es mehr als', 'fehlten knapp', 'würden etwa'])} ${Math.floor(r() * 5000)} ${pick(UNITS)}`;
      text.push(`${pick(SUBJECTS)} ${pick(VERBS)}, ${pick(CLAUSES)}; ${detail}.`);
    }
    if (r() < 0.3) text.push(`„Wir werden das sorgfältig prüfen“, sagte ${pick(['er', 'sie'])}.`);
    if (r() < 0.04) text.push(`„Diejenigen, die diese ${pick(ENGLISH_INSERTS)} liefern, tragen Verantwortung“, sagte ${pick(['er', 'sie'])}.`);
    if (r() < 0.03) text.push(pick(ENGLISH_SENTENCES));
    if (r() < 0.03) text.push(`Er sagte: "Das ist ein Fehler".`);
    if (r() < 0.02) text.push(`Die Zahl (nach Angaben des Verbands stieg sie zuletzt.`);
    if (r() < 0.02) text.push(`“Wir bleiben dabei”, hieß es aus dem Ministerium.`);
    paragraphs.push(text.join(' '));
  }
  if (i % 7 === 0) paragraphs.unshift(`${title} | ${pick(SITE_SUFFIXES)}`);
  if (i % 11 === 0) paragraphs.push('-');
  if (i % 13 === 0) paragraphs.push(paragraphs[1]);
  if (i % 17 === 0) paragraphs.push('Foto: Michael Kappeler/dpa');
  if (i % 29 === 0) paragraphs.push(`NEXT ${pick(TOPIC_HEADS)}${pick(TOPIC_TAILS)}: Was jetzt auf die Verbraucher zukommt`);
  return { id: `bench-${i}`, title, paragraphs };
}

/** Writes `count` articles: 80% as JSONL feeds of 500 items, 10% text files, 10% HTML files. */
export function generateCorpus(dir: string, count: number): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (name: string, content: string): void => {
    writeFileSync(join(dir, name), content);
    files++;
    bytes += Buffer.byteLength(content);
  };
  let feed: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = generateArticle(i);
    if (i % 10 === 8) write(`artikel-${i}.txt`, `${a.title}\n\n${a.paragraphs.join('\n\n')}\n`);
    else if (i % 10 === 9) write(`artikel-${i}.html`, `<!doctype html><html><head><title>${a.title}</title></head><body><article><h1>${a.title}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>\n`);
    else {
      feed.push(JSON.stringify({ id: a.id, title: a.title, body: a.paragraphs.join('\n\n') }));
      if (feed.length === 500) {
        write(`feed-${String(i).padStart(7, '0')}.jsonl`, `${feed.join('\n')}\n`);
        feed = [];
      }
    }
  }
  if (feed.length > 0) write('feed-last.jsonl', `${feed.join('\n')}\n`);
  return { files, bytes };
}

/** Writes one JSONL feed of about `megabytes` MB of distinct generated articles, for the memory test. */
export function generateBigFeed(path: string, megabytes: number): { bytes: number; articles: number } {
  writeFileSync(path, '');
  let bytes = 0;
  let articles = 0;
  while (bytes < megabytes * 1e6) {
    const lines: string[] = [];
    for (let k = 0; k < 2000; k++, articles++) {
      const a = generateArticle(articles);
      lines.push(JSON.stringify({ id: a.id, title: a.title, body: a.paragraphs.join('\n\n') }));
    }
    const block = `${lines.join('\n')}\n`;
    writeFileSync(path, block, { flag: 'a' });
    bytes += Buffer.byteLength(block);
  }
  return { bytes, articles };
}

/**
 * An article shaped like the seed article (docs: ../shared/seed is not part
 * of the product): the headline three times with a section suffix, separator
 * lines, English inserts in brackets, an English opening quote, a quote
 * broken by an insert, a photo credit in the body and navigation glued to the
 * end; about 8 KB, like the seed.
 */
export function seedLikeArticle(): string {
  const title = 'Kreml warnt vor „gefährlicher Eskalation“ nach neuen Waffenlieferungen';
  const body: string[] = [];
  for (let i = 0; body.join('\n\n').length < 6800; i++) body.push(...generateArticle(5000 + i).paragraphs.filter((p) => p.length > 120));
  body.splice(2, 0, '„Diejenigen, die diese [missiles to Ukraine] liefern, müssen wissen, dass sie die Verantwortung tragen“, sagte der Sprecher.');
  body.splice(5, 0, '“Wir sehen keinen Spielraum für Gespräche [between Moscow and Washington]”, hieß es in der Erklärung.');
  body.splice(8, 0, '„Die Lage ist ernst“ (Quelle: Agentur) „und wir reagieren darauf“, sagte sie.');
  body.splice(10, 0, 'Foto: Alexander Zemlianichenko/AP');
  return [title, '-', `${title} | Wladimir Putin`, '-', title, ...body, 'NEXT Ukraine-Krieg: Was über die neuen Sanktionen bekannt ist'].join('\n\n') + '\n';
}

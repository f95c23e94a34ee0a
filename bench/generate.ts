/**
 * Generates a synthetic corpus of German news-like articles for the benchmark:
 * JSONL feeds, text and HTML files, with the defects mtlint looks for mixed in
 * (headline copies, separators, credits, repeated paragraphs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './random.js';

const SUBJECTS = ['Die Bundesregierung', 'Der Stadtrat', 'Die Opposition', 'Ein Sprecher der Polizei', 'Die Europäische Zentralbank', 'Der Verband', 'Die Ministerin', 'Das Gericht'];
const VERBS = ['kündigte am Montag an', 'teilte mit', 'erklärte in Berlin', 'wies darauf hin', 'betonte am Abend', 'sagte bei einer Pressekonferenz'];
const CLAUSES = [
  'dass die Kosten für den Ausbau der Schienen deutlich steigen werden',
  'dass man die Lage in den kommenden Wochen genau beobachten wolle',
  'dass die Verhandlungen mit den Ländern noch nicht abgeschlossen seien',
  'dass die Zahl der Anträge im vergangenen Jahr um zwölf Prozent gestiegen sei',
  'dass weitere Gespräche mit den Gewerkschaften geplant seien',
  'dass die Förderung für kleine Betriebe verlängert werden solle',
];
const PLACES = ['in Hamburg seien', 'in Sachsen gebe es', 'bundesweit fehlten', 'in München würden', 'im Saarland seien', 'in Köln stünden', 'an der Küste lägen'];
const UNITS = ['Anträge offen', 'Stellen unbesetzt', 'Wohnungen geplant', 'Millionen Euro vorgesehen', 'Betriebe betroffen', 'Kilometer Strecke'];
const TOPICS = ['Rentenreform', 'Bahnstreik', 'Energiepreise', 'Wohnungsbau', 'Klimagipfel', 'Haushaltsstreit', 'Digitalisierung', 'Krankenhausreform'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

export interface GeneratedArticle {
  id: string;
  title: string;
  paragraphs: string[];
}

export function generateArticle(i: number): GeneratedArticle {
  const r = rng(i + 1);
  const title = `${pick(r, TOPICS)}: ${pick(r, SUBJECTS)} ${pick(r, ['warnt vor Verzögerungen', 'legt neuen Plan vor', 'sieht „großen Handlungsbedarf“', 'rechnet mit Einigung'])} (${i})`;
  const paragraphs: string[] = [];
  const count = 6 + Math.floor(r() * 10);
  for (let p = 0; p < count; p++) {
    const sentences = 2 + Math.floor(r() * 3);
    const text: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const detail = `${pick(r, PLACES)} ${pick(r, ['rund', 'mehr als', 'knapp', 'etwa'])} ${Math.floor(r() * 5000)} ${pick(r, UNITS)}`;
      text.push(`${pick(r, SUBJECTS)} ${pick(r, VERBS)}, ${pick(r, CLAUSES)}; ${detail}.`);
    }
    if (r() < 0.3) text.push(`„Wir werden das sorgfältig prüfen“, sagte ${pick(r, ['er', 'sie'])}.`);
    paragraphs.push(text.join(' '));
  }
  if (i % 7 === 0) paragraphs.unshift(`${title} | Politik`);
  if (i % 11 === 0) paragraphs.push('-');
  if (i % 13 === 0) paragraphs.push(paragraphs[1]);
  if (i % 17 === 0) paragraphs.push('Foto: Michael Kappeler/dpa');
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
        write(`feed-${i}.jsonl`, `${feed.join('\n')}\n`);
        feed = [];
      }
    }
  }
  if (feed.length > 0) write('feed-last.jsonl', `${feed.join('\n')}\n`);
  return { files, bytes };
}

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../e2e/cli-helpers.js';

// The Diagnostic Format as reviewdog's proto (proto/rdf/reviewdog.proto) defines it, written as a JSON schema
// for this test: a message and a location with a path on every diagnostic, 1-based lines and columns,
// severities by their enum names.
const position = { type: 'object', properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } }, additionalProperties: false };
const range = { type: 'object', required: ['start'], properties: { start: position, end: position }, additionalProperties: false };
const location = { type: 'object', required: ['path'], properties: { path: { type: 'string', minLength: 1 }, range }, additionalProperties: false };
const severity = { enum: ['UNKNOWN_SEVERITY', 'ERROR', 'WARNING', 'INFO'] };
const schema = {
  type: 'object',
  required: ['diagnostics'],
  additionalProperties: false,
  properties: {
    source: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, url: { type: 'string' } }, additionalProperties: false },
    severity,
    diagnostics: {
      type: 'array',
      items: {
        type: 'object',
        required: ['message', 'location'],
        additionalProperties: false,
        properties: {
          message: { type: 'string', minLength: 1 },
          location,
          severity,
          code: { type: 'object', required: ['value'], properties: { value: { type: 'string' }, url: { type: 'string' } }, additionalProperties: false },
          related_locations: { type: 'array', items: { type: 'object', required: ['location'], properties: { message: { type: 'string' }, location }, additionalProperties: false } },
        },
      },
    },
  },
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

interface Diagnostic {
  message: string;
  location: { path: string; range?: { start: { line: number; column?: number }; end?: { line: number; column?: number } } };
  code?: { value: string };
}

async function rdjsonOf(args: string[]): Promise<{ diagnostics: Diagnostic[] }> {
  const out = join(tempDir(), 'out.rdjson');
  await cli(['check', ...args, '-f', `rdjson:${out}`]);
  const result = JSON.parse(readFileSync(out, 'utf8')) as { diagnostics: Diagnostic[] };
  expect(validate(result) ? [] : validate.errors).toEqual([]);
  return result;
}

/** The file's bytes between a diagnostic's start and (exclusive) end, on one line. */
function bytesAt(file: string, d: Diagnostic): string {
  const lines = readFileSync(file).toString('latin1').split('\n');
  const { start, end } = d.location.range!;
  expect(end!.line).toBe(start.line);
  return Buffer.from(lines[start.line - 1], 'latin1').subarray(start.column! - 1, end!.column! - 1).toString('utf8');
}

describe('rdjson', () => {
  it('validates on the corpus, one diagnostic per finding, inputs that failed included', async () => {
    const result = await rdjsonOf(['corpus']);
    const json = JSON.parse((await cli(['check', 'corpus', '-f', 'json'])).stdout) as { summary: { findings: number; errors: number; skipped: number } };
    expect(result.diagnostics).toHaveLength(json.summary.findings + json.summary.errors + json.summary.skipped);
  });

  it('counts columns in UTF-8 bytes, so each range holds exactly the flagged text', async () => {
    const dir = tempDir();
    const file = join(dir, 'umlaute.txt');
    writeFileSync(file, 'Überschrift über Öl\n\nDie Bürgermeisterin sagte: "Wir prüfen das." Größere Änderungen 𝔊 folgen: "Später".\n');
    const { diagnostics } = await rdjsonOf([file]);
    const quotes = diagnostics.filter((d) => d.code?.value === 'straight-quotes');
    expect(quotes.length).toBeGreaterThan(0);
    for (const d of quotes) expect(bytesAt(file, d)).toMatch(/^"/);
    const later = quotes.find((d) => bytesAt(file, d).includes('Später'));
    expect(later && bytesAt(file, later)).toBe('"Später"');
  });

  it('counts the bytes before a feed item that starts mid-line (a JSON array on one line, an RSS feed on one line)', async () => {
    const dir = tempDir();
    const json = join(dir, 'feed.json');
    writeFileSync(json, `[{"title":"Grüße aus Köln","body":"Ärger über Straßen."},{"title":"Müll in München","body":"Der Bürgermeister sagte: „Wir handeln“. Die Stadt (Zentrum] bleibt."}]\n`);
    const rss = join(dir, 'feed.xml');
    writeFileSync(rss, `<?xml version="1.0"?><rss><channel><title>Nachrichten für Österreich</title><item><title>Grüße</title><description>Ärger über Straßen.</description></item><item><title>Müll in München</title><description>Der Bürgermeister sagte: „Wir handeln“. Die Stadt (Zentrum] bleibt.</description></item></channel></rss>\n`);
    for (const file of [json, rss]) {
      const { diagnostics } = await rdjsonOf([file]);
      const inItem = diagnostics.filter((d) => d.location.range && d.location.range.end);
      expect(inItem.length, file).toBeGreaterThan(0);
      for (const d of inItem) expect(bytesAt(file, d)).toMatch(/^[(\]]$/);
    }
  });
});

describe('UTF-8 columns of a text that arrives in chunks', () => {
  it('match the bytes of the line before each offset, however the text is cut', async () => {
    const { PositionTracker } = await import('../../src/readers/stream/position.js');
    const text = 'Grüße\r\naus Köln 𝔊 und\rÖsterreich\n\nÄrger über Straßen, Müll in München, ' + 'ü'.repeat(50) + '\r\nEnde';
    for (const size of [1, 2, 3, 7, 64]) {
      const tracker = new PositionTracker();
      for (let at = 0; at < text.length; at += size) tracker.advance(text.slice(at, at + size), at);
      for (let offset = 0; offset < text.length; offset++) {
        const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
        if (text[offset] === '\n' && text[offset - 1] === '\r') continue;
        if (/[\udc00-\udfff]/.test(text[offset])) continue; // inside a surrogate pair: no finding starts there
        expect(tracker.position(offset).utf8Column, `offset ${offset}, chunks of ${size}`).toBe(Buffer.byteLength(text.slice(lineStart, offset)) + 1);
      }
    }
  });
});

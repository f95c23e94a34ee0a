import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { planFix, type FixOptions } from '../../src/fix/plan.js';

const options: FixOptions = { config: DEFAULT_CONFIG };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const fixed = (path: string, text: string, extra: Partial<FixOptions> = {}): string => {
  const plan = planFix(path, utf8(text), { ...options, ...extra });
  expect(plan.error).toBeUndefined();
  return plan.after;
};

describe('mtlint fix, plain text', () => {
  const article = [
    'Regierung beschließt Hilfen für Pendler | Verkehr',
    '',
    'Regierung beschließt Hilfen für Pendler | Verkehr',
    '',
    '* * *',
    '',
    'Die Bundesregierung hat am Mittwoch ein Hilfspaket für Pendler beschlossen. "Wir lassen niemanden allein", sagte der Minister.',
    '',
    'Die Opposition sprach von einem Tropfen auf den heißen Stein. Die Hilfen [for struggling families] kommen zu spät, hieß es.',
    '',
    'NEXT Wie teuer wird das Deutschlandticket?',
    '',
  ].join('\n');

  it('deletes the headline copy, the separator and the navigation line with their lines, strips the site suffix, and sets German quotes', () => {
    expect(fixed('a.txt', article)).toBe(
      [
        'Regierung beschließt Hilfen für Pendler',
        '',
        'Die Bundesregierung hat am Mittwoch ein Hilfspaket für Pendler beschlossen. „Wir lassen niemanden allein“, sagte der Minister.',
        '',
        'Die Opposition sprach von einem Tropfen auf den heißen Stein. Die Hilfen [for struggling families] kommen zu spät, hieß es.',
        '',
      ].join('\n'),
    );
  });

  it('never touches leftover English, and says what is left for a person', () => {
    const plan = planFix('a.txt', utf8(article), options);
    expect(plan.after).toContain('[for struggling families]');
    expect(plan.remaining.map((f) => f.ruleId)).toContain('english-insert');
    expect(plan.fixed.map((f) => f.ruleId).sort()).toEqual(['duplicate-headline', 'headline-site-suffix', 'navigation-leftover', 'separator-line', 'straight-quotes'].sort());
  });

  it('is idempotent: fixing the fixed file changes nothing', () => {
    const once = fixed('a.txt', article);
    expect(fixed('a.txt', once)).toBe(once);
  });

  it('fixes only the rules or categories asked for', () => {
    const quotesOnly = fixed('a.txt', article, { rules: ['straight-quotes'] });
    expect(quotesOnly).toContain('„Wir lassen niemanden allein“');
    expect(quotesOnly).toContain('* * *');
    const duplicates = fixed('a.txt', article, { categories: ['duplicates'] });
    expect(duplicates).not.toContain('| Verkehr');
    expect(duplicates).toContain('"Wir lassen');
  });

  it('leaves findings suppressed inline as they are', () => {
    const text = 'Titel der Meldung\n\n<!-- mtlint-disable-next-line straight-quotes -->\nEr sagte "Nein" und ging.\n\nSie sagte "Ja" und blieb.\n';
    expect(fixed('a.txt', text)).toBe('Titel der Meldung\n\n<!-- mtlint-disable-next-line straight-quotes -->\nEr sagte "Nein" und ging.\n\nSie sagte „Ja“ und blieb.\n');
  });

  it('repairs an English genitive and entities left as text, then the quotes they stood for', () => {
    expect(fixed('a.txt', 'Titel der Meldung\n\nAuch Kim Jong-un’s Schwester äußerte sich &quot;deutlich&quot; zu den Tests.\n')).toBe(
      'Titel der Meldung\n\nAuch Kim Jong-uns Schwester äußerte sich „deutlich“ zu den Tests.\n', // the entities' straight quotes, set German in the next pass
    );
  });

  it('leaves a file that is not UTF-8 untouched, and says why', () => {
    const cp1252 = new Uint8Array([...utf8('Titel\n\nEr sagte "Nein" und ging weg, sagte die Polizei am Abend. Gr'), 0xfc, ...utf8('n.\n')]);
    const plan = planFix('a.txt', cp1252, options);
    expect(plan.error).toMatch(/only UTF-8 files are fixed; this one is windows-1252/);
    expect(plan.fixed).toEqual([]);
  });
});

describe('mtlint fix keeps each format', () => {
  it('HTML: edits text nodes only; markup, attributes and entities elsewhere stay byte for byte', () => {
    const html = `<!doctype html>\n<html><head><title>Neue Brücke</title></head><body><article class="story" data-id="7">\n<h1>Neue Brücke für die Altstadt</h1>\n<p class="kicker">Neue Brücke für die Altstadt</p>\n<p>Der Stadtrat hat am Dienstag den Bau beschlossen. &bdquo;Das ist ein guter Tag&ldquo;, sagte die Bürgermeisterin &amp; lächelte. Er sagte, das sei “längst überfällig”.</p>\n</article></body></html>\n`;
    const after = fixed('a.html', html);
    expect(after).toBe(html.replace('<p class="kicker">Neue Brücke für die Altstadt</p>', '<p class="kicker"></p>').replace('“längst überfällig”', '„längst überfällig“'));
  });

  it('HTML: quotation marks written as entities are replaced whole', () => {
    const html = '<html><body><article><h1>Titel der Seite</h1><p>Die Ministerin sagte, das sei &#8220;ein Signal&#8221; an alle Beteiligten in der Stadt.</p></article></body></html>';
    expect(fixed('a.html', html)).toBe(html.replace('&#8220;ein Signal&#8221;', '„ein Signal“'));
  });

  it('JSONL: edits the string values, keeps every other field, key order, escapes and number formatting', () => {
    const line = (id: number, body: string): string => `{"id": ${id}, "title": "Zinsentscheid: EZB hält Leitzins stabil", "score": 1.50, "body": ${JSON.stringify(body)}, "tags": ["wirtschaft"]}`;
    const feed = `${line(1, 'Zinsentscheid: EZB hält Leitzins stabil. Die Notenbank ändert nichts. Lagarde sagte, die Inflation bleibe "zu hoch".')}\n${line(2, 'Die Börsen reagierten gelassen.')}\n`;
    expect(fixed('f.jsonl', feed)).toBe(`${line(1, 'Die Notenbank ändert nichts. Lagarde sagte, die Inflation bleibe „zu hoch“.')}\n${line(2, 'Die Börsen reagierten gelassen.')}\n`);
  });

  it('JSON: a fixed array still parses, with the same keys in the same order', () => {
    const feed = JSON.stringify([{ id: 'a', title: 'Streik bei der Bahn', body: 'Der Streik beginnt am Montag.\n\n---\n\nPendler sollen "früh planen", rät der Verband.' }], null, 2);
    const after = fixed('f.json', feed);
    expect(JSON.parse(after)).toEqual([{ id: 'a', title: 'Streik bei der Bahn', body: 'Der Streik beginnt am Montag.\n\n\n\nPendler sollen „früh planen“, rät der Verband.' }]);
    expect(Object.keys(JSON.parse(after)[0])).toEqual(['id', 'title', 'body']);
  });

  it('RSS: edits item text, CDATA and escaping kept', () => {
    const rss = `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Nachrichten</title>\n<item><title>Hafen gesperrt</title><description><![CDATA[<p>Der Hafen bleibt gesperrt. Ein Sprecher sagte, man arbeite "mit Hochdruck" daran.</p>]]></description></item>\n<item><title>Neue Fähre</title><description>&lt;p&gt;Die neue Fähre fährt ab Mai, sagte die Reederei &amp;amp; lobte die “moderne Technik”.&lt;/p&gt;</description></item>\n</channel></rss>\n`;
    expect(fixed('f.rss', rss)).toBe(rss.replace('"mit Hochdruck"', '„mit Hochdruck“').replace('“moderne Technik”', '„moderne Technik“'));
  });

  it('Markdown: a repeated paragraph and a navigation line go with their lines', () => {
    const md = '# Bahnstreik legt Verkehr lahm\n\nDer Streik trifft Millionen Pendler. Die Gewerkschaft fordert mehr Lohn.\n\nDer Streik trifft Millionen Pendler. Die Gewerkschaft fordert mehr Lohn.\n\nLesen Sie auch: Warum die Tarifverhandlungen stocken\n';
    expect(fixed('a.md', md)).toBe('# Bahnstreik legt Verkehr lahm\n\nDer Streik trifft Millionen Pendler. Die Gewerkschaft fordert mehr Lohn.\n');
  });
});

describe('the fix in the report', () => {
  it('gives JSON and SARIF the same edits mtlint fix makes: applied by hand, they give the fixed file', async () => {
    const { checkText } = await import('../../src/api.js');
    const html = '<html><body><article><h1>Titel der Seite</h1><p>Die Ministerin sagte, das sei &#8220;ein Signal&#8221; an alle. Er sprach von "Mut" und ging.</p></article></body></html>\n';
    const { report, output } = await checkText(html, { path: 'seite.html', format: 'sarif' });
    const findings = report.documents[0].findings.filter((f) => f.fix);
    expect(findings.map((f) => f.ruleId)).toEqual(['english-quotes', 'straight-quotes']);
    const lines = html.split('\n');
    const edits = findings.flatMap((f) => f.fix!.replacements).sort((a, b) => b.column - a.column); // one line: apply from the right
    let line = lines[0];
    for (const r of edits) line = line.slice(0, r.column - 1) + r.text + line.slice(r.endColumn - 1);
    expect([line, ...lines.slice(1)].join('\n')).toBe(fixed('seite.html', html));
    const sarif = JSON.parse(output!) as { runs: Array<{ results: Array<{ ruleId: string; fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ insertedContent: { text: string } }> }> }> }> }> };
    const quoted = sarif.runs[0].results.find((r) => r.ruleId === 'english-quotes')!;
    expect(quoted.fixes![0].artifactChanges[0].replacements.map((r) => r.insertedContent.text)).toEqual(['„', '“']);
  });

  it('has no fix for leftover English, one for a straight quote', async () => {
    const { checkText } = await import('../../src/api.js');
    const { report } = await checkText('Titel der Meldung\n\nDie Regierung plant Hilfen, um the cost of living crisis abzufedern. Er sagte "Nein".\n');
    const byRule = Object.fromEntries(report.documents[0].findings.map((f) => [f.ruleId, f.fix !== undefined]));
    expect(byRule).toEqual({ 'english-phrase': false, 'straight-quotes': true });
  });
});

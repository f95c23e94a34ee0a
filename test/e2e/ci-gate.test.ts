import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import type { Report } from '../../src/report/types.js';
import { checkToJson, cli, schemaErrors, tempDir } from './cli-helpers.js';

function corpusCopy(): string {
  const dir = join(tempDir(), 'corpus');
  cpSync('corpus', dir, { recursive: true });
  return dir;
}

describe('baseline', () => {
  it('a baseline written on the corpus makes the next run pass; one new defect fails it with exactly that finding', async () => {
    const corpus = corpusCopy();
    const baseline = join(tempDir(), 'mtlint.baseline.json');
    const first = await cli(['check', corpus, '--write-baseline', baseline, '-f', 'compact']);
    expect(first.code).toBe(1);
    const entries = JSON.parse(readFileSync(baseline, 'utf8')).findings;
    expect(entries.length).toBeGreaterThan(20);

    const second = await checkToJson([corpus, '--baseline', baseline]);
    expect(second.code).toBe(0);
    expect(second.report.summary.findings).toBe(0);
    expect(second.report.summary.suppressed.baseline).toBe(entries.length);
    expect(second.report.summary.baselineGone).toBe(0);
    expect(second.stderr).toMatch(new RegExp(`${entries.length} known finding\\(s\\) suppressed, 0 baseline entries gone, 0 new`));
    expect(schemaErrors(second.report)).toEqual([]);

    // one new defect, and an edit elsewhere in the same file that moves every line down
    const file = join(corpus, 'text/haushaltsdebatte-sagte-er.txt');
    const text = readFileSync(file, 'utf8').replace('Haushaltsdebatte im Bundestag: Koalition verteidigt Sparkurs\n', 'Haushaltsdebatte im Bundestag: Koalition verteidigt Sparkurs\n\nEine neue Zeile.\n');
    writeFileSync(file, text.replace('„Wir werden nachbessern“', '“Wir werden nachbessern“'));
    const moved = join(corpus, 'text/energiepreise-gipfel.txt');
    writeFileSync(moved, `\n\n\n${readFileSync(moved, 'utf8')}`); // every line moves down
    const third = await checkToJson([corpus, '--baseline', baseline]);
    expect(third.code).toBe(1);
    const fresh = third.report.documents.flatMap((d) => d.findings.map((f) => `${d.id} ${f.ruleId} ${f.text}`));
    expect(fresh).toEqual(['haushaltsdebatte-sagte-er.txt quote-mismatch “Wir werden nachbessern“']);
  });

  it('counts entries that are gone', async () => {
    const corpus = corpusCopy();
    const baseline = join(tempDir(), 'b.json');
    await cli(['check', corpus, '--write-baseline', baseline, '-f', 'compact']);
    const file = join(corpus, 'text/energiepreise-gipfel.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Foto: Jan Woitas/dpa', ''));
    const { report } = await checkToJson([corpus, '--baseline', baseline]);
    expect(report.summary.baselineGone).toBe(1);
  });

  it('rejects a file that is not a baseline', async () => {
    const bad = join(tempDir(), 'x.json');
    writeFileSync(bad, '{"findings": 3}');
    const run = await cli(['check', 'corpus', '--baseline', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not an mtlint baseline/);
  });
});

describe('inline suppressions', () => {
  it('disable-next-line, disable-line and disable/enable regions, counted and listed', async () => {
    const dir = tempDir();
    const html = join(dir, 'a.html');
    writeFileSync(
      html,
      [
        '<article><h1>Titel der Meldung</h1>',
        '<!-- mtlint-disable-next-line english -->',
        '<p>Die Regierung plant Hilfen, um the cost of living crisis abzufedern.</p>',
        '<p>Er sagte: “Wir kommen morgen”, und ging. <!-- mtlint-disable-line english-quotes --></p>',
        '<!-- mtlint-disable brackets -->',
        '<p>Die Partei (gegründet 1990 hat viele Mitglieder.</p>',
        '<!-- mtlint-enable brackets -->',
        '<p>Die Partei (gegründet 1991 hat viele Mitglieder.</p>',
        '</article>',
      ].join('\n'),
    );
    const txt = join(dir, 'b.txt');
    writeFileSync(txt, 'Stimmung im Saal\n\n<!-- mtlint-disable-next-line english-word -->\nDie Stimmung war gloomy.\n\nDie Stimmung war gloomy.\n');
    const { report } = await checkToJson([html, txt]);
    const [a, b] = report.documents;
    expect(a.findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual(['unclosed-bracket@8']);
    expect(a.suppressed?.map((s) => `${s.ruleId}@${s.line} by ${s.directiveLine}`)).toEqual(['english-phrase@3 by 2', 'english-quotes@4 by 4', 'unclosed-bracket@6 by 5']);
    expect(b.findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual(['english-word@6']);
    expect(b.suppressed?.map((s) => `${s.ruleId}@${s.line}`)).toEqual(['english-word@4']);
    expect(report.summary.suppressed).toEqual({ inline: 4, baseline: 0 });
    expect(schemaErrors(report)).toEqual([]);
  });
});

describe('repeats of a kept English term', () => {
  const article = 'Titel der Meldung\n\nDie Bühne gehört den drag Künstlern. Auch im Herbst zeigt das Theater drag Shows.\n\nDie Gäste riefen take care und gingen. Beim Abschied hieß es wieder take  care und Tschüss.\n\nAm Ende kamen noch mehr drag Künstler.\n';

  it('are one finding at the first use, with every later use as related', async () => {
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, article);
    const { report } = await checkToJson([file]);
    const findings = report.documents[0].findings;
    expect(findings.map((f) => [f.ruleId, f.text, f.line, f.related?.map((r) => `${r.text}@${r.line}:${r.column}`)])).toEqual([
      ['english-word', 'drag', 3, ['drag@3:71', 'drag@7:25']],
      ['english-phrase', 'take care', 5, ['take  care@5:69']],
    ]);
    expect(findings[0].message).toBe('English word "drag" in German text. Used 3 times in this article.');
    expect(schemaErrors(report)).toEqual([]);
  });

  it('are grouped after inline directives and the baseline: a suppressed use leaves the others reported', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, article.replace('Die Bühne', '<!-- mtlint-disable-next-line english-word -->\nDie Bühne'));
    const { report } = await checkToJson([file]);
    const drag = report.documents[0].findings.filter((f) => f.ruleId === 'english-word');
    // Both uses of line 4 are suppressed; the one of line 8 is reported, alone.
    expect(drag.map((f) => [f.line, f.column, f.related, f.message])).toEqual([[8, 25, undefined, 'English word "drag" in German text.']]);
    expect(report.documents[0].suppressed?.map((s) => `${s.ruleId}@${s.line}:${s.column}`)).toEqual(['english-word@4:22', 'english-word@4:71']);
  });
});

describe('configuration through the CLI', () => {
  it('finds mtlint.config.json in the working directory; flags win over it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mtlint.config.json'), '{ "threshold": 50, "rules": { "duplicate-headline": "off" }, "terms": { "accepted": ["gloomy"] } }');
    const text = join(dir, 'a.txt');
    writeFileSync(text, 'Titel der Meldung\n\nTitel der Meldung\n\nDie Stimmung war gloomy.\n');
    const run = async (...args: string[]) => {
      const out = join(tempDir(), 'r.json');
      const code = await (await import('../../src/cli/main.js')).main(['check', text, '-f', `json:${out}`, ...args], { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: dir });
      return { code, report: JSON.parse(readFileSync(out, 'utf8')) as Report };
    };
    const withConfig = await run();
    expect(withConfig.report.summary.threshold).toBe(50);
    expect(withConfig.report.documents[0].findings).toEqual([]);
    const flags = await run('--threshold', '99', '--fail-on', 'minor');
    expect([flags.report.summary.threshold, flags.report.summary.failOn]).toEqual([99, 'minor']);
  });

  it('reports a bad configuration with the key and the file, exit 2', async () => {
    const dir = tempDir();
    const config = join(dir, 'custom.json');
    writeFileSync(config, '{ "rules": { "english-wrd": "off" } }');
    const run = await cli(['check', 'corpus', '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${config}:1:14: "rules.english-wrd": unknown rule (did you mean "english-word"?)`);
  });

  it('init writes a starter file that loads, and refuses to overwrite it', async () => {
    const dir = tempDir();
    const { main } = await import('../../src/cli/main.js');
    const io = { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: dir };
    expect(await main(['init'], io)).toBe(0);
    expect(existsSync(join(dir, 'mtlint.config.json'))).toBe(true);
    expect(await main(['init'], io)).toBe(2);
    const check = await cli(['check', 'corpus/text/haushaltsdebatte-sagte-er.txt', '--config', join(dir, 'mtlint.config.json')]);
    expect(check.code).toBe(0);
  });

  it('rules lists every rule with category and severity', async () => {
    const run = await cli(['rules']);
    expect(run.stdout).toMatch(/^english-insert\s+english\s+major\s+A bracketed insert/m);
    expect(run.stdout.trim().split('\n').length).toBeGreaterThan(29);
  });
});

describe('gate flags', () => {
  it('--max-findings fails a run with more findings', async () => {
    const file = 'corpus/feeds/ticker.jsonl';
    expect((await cli(['check', file, '--threshold', '0', '--fail-on', 'none', '--max-findings', '10'])).code).toBe(0);
    const over = await checkToJson([file, '--threshold', '0', '--fail-on', 'none', '--max-findings', '1']);
    expect([over.code, over.report.summary.maxFindings, over.report.summary.passedGate]).toEqual([1, 1, false]);
  });

  it('--quiet reports only major and critical findings', async () => {
    const { report } = await checkToJson(['corpus/text/energiepreise-gipfel.txt', '--quiet']);
    expect(report.documents[0].findings.map((f) => f.severity)).not.toContain('minor');
    expect(report.documents[0].findings.length).toBeGreaterThan(3);
  });
});

describe('progress', () => {
  it('shows only on a terminal, never in CI or when stdout is piped, and not with --no-progress', () => {
    expect(Progress.shouldShow({}, true, true, undefined)).toBe(true);
    expect(Progress.shouldShow({ CI: 'true' }, true, true, undefined)).toBe(false);
    expect(Progress.shouldShow({}, false, true, undefined)).toBe(false);
    expect(Progress.shouldShow({}, true, true, false)).toBe(false);
  });

  it('draws files read of total, documents checked, rate and ETA after the first second', () => {
    let written = '';
    const stream = { write: (t: string) => ((written += t), true) } as unknown as NodeJS.WriteStream;
    let asked = 0;
    const progress = new Progress(() => (asked++, stream));
    progress.update(1, 10, 40);
    expect(written).toBe('');
    expect(asked).toBe(0); // a run under a second never asks where the line goes (nor makes process.stderr)
    (progress as unknown as { started: number }).started -= 2000;
    progress.update(5, 10, 200);
    expect(written).toMatch(/\[#{12}-{12}\] 5\/10 files, 200 documents checked {2}\d+\/s {2}ETA \d+s/);
    progress.done();
    expect(written.endsWith('\r\u001b[K')).toBe(true);
    expect(asked).toBe(1);
  });

  it('draws nothing when, after the first second, there is nowhere to show it', () => {
    const progress = new Progress(() => undefined);
    (progress as unknown as { started: number }).started -= 2000;
    expect(() => {
      progress.update(5, 10, 200);
      progress.done();
    }).not.toThrow();
  });
});

describe('stylish output', () => {
  it('lists suppressed findings and counts them in the summary line', async () => {
    const dir = tempDir();
    const txt = join(dir, 'c.txt');
    writeFileSync(txt, 'Stimmung im Saal\n\n<!-- mtlint-disable-next-line english-word -->\nDie Stimmung war gloomy.\n');
    const run = await cli(['check', txt]);
    expect(run.stdout).toContain('4:18  suppressed by the directive on line 3: english-word "gloomy"');
    expect(run.stdout).toMatch(/; 1 suppressed \(1 inline, 0 by the baseline\)\.\n$/);
  });
});

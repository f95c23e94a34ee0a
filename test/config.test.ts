import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config/defaults.js';
import { loadConfig } from '../src/config/load.js';
import { STARTER_CONFIG } from '../src/config/starter.js';

function configFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mtlint-config-')), 'mtlint.config.json');
  writeFileSync(path, text);
  return path;
}

describe('mtlint.config.json', () => {
  it('reads the commented starter file as the defaults', () => {
    expect(loadConfig(configFile(STARTER_CONFIG))).toEqual(DEFAULT_CONFIG);
  });

  it('merges rules, options, scoring, fields, globs and terms over the defaults', () => {
    const config = loadConfig(
      configFile(`{
        // comments are allowed
        "threshold": 80, "failOn": "none", "maxFindings": 10,
        "rules": { "english-word": "off", "straight-quotes": "major", "english-phrase": "on" },
        "ruleOptions": { "nearDuplicateThreshold": 0.9 },
        "scoring": { "weights": { "major": 4 } },
        "fields": { "body": "inhalt", "title": ["schlagzeile"] },
        "exclude": ["drafts/**"],
        "terms": { "accepted": ["Brexit-Deal"], "flagged": ["Homeland Security"] },
      }`),
    );
    expect(config.threshold).toBe(80);
    expect(config.failOn).toBeNull();
    expect(config.maxFindings).toBe(10);
    expect(config.rules.overrides).toEqual({ 'english-word': 'off', 'straight-quotes': 'major' });
    expect(config.rules.options.nearDuplicateThreshold).toBe(0.9);
    expect(config.scoring.weights).toEqual({ minor: 1, major: 4, critical: 25 });
    expect(config.fields.body).toEqual(['inhalt']);
    expect(config.fields.title).toEqual(['schlagzeile']);
    expect(config.fields.id).toEqual(DEFAULT_CONFIG.fields.id);
    expect(config.exclude).toEqual(['drafts/**']);
    expect(config.rules.options.acceptedTerms).toEqual(['Brexit-Deal']);
    expect(config.rules.options.flaggedTerms).toEqual(['Homeland Security']);
  });

  it.each([
    ['{ "treshold": 80 }', /mtlint\.config\.json:1:3: "treshold": unknown key \(did you mean "threshold"\?\)/],
    ['{\n  "rules": { "english-wrd": "off" }\n}', /mtlint\.config\.json:2:14: "rules\.english-wrd": unknown rule \(did you mean "english-word"\?\)/],
    ['{ "rules": { "english-word": "loud" } }', /"rules\.english-word": expected "off", "on" or a severity/],
    ['{ "threshold": "90" }', /"threshold": expected a number from 0 to 100, got "90"/],
    ['{ "ruleOptions": { "minRepeatSentenceWords": 2.5 } }', /"ruleOptions\.minRepeatSentenceWords": expected a whole number ≥ 1, got 2\.5/],
    ['{ "terms": { "accepted": "Team" } }', /"terms\.accepted": expected an array of strings, got "Team"/],
    ['{ "threshold": 90, }x', /mtlint\.config\.json:1:\d+: invalid JSON/],
  ])('names the file, the position and the key: %s', (text, message) => {
    expect(() => loadConfig(configFile(text))).toThrow(message);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { runCheck } from '../../src/engine/run.js';
import { jsonReporter } from '../../src/reporters/json.js';
import { jsonlReporter } from '../../src/reporters/jsonl.js';
import { render } from '../../src/reporters/types.js';

describe('jsonl format', () => {
  it('writes each document of the JSON report on its own line, in input order, and nothing else', async () => {
    const report = await runCheck({ paths: ['corpus'], config: DEFAULT_CONFIG });
    const lines = render(jsonlReporter, report).split('\n');
    expect(lines.pop()).toBe('');
    const json = JSON.parse(render(jsonReporter, report)) as { documents: unknown[] };
    expect(lines.map((l) => JSON.parse(l))).toEqual(json.documents);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The write of one file fails (a full disk, a read-only folder): root in CI can write anywhere, so the failure is made here.
vi.mock('../../src/io/write.js', async (original) => {
  const actual = await original<typeof import('../../src/io/write.js')>();
  return {
    ...actual,
    writeFileAtomic: async (path: string, pieces: Iterable<string>, options?: { mode?: number }) => {
      if (path.endsWith('gesperrt.txt')) throw new actual.OutputError(`cannot write ${path}: ENOSPC`);
      return actual.writeFileAtomic(path, pieces, options);
    },
  };
});

const { fixFiles, fixSummary } = await import('../../src/fix/run.js');
const { DEFAULT_CONFIG } = await import('../../src/config/defaults.js');

describe('mtlint fix when a file cannot be written', () => {
  it('leaves that file as it was, says why, and fixes the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-fix-'));
    writeFileSync(join(dir, 'gesperrt.txt'), 'Titel der Meldung\n\nEr sagte "Nein" und ging.\n');
    writeFileSync(join(dir, 'frei.txt'), 'Titel der Meldung\n\nSie sagte "Ja" und blieb.\n');
    const run = await fixFiles([dir], { config: DEFAULT_CONFIG });
    expect(run.written).toBe(1);
    expect(readFileSync(join(dir, 'gesperrt.txt'), 'utf8')).toContain('"Nein"');
    expect(readFileSync(join(dir, 'frei.txt'), 'utf8')).toContain('„Ja“');
    expect(fixSummary(run, false)).toMatch(/gesperrt\.txt: not fixed: cannot write .*ENOSPC/);
  });
});

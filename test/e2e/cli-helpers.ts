import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/report/types.js';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mtlint-test-'));
}

/** Runs the CLI in-process, capturing its output. */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

/** Runs the built binary as a user would (exit codes, bin wiring). */
export function spawnCli(args: string[], cwd = process.cwd()): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'dist/src/cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Checks a run's JSON report and returns it. */
export async function checkToJson(args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const out = join(tempDir(), 'report.json');
  const { code, stderr } = await cli(['check', ...args, '--format', `json:${out}`]);
  return { code, report: JSON.parse(readFileSync(out, 'utf8')) as Report, stderr };
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync('schema/report.v1.schema.json', 'utf8')));

export function schemaErrors(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

import { execFileSync } from 'node:child_process';

/** The CLI tests spawn the built binary, so build it once before the run. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}

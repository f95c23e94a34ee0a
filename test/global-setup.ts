import { execFileSync } from 'node:child_process';

/** The CLI tests spawn the built binary (and the bundled one), and the HTML report inlines the bundled page script: build them once before the run. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['dist/scripts/build/report-page.js'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['dist/scripts/build/cli-bundle.js'], { stdio: 'inherit' });
}

#!/usr/bin/env node
import { finalExitCode, main } from './cli/main.js';
import { removeAll } from './io/cleanup.js';

// Stopped by a signal: temporary files go (a report being written stays as it was), and the
// exit code says which signal, as shells do (128 + its number).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    removeAll();
    process.exit(code);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = finalExitCode(code);
  },
  (error: unknown) => {
    removeAll();
    process.stderr.write(`mtlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);

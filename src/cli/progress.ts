/**
 * A progress line on stderr for long runs on a terminal: documents done of
 * total, rate and time left. Silent for runs under a second, in CI, when
 * stdout or stderr is not a terminal, or with --no-progress.
 */
export class Progress {
  private readonly started = Date.now();
  private shown = false;
  private lastDraw = 0;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly enabled: boolean) {}

  static shouldShow(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean, stderrIsTTY: boolean, flag: boolean | undefined): boolean {
    return flag !== false && stdoutIsTTY && stderrIsTTY && !env.CI;
  }

  update(phase: 'read' | 'check', done: number, total: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 1000 || (now - this.lastDraw < 100 && done < total)) return;
    this.lastDraw = now;
    this.shown = true;
    const seconds = (now - this.started) / 1000;
    const rate = done / seconds;
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    const width = 24;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const label = phase === 'read' ? 'files read' : 'documents checked';
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label}  ${rate.toFixed(0)}/s  ETA ${eta}s\u001b[K`);
  }

  done(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
  }
}

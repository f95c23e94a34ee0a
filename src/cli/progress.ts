/**
 * A progress line on stderr for long runs on a terminal: inputs read of all
 * inputs, documents checked, rate and time left. Silent for runs under a
 * second, in CI, when stdout or stderr is not a terminal, or with --no-progress.
 */
export class Progress {
  private readonly started = Date.now();
  private shown = false;
  private lastDraw = 0;
  private stream: NodeJS.WriteStream | undefined;
  private asked = false;

  /** `streamIfShown` is asked once, when a run has lasted a second: where the line goes, or undefined for none. */
  constructor(private readonly streamIfShown: () => NodeJS.WriteStream | undefined) {}

  static shouldShow(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean, stderrIsTTY: boolean, flag: boolean | undefined): boolean {
    return flag !== false && stdoutIsTTY && stderrIsTTY && !env.CI;
  }

  /** Inputs are streamed, so the bar and time left follow the inputs; the rate counts documents. */
  update(filesRead: number, files: number, documents: number): void {
    const now = Date.now();
    if (now - this.started < 1000 || (now - this.lastDraw < 100 && filesRead < files)) return;
    if (!this.asked) {
      this.asked = true;
      this.stream = this.streamIfShown();
    }
    if (!this.stream) return;
    this.lastDraw = now;
    this.shown = true;
    const seconds = (now - this.started) / 1000;
    const fileRate = filesRead / seconds;
    const eta = fileRate > 0 ? Math.round((files - filesRead) / fileRate) : 0;
    const width = 24;
    const filled = Math.round((filesRead / Math.max(files, 1)) * width);
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${filesRead}/${files} files, ${documents} documents checked  ${(documents / seconds).toFixed(0)}/s  ETA ${eta}s\u001b[K`);
  }

  done(): void {
    if (this.shown) this.stream?.write('\r\u001b[K');
  }
}

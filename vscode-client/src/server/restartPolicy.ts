/**
 * Decides whether a crashed server is started again: a few crashes are bad luck, more in a short
 * time mean something is broken and restarting forever would only hide it.
 */
export class RestartPolicy {
  private crashTimes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash; true when the server may be restarted once more. */
  recordCrash(): boolean {
    const time = this.now();
    this.crashTimes = this.crashTimes.filter((crash) => time - crash < this.windowMs);
    this.crashTimes.push(time);
    return this.crashTimes.length <= this.maxRestarts;
  }

  /** Crashes recorded in the current window, the one just recorded included. */
  get recentCrashes(): number {
    return this.crashTimes.length;
  }

  reset(): void {
    this.crashTimes = [];
  }
}

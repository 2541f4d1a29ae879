/**
 * Lets a repeated event through at most once per interval, counting how many it held back in
 * between (for logs that must not flood when every request fails the same way).
 */
export class OncePerInterval {
  private last = Number.NEGATIVE_INFINITY;
  private held = 0;
  constructor(private readonly intervalMs: number) {}

  /** Calls `emit` with the number held back since the last one, when an interval has passed. */
  report(nowMs: number, emit: (heldBack: number) => void): void {
    if (nowMs - this.last < this.intervalMs) {
      this.held++;
      return;
    }
    this.last = nowMs;
    const held = this.held;
    this.held = 0;
    emit(held);
  }
}

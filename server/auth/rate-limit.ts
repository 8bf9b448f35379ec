// Failed sign-ins are limited per account and per IP address, in a sliding
// window held in memory. A server restart clears it, which is acceptable: the
// limit is there to make guessing slow, and argon2id already makes each guess
// cost. Behind several server processes, each counts on its own.

export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** Seconds to wait before the next attempt; 0 when one is allowed now. */
  retryAfter(key: string): number {
    const list = this.recent(key);
    if (list.length < this.limit) return 0;
    return Math.max(1, Math.ceil((list[0]! + this.windowMs - this.now()) / 1000));
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}

export interface LoginLimiter {
  perAccount: AttemptLimiter;
  perIp: AttemptLimiter;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export function loginLimiter(now: () => number = Date.now): LoginLimiter {
  return {
    perAccount: new AttemptLimiter(5, FIFTEEN_MINUTES, now),
    perIp: new AttemptLimiter(30, FIFTEEN_MINUTES, now),
  };
}

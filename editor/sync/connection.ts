// Whether the shared server can be reached. A request that fails for want of a
// connection marks it offline; it is then tried again after a growing pause
// (and at once when the browser says it is online again), and everything
// waiting is sent when it answers.
import { Observable } from '../state/observable';

const RETRY_MS = [1000, 2000, 5000, 10_000, 15_000];

export class Connection {
  readonly online = new Observable<boolean>(true);
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly backListeners = new Set<() => void>();
  private readonly detach: () => void;

  constructor(private readonly probe: () => Promise<boolean>) {
    const goOffline = () => this.failed();
    const goOnline = () => void this.check();
    if (typeof window === 'undefined') this.detach = () => undefined;
    else {
      window.addEventListener('offline', goOffline);
      window.addEventListener('online', goOnline);
      this.detach = () => {
        window.removeEventListener('offline', goOffline);
        window.removeEventListener('online', goOnline);
      };
    }
  }

  /** Called when the server answers again: send what waits, reconnect the live stream. */
  onBack(listener: () => void): () => void {
    this.backListeners.add(listener);
    return () => this.backListeners.delete(listener);
  }

  /** A request could not reach the server. */
  failed(): void {
    this.online.set(false);
    if (this.timer !== undefined) return;
    const wait = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)]!;
    this.attempt++;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, wait);
  }

  /** A request reached the server. */
  succeeded(): void {
    if (this.online.get()) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.attempt = 0;
    this.online.set(true);
    for (const listener of this.backListeners) listener();
  }

  /** Asks the server now. */
  async check(): Promise<boolean> {
    const ok = await this.probe();
    if (ok) this.succeeded();
    else this.failed();
    return ok;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.detach();
  }
}

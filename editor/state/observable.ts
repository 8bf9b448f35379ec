// A value that can be read and watched: the small stores of the studio
// (save status, selection, language) share this instead of each inventing one.
type Listener = () => void;

export class Observable<T> {
  private readonly listeners = new Set<Listener>();
  constructor(private value: T) {}

  get = (): T => this.value;

  set(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }

  update(change: (value: T) => T): void {
    this.set(change(this.value));
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

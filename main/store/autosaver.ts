/**
 * Debounces autosave: the renderer sends the whole document on every change, and the recovery
 * copy is written once the user pauses (`delayMs` after the last change). Writes never overlap,
 * and a failed write is remembered rather than thrown, since autosave must never stop the app.
 */
export class Autosaver<T> {
  private pending: T | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  lastError: unknown = undefined;
  lastWrittenAt: Date | undefined;

  constructor(
    private readonly write: (doc: T) => Promise<void>,
    readonly delayMs = 1500,
  ) {}

  schedule(doc: T): void {
    this.pending = doc;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes what is pending now (before quitting, or in tests) and waits for it. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const doc = this.pending;
    this.pending = undefined;
    if (doc !== undefined) {
      this.writing = this.writing.then(async () => {
        try {
          await this.write(doc);
          this.lastError = undefined;
          this.lastWrittenAt = new Date();
        } catch (error) {
          this.lastError = error;
        }
      });
    }
    return this.writing;
  }

  /** Drops pending changes (the project was saved or closed) and waits for a write under way. */
  cancel(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    return this.writing;
  }

  get hasPending(): boolean {
    return this.pending !== undefined;
  }
}

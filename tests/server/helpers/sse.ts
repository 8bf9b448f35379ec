// Reads server-sent events from a response body, for the live-update tests.
export interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

export class SseReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private buffer = '';
  private readonly decoder = new TextDecoder();

  constructor(response: Response) {
    if (!response.body) throw new Error('no body');
    this.reader = response.body.getReader();
  }

  /** The next event of the given type (others are skipped), or an error after `ms`. */
  async next(type: string, ms = 2000): Promise<SseEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const event = this.take();
      if (event && event.event === type) return event;
      if (event) continue;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no '${type}' event within ${ms} ms`);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const chunk = await Promise.race([
        this.reader.read(),
        new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), left))),
      ]);
      clearTimeout(timer);
      if (chunk === null) continue;
      if (chunk.done) throw new Error('stream ended');
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }

  private take(): SseEvent | null {
    const end = this.buffer.indexOf('\n\n');
    if (end < 0) return null;
    const block = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end + 2);
    let event = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data += line.slice(5).trim();
    }
    if (!data) return this.take() ?? { event: 'comment', data: {} };
    return { event, data: JSON.parse(data) as Record<string, unknown> };
  }

  close(): Promise<void> {
    return this.reader.cancel();
  }
}

/** One dispatched Server-Sent Event. */
export interface SseEvent {
  /** The last event id in force when this event was dispatched ('' when none was ever set). */
  id: string;
  /** The `event:` name, 'message' when absent. */
  event: string;
  data: string;
}

export interface SseParserHandlers {
  onEvent: (event: SseEvent) => void;
  onRetry?: (milliseconds: number) => void;
  onComment?: (text: string) => void;
}

/**
 * An incremental parser for the text/event-stream format, as the HTML standard defines it: lines
 * end with CRLF, LF or CR; `:` starts a comment; `data:` lines accumulate (joined with LF); a blank
 * line dispatches; `id:` persists across events; `retry:` takes only ASCII digits.
 *
 * Feed it decoded text in chunks of any size; a line split across chunks is kept until it ends.
 */
export class SseParser {
  private buffer = '';
  private pendingCr = false;
  private started = false;
  private data: string[] = [];
  private eventType = '';
  private idBuffer: string;
  private lastEventId: string;

  constructor(
    private readonly handlers: SseParserHandlers,
    initialLastEventId = '',
  ) {
    this.idBuffer = initialLastEventId;
    this.lastEventId = initialLastEventId;
  }

  /** The id to resume from: set by `id:` and taken over at each blank line, even one with no data. */
  get lastId(): string {
    return this.lastEventId;
  }

  push(chunk: string): void {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // A CR ending the previous chunk and an LF starting this one are one line ending.
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = false;

    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\n' && ch !== '\r') continue;
      this.line(this.buffer + text.slice(start, i));
      this.buffer = '';
      if (ch === '\r') {
        if (i + 1 === text.length) this.pendingCr = true;
        else if (text[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    this.buffer += text.slice(start);
  }

  /** The stream ended: an event without its closing blank line is discarded, as the standard says. */
  end(): void {
    this.idBuffer = this.lastEventId;
    this.buffer = '';
    this.pendingCr = false;
    this.data = [];
    this.eventType = '';
  }

  private line(line: string): void {
    if (line === '') {
      this.dispatch();
      return;
    }
    if (line.startsWith(':')) {
      this.handlers.onComment?.(line.slice(1).replace(/^ /, ''));
      return;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);

    switch (field) {
      case 'data':
        this.data.push(value);
        break;
      case 'event':
        this.eventType = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.idBuffer = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.handlers.onRetry?.(Number(value));
        break;
      default:
        // unknown fields are ignored
        break;
    }
  }

  private dispatch(): void {
    const data = this.data;
    const eventType = this.eventType;
    this.data = [];
    this.eventType = '';
    this.lastEventId = this.idBuffer;
    if (data.length === 0) return;
    this.handlers.onEvent({ id: this.lastEventId, event: eventType || 'message', data: data.join('\n') });
  }
}

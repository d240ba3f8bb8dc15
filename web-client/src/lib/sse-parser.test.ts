import { describe, expect, it } from 'vitest';
import { SseParser, type SseEvent } from './sse-parser';

function parse(...chunks: string[]) {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const comments: string[] = [];
  const parser = new SseParser({ onEvent: (e) => events.push(e), onRetry: (ms) => retries.push(ms), onComment: (c) => comments.push(c) });
  for (const chunk of chunks) parser.push(chunk);
  return { events, retries, comments, parser };
}

describe('SseParser', () => {
  it('dispatches id, event name and data at a blank line', () => {
    const { events } = parse('id:7\nevent:job.available\ndata:{"id":"a"}\n\n');
    expect(events).toEqual([{ id: '7', event: 'job.available', data: '{"id":"a"}' }]);
  });

  it('joins multi-line data with line feeds and drops one leading space per value', () => {
    const { events } = parse('data: first\ndata:  second\ndata\n\n');
    expect(events).toEqual([{ id: '', event: 'message', data: 'first\n second\n' }]);
  });

  it('ignores comment lines, heartbeats included', () => {
    const { events, comments } = parse(':open\n\n: keep-alive\n\nid:1\n:in the middle\ndata:x\n\n');
    expect(events).toEqual([{ id: '1', event: 'message', data: 'x' }]);
    expect(comments).toEqual(['open', 'keep-alive', 'in the middle']);
  });

  it('reads retry only when it is all digits', () => {
    const { retries, events } = parse('retry:3000\nretry: 2x\nretry:\n\n');
    expect(retries).toEqual([3000]);
    expect(events).toEqual([]);
  });

  it('handles lines and line endings split across chunks (CRLF, CR, LF)', () => {
    const { events } = parse('id:1\r', '\nevent:a\r', 'data:one\r\n', '\r\nid:2\rdata:t', 'wo\r\r');
    expect(events).toEqual([
      { id: '1', event: 'a', data: 'one' },
      { id: '2', event: 'message', data: 'two' },
    ]);
  });

  it('keeps the last id for later events and takes it over at a blank line without data', () => {
    const { events, parser } = parse('id:5\ndata:a\n\ndata:b\n\nid:9\n\n');
    expect(events.map((e) => e.id)).toEqual(['5', '5']);
    expect(parser.lastId).toBe('9');
  });

  it('strips a byte order mark and ignores unknown fields', () => {
    const { events } = parse('\uFEFFdata:x\nfoo:bar\n\n');
    expect(events).toEqual([{ id: '', event: 'message', data: 'x' }]);
  });

  it('discards an event left unfinished when the stream ends', () => {
    const { events, parser } = parse('id:3\ndata:half');
    parser.end();
    parser.push('data:next\n\n');
    expect(events).toEqual([{ id: '', event: 'message', data: 'next' }]);
  });
});

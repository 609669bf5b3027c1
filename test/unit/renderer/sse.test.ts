import { describe, expect, it } from 'vitest';
import { SseParser } from '../../../src/renderer/src/api/sse';

describe('SseParser', () => {
  it('parses whole events', () => {
    const p = new SseParser();
    expect(p.push('data: {"a":1}\n\ndata: {"b":2}\n\n')).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('joins events split across chunks anywhere', () => {
    const text = 'data: {"type":"job.progress","done":1}\n\n: keep-alive\n\ndata: {"type":"data.changed"}\n\n';
    for (let size = 1; size <= text.length; size++) {
      const p = new SseParser();
      const out: string[] = [];
      for (let i = 0; i < text.length; i += size) out.push(...p.push(text.slice(i, i + size)));
      expect(out, `chunk size ${size}`).toEqual(['{"type":"job.progress","done":1}', '{"type":"data.changed"}']);
    }
  });

  it('handles CRLF line breaks, even split between \\r and \\n', () => {
    const p = new SseParser();
    expect(p.push('data: x\r')).toEqual([]);
    expect(p.push('\n\r')).toEqual([]);
    expect(p.push('\n')).toEqual(['x']);
  });

  it('joins multi-line data and ignores comments and other fields', () => {
    const p = new SseParser();
    expect(p.push(': hello\nevent: msg\nid: 7\ndata: line1\ndata:line2\n\n')).toEqual(['line1\nline2']);
  });

  it('does not emit an unterminated event', () => {
    const p = new SseParser();
    expect(p.push('data: half')).toEqual([]);
    expect(p.push('\n')).toEqual([]);
    expect(p.push('\n')).toEqual(['half']);
  });
});

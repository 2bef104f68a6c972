// A tap written exactly as front ends write it is read without JSON.parse and zod
// (server/protocol.ts). Whatever the text, that short way must give what the full way gives:
// the same frame, or the same error frame.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHOICE_MAX_CHARS, parseClientFrame, parseClientFrameInFull } from '../../server/protocol.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

/** Choices near every edge: empty, at and past the length limit, quotes, backslashes, control and non-ASCII characters. */
const choices = fc.oneof(
  fc.string({ maxLength: CHOICE_MAX_CHARS + 3 }),
  fc.string({ minLength: CHOICE_MAX_CHARS - 1, maxLength: CHOICE_MAX_CHARS + 1 }),
  fc.string({ maxLength: 70, unit: 'binary' }),
  fc.string({ maxLength: 70, unit: fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', ' ', 'a', 'é', '\u2028', '\ud83d', '}', '{') }),
  fc.constantFrom('danger', 'menu', 'list:add', 'list:remove:x', '__proto__', 'x'.repeat(CHOICE_MAX_CHARS), 'x'.repeat(CHOICE_MAX_CHARS + 1)),
);

/** Text shaped like a tap: written as JSON writes it, written raw (escapes and all), or nearly a tap. */
const frames = fc.oneof(
  choices.map((choice) => JSON.stringify({ type: 'choose', choice })),
  choices.map((choice) => `{"type":"choose","choice":"${choice}"}`),
  fc.tuple(choices, fc.constantFrom(' ', '\n', ',"x":1', ',"choice":"y"', '')).map(([choice, extra]) => `{"type":"choose","choice":"${choice}"${extra}}`),
  fc.tuple(choices, fc.constantFrom('{"choice":"%","type":"choose"}', '{ "type":"choose","choice":"%"}', '{"type":"Choose","choice":"%"}', '{"type":"choose","choice":"%"}x', 'x{"type":"choose","choice":"%"}', '{"type":"choose","choice":"%"}\n')).map(([choice, shape]) => shape.replace('%', choice)),
  fc.string({ maxLength: 120 }),
);

describe('a tap read the short way', () => {
  it('gives what JSON.parse and zod give, for any text', () => {
    fc.assert(
      fc.property(frames, (raw) => {
        expect(parseClientFrame(raw)).toEqual(parseClientFrameInFull(raw));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('is taken for ordinary taps', () => {
    for (const choice of ['danger', 'menu', 'list:add', 'x'.repeat(CHOICE_MAX_CHARS), 'é']) {
      expect(parseClientFrame(JSON.stringify({ type: 'choose', choice }))).toEqual({ ok: true, frame: { type: 'choose', choice } });
    }
    expect(parseClientFrame(JSON.stringify({ type: 'choose', choice: 'x'.repeat(CHOICE_MAX_CHARS + 1) }))).toMatchObject({ ok: false, error: { code: 'bad_frame' } });
    expect(parseClientFrame('{"type":"choose","choice":""}')).toMatchObject({ ok: false, error: { code: 'bad_frame' } });
  });
});

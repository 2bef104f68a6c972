// The text of an outgoing frame: exactly what JSON.stringify gives, built faster. Most of a step
// frame is the same for everyone on that screen (its words, its choices, their contacts), and
// the engine hands those out as frozen objects it shares between conversations. A frozen object
// cannot change, so its JSON is worked out once and kept beside it; only the few parts that
// belong to one conversation (token, Back, offers, notices) are serialised on each turn.
// JSON.stringify was a sixth of the server's time per turn, most of it escaping the same
// sentences again for every person who reached them.
//
// Contract: anything frozen that reaches a frame is frozen all the way down (the engine freezes
// what it shares). tests/server/frame-json.test.ts checks the text equals JSON.stringify's for
// every screen of every flow.

const known = new WeakMap<object, string>();
const keys = new Map<string, string>();

/** The JSON text of a frame (or any plain data), equal to `JSON.stringify(value)`. */
export function frameJson(value: unknown): string {
  return json(value) ?? 'null';
}

function json(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Object.isFrozen(value)) {
    const cached = known.get(value);
    if (cached !== undefined) return cached;
    const text = walk(value);
    known.set(value, text);
    return text;
  }
  return walk(value);
}

function walk(value: object): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + (json(value[i]) ?? 'null');
    return out + ']';
  }
  // Anything with its own idea of JSON (a Date, a toJSON) is left to JSON.stringify itself.
  if ('toJSON' in value) return JSON.stringify(value);
  let out = '{';
  for (const key of Object.keys(value)) {
    const item = json((value as Record<string, unknown>)[key]);
    // As JSON.stringify: undefined and functions leave their key out.
    if (item === undefined) continue;
    out += (out.length === 1 ? '' : ',') + keyText(key) + item;
  }
  return out + '}';
}

function keyText(key: string): string {
  let text = keys.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}:`;
    // Keys come from the protocol's own types, so this stays small; a guard all the same.
    if (keys.size < 256) keys.set(key, text);
  }
  return text;
}

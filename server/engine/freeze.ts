// What the engine shares between conversations (places, a screen's words and choices) is frozen
// all the way down, so nothing can change it for everyone by accident.

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

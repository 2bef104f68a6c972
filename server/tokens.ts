import { randomBytes } from 'node:crypto';

/** Bytes of randomness in a token: 192 bits, written as 32 base64url characters. */
const TOKEN_BYTES = 24;
/** Exactly what newToken issues, and nothing else: the one rule for `resume` and `POST /exit`. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;

/** A resume token: 192 random bits, URL-safe. Unguessable, and it says nothing about anyone. */
export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/**
 * Whether a string could be a token this server issued. Anything else is never looked up, so
 * it never reaches a store key, whatever characters it holds.
 */
export function isToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_SHAPE.test(value);
}

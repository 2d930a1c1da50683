import fc from 'fast-check';
import { HOSTILE_PIECES, hostileString } from './hostile-strings';

/** One edit of a text, at a place given as a fraction of its length so it fits any text. */
type Edit = (text: string) => string;

const at = (text: string, where: number): number => Math.min(text.length, Math.floor(where * (text.length + 1)));
const place = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // Delete a run of characters.
  fc.tuple(place, fc.integer({ min: 1, max: 40 })).map(
    ([where, length]): Edit =>
      (text) =>
        text.slice(0, at(text, where)) + text.slice(at(text, where) + length),
  ),
  // Insert a hostile piece or string.
  fc.tuple(place, fc.oneof(fc.constantFrom(...HOSTILE_PIECES), hostileString(4))).map(
    ([where, piece]): Edit =>
      (text) =>
        text.slice(0, at(text, where)) + piece + text.slice(at(text, where)),
  ),
  // Duplicate a run (repeated keys, doubled brackets).
  fc.tuple(place, fc.integer({ min: 1, max: 60 })).map(([where, length]): Edit => (text) => {
    const start = at(text, where);
    return text.slice(0, start) + text.slice(start, start + length) + text.slice(start);
  }),
  // Cut the text short.
  place.map(
    (where): Edit =>
      (text) =>
        text.slice(0, at(text, where)),
  ),
  // Swap one character for a random one (a surrogate half now and then).
  fc.tuple(place, fc.integer({ min: 0, max: 0xffff })).map(([where, code]): Edit => (text) => {
    const i = at(text, where);
    return text.slice(0, i) + String.fromCharCode(code) + text.slice(i + 1);
  }),
  // Open many brackets or indent deeply: what overflows a recursive reader.
  fc.tuple(place, fc.constantFrom('[', '{', '(', '- ', '  ', '[{'), fc.integer({ min: 1, max: 300 })).map(
    ([where, opener, count]): Edit =>
      (text) =>
        text.slice(0, at(text, where)) + opener.repeat(count) + text.slice(at(text, where)),
  ),
);

/**
 * Texts derived from valid ones by a few random edits: deletions, insertions of hostile pieces,
 * duplications, truncation, swapped characters and deep nesting.
 * @example fc.sample(mutated(fc.constant('{"seed": 1}')), 2) // e.g. ['{"seed": 1', '{"seed"\u2028: 1}']
 */
export function mutated(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: 5 })).map(([text, edits]) => edits.reduce((out, apply) => apply(out), text));
}

/** A soup of a format's own tokens in random order: near-valid syntax that reaches deep into a reader. */
export function tokenSoup(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: hostileString(3) }), { maxLength: 80 })
    .map((parts) => parts.join(''));
}

import { InvalidArgumentError } from '@commander-js/extra-typings';
import { distance } from 'fastest-levenshtein';

/**
 * The valid value closest to a mistyped one, when it is close enough to be a typo (`soapnotapi` → soapnoteapi,
 * `nte` → note); undefined otherwise, so a word that is nothing like any value gets no odd guess.
 */
export function suggestClosest(input: string, values: readonly string[]): string | undefined {
  const needle = input.trim().toLowerCase();
  let best: { value: string; score: number } | undefined;
  for (const value of values) {
    const score = value.startsWith(needle) && needle.length >= 2 ? 1 : distance(needle, value.toLowerCase());
    if (!best || score < best.score) best = { value, score };
  }
  return best && best.score <= Math.max(2, Math.floor(needle.length / 3)) ? best.value : undefined;
}

/** `(did you mean x? choices: a, b, c)`: what follows a refused value. */
export function describeChoices(input: string, values: readonly string[]): string {
  const close = suggestClosest(input, values);
  return `(${close ? `did you mean ${close}? ` : ''}choices: ${values.join(', ')})`;
}

/**
 * A commander argument parser for a flag with a fixed set of values: commander's own `choices()` lists them but never
 * says which one was meant; this refusal does, as `--specialty` does.
 */
export function parseChoice<T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    const close = suggestClosest(value, values);
    throw new InvalidArgumentError(`${close ? `Did you mean ${close}? ` : ''}(choices: ${values.join(', ')})`);
  };
}

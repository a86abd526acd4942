import { findSecretParts, findSharedRuns, indexSecret, indexText, replaceSpans, type Span, type TextIndex } from './shared-runs.js';

/**
 * What keeps keys and patient text out of what `soap` prints. A service's message is not ours: a 401 may quote the
 * key it refused, a 422 the transcript it could not read. A run registers the keys it sends and, while a request is
 * out, the text it carries; every message that reaches stderr or a report passes through `scrub` first.
 */
export interface Scrubber {
  /** A key sent to a service, for the whole run. */
  addSecret: (secret: string | undefined) => void;
  /** Text sent to a service; the function returned forgets it (a batch forgets each input once it is done). */
  addText: (text: string) => () => void;
  /** The message with every piece of a key and every quoted run of a registered text replaced by `[…]`. */
  scrub: (message: string) => string;
  /** Scrubs an error in place — message and stack, and its causes' — so it is clean wherever it is printed later. */
  scrubError: (err: unknown) => void;
}

interface Registered {
  text: string;
  index?: TextIndex;
}

export function createScrubber(): Scrubber {
  const secrets = new Map<string, Set<string>>();
  const texts = new Set<Registered>();

  const scrub = (message: string): string => {
    if (!message) return message;
    const spans: Span[][] = [];
    for (const windows of secrets.values()) spans.push(findSecretParts(message, windows));
    for (const entry of texts) {
      // Indexed only when a message is to be checked: a run with nothing to report pays nothing.
      entry.index ??= indexText(entry.text);
      spans.push(findSharedRuns(message, entry.index));
    }
    return replaceSpans(message, spans.flat());
  };

  return {
    addSecret(secret) {
      if (secret && !secrets.has(secret)) secrets.set(secret, indexSecret(secret));
    },
    addText(text) {
      const entry: Registered = { text };
      texts.add(entry);
      return () => void texts.delete(entry);
    },
    scrub,
    scrubError(err) {
      const seen = new Set<unknown>();
      for (let e = err; e instanceof Error && !seen.has(e); e = e.cause) {
        seen.add(e);
        try {
          e.message = scrub(e.message);
          if (e.stack) e.stack = scrub(e.stack);
        } catch {
          // A frozen error from a library: it is scrubbed again where it is printed.
        }
      }
    },
  };
}

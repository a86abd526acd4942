import type { Backend } from '../providers/index.js';
import type { Scrubber } from '../text/scrubber.js';

/**
 * A service can only echo what it was sent. So every call to a backend registers the text it carries (transcript,
 * context, the note to revise, the visits) with the run's scrubber for as long as the call runs — its --debug trace
 * lines are scrubbed with it — and an error it throws is scrubbed in place before that text is forgotten. A batch
 * thus keeps only the inputs in flight, never every transcript it has sent.
 */

/** Which arguments of each operation carry what the user's files say; other operations send none. */
const SENT: Record<string, (args: unknown[]) => unknown[]> = {
  createNote: (args) => args.slice(0, 2),
  streamNote: (args) => args.slice(0, 1),
  summarizeVisits: (args) => args.slice(0, 1),
  createAudioNote: (args) => args.slice(1, 2),
};

/** Every string in plain data (objects, lists), joined: one text per call. */
function collectText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectText(item, out);
  else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const item of Object.values(value)) collectText(item, out);
  }
  return out;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | undefined)?.[Symbol.asyncIterator] === 'function';
}

/** Runs one operation with its text registered; a promise or a stream keeps it until it settles or ends. */
function runScrubbed(scrubber: Scrubber, text: string, call: () => unknown): unknown {
  const release = text ? scrubber.addText(text) : () => undefined;
  const fail = (err: unknown): never => {
    scrubber.scrubError(err);
    throw err;
  };
  let result: unknown;
  try {
    result = call();
  } catch (err) {
    release();
    return fail(err);
  }
  if (result instanceof Promise) return result.catch(fail).finally(release);
  if (!isAsyncIterable(result)) {
    release();
    return result;
  }
  const events = result;
  return (async function* () {
    try {
      yield* events;
    } catch (err) {
      fail(err);
    } finally {
      release();
    }
  })();
}

/** Runs `call` with `text` registered with the scrubber (see BackendRuntime.guardText). */
export function guardText<T>(scrubber: Scrubber, text: string, call: () => Promise<T>): Promise<T> {
  return runScrubbed(scrubber, text, call) as Promise<T>;
}

/** The backend, each of its operations run through `scrubber` (operations it lacks stay absent). */
export function scrubBackend(backend: Backend, scrubber: Scrubber): Backend {
  return new Proxy(backend, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      const sent = typeof name === 'string' ? SENT[name] : undefined;
      return (...args: unknown[]) => runScrubbed(scrubber, sent ? collectText(sent(args)).join('\n') : '', () => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}

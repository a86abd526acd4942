import type { Context } from '../../context.js';
import { InterruptedError, UsageError } from '../../errors.js';
import { readInputBytes } from '../../input/read-text.js';

/** Far more than any key: a longer "key" is a wrong file piped in. */
const MAX_SECRET_BYTES = 4096;

/** Reads a secret from stdin: the first line of a pipe, or typed at a terminal without echo. */
export async function readSecret(ctx: Context, prompt: string): Promise<string> {
  const stdin = ctx.stdin as Context['stdin'] & { setRawMode?: (raw: boolean) => void };
  if (stdin.isTTY && stdin.setRawMode) {
    ctx.stderr.write(prompt);
    stdin.setRawMode(true);
    try {
      return await new Promise<string>((resolve, reject) => {
        let typed = '';
        const onData = (chunk: Buffer) => {
          for (const ch of chunk.toString('utf8')) {
            if (ch === '\r' || ch === '\n') return finish(() => resolve(typed));
            if (ch === '\u0003') return finish(() => reject(new UsageError('cancelled')));
            if (ch === '\u007f') typed = typed.slice(0, -1);
            else typed += ch;
          }
        };
        // SIGTERM (Ctrl-C arrives as a character in raw mode) must not leave the prompt waiting.
        const onAbort = () => finish(() => reject(new InterruptedError('interrupted', { hint: 'nothing was saved' })));
        const finish = (done: () => void) => {
          ctx.signal.removeEventListener('abort', onAbort);
          stdin.off('data', onData);
          stdin.pause();
          ctx.stderr.write('\n');
          done();
        };
        if (ctx.signal.aborted) return onAbort();
        ctx.signal.addEventListener('abort', onAbort, { once: true });
        stdin.on('data', onData);
        stdin.resume();
      });
    } finally {
      stdin.setRawMode(false);
    }
  }
  // Bounded, and given up on the first signal when nothing is ever piped in.
  const text = (await readInputBytes('-', ctx, MAX_SECRET_BYTES)).bytes.toString('utf8');
  // Only the line ending a pipe adds is dropped: other stray whitespace is refused by validation, not hidden.
  const line = text.replace(/\r?\n$/, '');
  if (!line) throw new UsageError('no value on stdin', { hint: 'pipe it in: soap config set soapnoteapi.key < key.txt' });
  return line;
}

import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';

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
        const finish = (done: () => void) => {
          stdin.off('data', onData);
          stdin.pause();
          ctx.stderr.write('\n');
          done();
        };
        stdin.on('data', onData);
        stdin.resume();
      });
    } finally {
      stdin.setRawMode(false);
    }
  }
  let text = '';
  for await (const chunk of ctx.stdin as AsyncIterable<Buffer | string>) {
    text += chunk.toString();
    if (text.length > 4096) break;
  }
  // Only the line ending a pipe adds is dropped: other stray whitespace is refused by validation, not hidden.
  const line = text.replace(/\r?\n$/, '');
  if (!line) throw new UsageError('no value on stdin', { hint: 'pipe it in: soap config set soapnoteapi.key < key.txt' });
  return line;
}

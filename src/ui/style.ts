/** The few text decorations `soap` uses; identity functions when colour is off, so renderers stay pure. */
export interface Style {
  color: boolean;
  heading(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  error(text: string): string;
  ok(text: string): string;
}

const plain = (text: string) => text;

export const PLAIN_STYLE: Style = { color: false, heading: plain, dim: plain, warn: plain, error: plain, ok: plain };

/** Loads chalk only when colour is wanted: piped runs never pay for it. */
export async function createStyle(color: boolean): Promise<Style> {
  if (!color) return PLAIN_STYLE;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    color: true,
    heading: (t) => chalk.bold.cyan(t),
    dim: (t) => chalk.dim(t),
    warn: (t) => chalk.yellow(t),
    error: (t) => chalk.red(t),
    ok: (t) => chalk.green(t),
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES_DIR = 'fixtures/vendor-examples/soapnoteapi';

/**
 * The text of an example as the page printed it, made into JSON only where the page's printing needs it (see the
 * folder's README): `#` comment lines skipped, line breaks inside strings read as `\n`, an elided `…` item dropped,
 * a fragment of members read inside braces.
 */
export function readExampleJson(name: string): unknown {
  const lines = readFileSync(join(EXAMPLES_DIR, name), 'utf8').split('\n').filter((line) => !line.startsWith('#'));
  let text = '';
  let inString = false;
  for (const [i, line] of lines.entries()) {
    for (let j = 0; j < line.length; j++) {
      const ch = line[j]!;
      if (ch === '\\') {
        text += ch + (line[j + 1] ?? '');
        j++;
        continue;
      }
      if (ch === '"') inString = !inString;
      text += ch;
    }
    if (i < lines.length - 1) text += inString ? '\\n' : '\n';
  }
  text = text.replace(/,\s*…\s*(?=[\]}])/g, '').trim();
  return JSON.parse(text.startsWith('"') ? `{${text}}` : text);
}

export function readExampleText(name: string): string {
  return readFileSync(join(EXAMPLES_DIR, name), 'utf8');
}

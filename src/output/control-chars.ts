/**
 * C0 and C1 control characters, DEL, and the Unicode line separators and bidirectional overrides: in a file name
 * they could clear the screen (`\x1b[2J`), split one stderr line into two, or show a name reversed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Shows control characters as visible escapes (`\n`, `\x1b`, `\u202e`), so text printed to a terminal cannot drive it. */
export function escapeControlChars(text: string): string {
  return text.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

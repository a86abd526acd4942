/**
 * The examples block that ends a command's `--help`, as gh and llm end theirs: a few real command lines, each with
 * flags the command has (test/commands/help.test.ts checks every flag and fixture path against the command).
 */
export function formatExamples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

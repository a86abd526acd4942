import type { CommandUnknownOpts, Option } from '@commander-js/extra-typings';
import { CONFIG_KEY_NAMES } from '../../config/keys.js';
import { SPECIALTIES } from '../../specialties.js';

/** What a shell may offer for a value: fixed words, paths, folders, or nothing (free text such as an id). */
export type ValueCompletion = { kind: 'words'; words: readonly string[] } | { kind: 'file' } | { kind: 'dir' } | { kind: 'none' };

export interface CompletionOption {
  /** `-s`, `--specialty`: every spelling, short first. */
  names: string[];
  description: string;
  /** Undefined for a switch; what to complete for its value otherwise. */
  value?: ValueCompletion;
  /** How its help names the value: `id`, `file.json`. */
  valueName?: string;
}

/** One command of the tree, as a completion script needs it; the root is the program itself. */
export interface CompletionCommand {
  name: string;
  summary: string;
  /** Its own flags and the help flag (the program's flags are in `globals`). */
  options: CompletionOption[];
  /** What its positional arguments take; undefined when it takes none. */
  positional?: ValueCompletion;
  commands: CompletionCommand[];
}

export interface CompletionTree {
  program: string;
  /** The program's flags, accepted before or after any command. */
  globals: CompletionOption[];
  root: CompletionCommand;
}

// Values commander cannot know: `-s` takes display names too (so it has no choices), `config set <key>` any key.
const VALUES_BY_NAME: Record<string, ValueCompletion> = {
  specialty: { kind: 'words', words: SPECIALTIES.map((s) => s.id) },
  key: { kind: 'words', words: CONFIG_KEY_NAMES },
};

/** A value's completion from its choices, its name, or its placeholder: `<file>`, `<note.json>` are paths, `<dir>` a folder. */
function completeValue(name: string, placeholder: string, choices: readonly string[] | undefined): ValueCompletion {
  if (choices && choices.length > 0) return { kind: 'words', words: choices };
  const known = VALUES_BY_NAME[name];
  if (known) return known;
  if (/dir/.test(placeholder)) return { kind: 'dir' };
  if (/file|json|inputs|\.txt/.test(placeholder)) return { kind: 'file' };
  return { kind: 'none' };
}

function describeOption(option: Option): CompletionOption {
  const names = [option.short, option.long].filter((n): n is string => n !== undefined);
  const takesValue = option.required || option.optional;
  const placeholder = /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1] ?? '';
  return {
    names,
    description: option.description,
    ...(takesValue ? { value: completeValue(option.attributeName(), placeholder, option.argChoices), valueName: placeholder || 'value' } : {}),
  };
}

function describeCommand(cmd: CommandUnknownOpts, isRoot: boolean): CompletionCommand {
  const help = cmd.createHelp();
  // The program's own flags are the globals; each command lists its own flags and -h, --help.
  const options = help.visibleOptions(cmd).filter((o) => !isRoot || o.long === '--help');
  const commands = help.visibleCommands(cmd).map((sub) => describeCommand(sub, false));
  // commander's own `help [command]` names one of its siblings.
  const names = commands.map((c) => c.name).filter((n) => n !== 'help');
  for (const sub of commands) if (sub.name === 'help') sub.positional = { kind: 'words', words: names };
  const first = cmd.registeredArguments[0];
  return {
    name: cmd.name(),
    summary: cmd.summary() || cmd.description().split(/\.( |$)/)[0] || '',
    options: options.map(describeOption),
    ...(first ? { positional: completeValue(first.name(), first.name(), first.argChoices) } : {}),
    commands,
  };
}

/**
 * The command tree as commander holds it — every command, flag, choice and argument — so a completion script can
 * never drift from the flags the program really accepts.
 */
export function readCommandTree(program: CommandUnknownOpts): CompletionTree {
  return { program: program.name(), globals: program.options.map(describeOption), root: describeCommand(program, true) };
}

/** Every command with its path of names below the program: `''` for the program, `'config set'`. */
export function listCommandPaths(tree: CompletionTree): { path: string; command: CompletionCommand }[] {
  const walk = (command: CompletionCommand, path: string): { path: string; command: CompletionCommand }[] => [
    { path, command },
    ...command.commands.flatMap((sub) => walk(sub, path ? `${path} ${sub.name}` : sub.name)),
  ];
  return walk(tree.root, '');
}

// V8 flags the CLI sets for itself. Only src/main.ts turns them on, before any command's code is loaded (a code
// cache made under other flags is refused, see src/code-cache.ts): in a test runner, or wherever soap's modules are
// imported as a library, the process and its flags are somebody else's.

let cliProcess = false;

/** The flags a command runs with (help needs none); `command` is the first word of the command line. */
export function tuneV8ForCommand(command: string | undefined): void {
  cliProcess = true;
  // `soap specialties` runs under the note's flags: then it can read the code cache the note's run made of the
  // chunks they share (the CLI, zod, the settings; V8 refuses a cache made under other flags). It has few regular
  // expressions and no hot JavaScript, so the flags cost it nothing: 316 M → 211 M instructions (callgrind).
  if (command === 'specialties') command = 'note';
  if (command === 'note') loadNoteBuiltins();
  const { setFlagsFromString } = process.getBuiltinModule('node:v8');
  // undici parses HTTP with a WebAssembly build of llhttp; V8's optimising tier for it costs ~35 MB of RSS and
  // start-up CPU, which a CLI making a handful of requests never earns back. The baseline tier parses just as well.
  setFlagsFromString('--liftoff-only');
  // V8 runs a new regular expression in its interpreter and compiles it again to machine code once it is used:
  // the offline engine's large vocabularies, compiled twice, cost a note more than twice its time. Compiled once.
  setFlagsFromString('--no-regexp-tier-up');
  // One note compiles the offline engine's ~335 regular expressions and runs each a few times: compiled without V8's
  // regexp optimisation passes, `soap note` costs 28% fewer instructions (1,475 M → 1,031 M, callgrind). A batch
  // turns them back on (tuneRegexpsForBatch). Only the machine code differs: matches are V8's either way.
  if (command === 'note') setFlagsFromString('--no-regexp-optimization');
  // The engine's JavaScript is never hot for long: what V8's optimising compiler (TurboFan, on a second thread)
  // compiles costs more than it saves before the process ends, in a note and in a batch alike (time is spent in
  // the regular expressions' machine code). Interpreter and baseline code only: a note costs 6% fewer instructions
  // (callgrind, 800 M → 750 M) and 7% less CPU, a 37 kB transcript 10% less; a batch of 325 transcripts 13% less
  // CPU than before, of 1,296 5% less than with TurboFan turned back on for it, and 20 MB less memory. `soap check`
  // alike: 848 M → 741 M instructions, CPU -11% (its regexp optimisation stays on: it runs each pattern many times).
  if (command === 'note' || command === 'check') setFlagsFromString('--max-opt=1');
}

/**
 * A batch runs each of the engine's regular expressions hundreds of times: optimised code pays for its compilation
 * (a 224-file batch takes twice as long without it). Called before the engine is loaded; a no-op outside the CLI.
 */
export function tuneRegexpsForBatch(): void {
  if (cliProcess) process.getBuiltinModule('node:v8').setFlagsFromString('--regexp-optimization');
}

/**
 * V8 checks Node's own code cache against its flags as it checks ours: a built-in module first loaded after the
 * flags change is compiled from source. The ones a note loads are loaded before (the code cache's node:module and
 * node:vm, the config's node:os, the input's fs promises and streams): a note costs 19 M fewer instructions (of 851 M).
 */
function loadNoteBuiltins(): void {
  for (const name of ['node:module', 'node:vm', 'node:os', 'node:fs/promises', 'node:process'] as const) process.getBuiltinModule(name);
  // fs's streams are loaded on the first read of this getter.
  void process.getBuiltinModule('node:fs').ReadStream;
}

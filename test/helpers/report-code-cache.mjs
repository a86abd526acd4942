// Preloaded with `node --import`: says on stderr, for every script compiled with a code cache (src/code-cache.ts),
// whether V8 took the cache ("code-cache ok dist/…") or refused it ("code-cache refused dist/…"). The code-cache
// test reads it; --import is Node's, so V8's flags, which V8 checks a cache against, stay as the CLI sets them.
import vm from 'node:vm';

const { Script } = vm;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    if (options?.cachedData) process.stderr.write(`code-cache ${this.cachedDataRejected ? 'refused' : 'ok'} ${options.filename}\n`);
  }
};

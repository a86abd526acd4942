import type { Script } from 'node:vm';

// A V8 code cache for the bundle's chunks (Node 20 has no module.enableCompileCache). `npm run build` runs the CLI
// once on a fixture and writes, next to each chunk it loaded, `<chunk>.js.cache`: V8's bytecode for the chunk and for
// every function that run compiled. A later run hands it back to V8 instead of parsing and compiling the same code
// again. V8 checks the cache against its own version, its flags and the source's length and refuses a cache that
// does not match; the chunk is then compiled as usual, with the same result. Chunk names carry a hash of their
// contents, and the build writes chunks and caches together, so a cache never meets another chunk of that name.

/** The parts of node:module's CommonJS loader this hook uses (not in @types/node). */
interface CjsModule {
  exports: unknown;
  require(id: string): unknown;
  _compile: (this: CjsModule, content: string, filename: string) => unknown;
}

interface CjsLoader {
  prototype: CjsModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CjsModule, isMain?: boolean, options?: unknown): string;
}

declare global {
  /**
   * Set only by the build's training run (scripts/train-code-cache.mjs, preloaded by scripts/build.mjs): every chunk compiled, by file name, for
   * the build to write its cache when the run ends. A user's run never writes a cache.
   */
  var __soapCodeCacheScripts: Map<string, Script> | undefined;
}

/** The suffix of a chunk's cache file: `dist/chunk-X.js` → `dist/chunk-X.js.cache`. */
export const CODE_CACHE_SUFFIX = '.cache';

/**
 * From here on, a chunk in `distDir` (with its separator) that has a cache is compiled with it; any other module, or
 * a chunk without one, is loaded by Node as before. Not under --debug: Node maps stack traces to src/ only for the
 * modules its own loader compiles.
 */
export function installCodeCache(distDir: string): void {
  const Module = process.getBuiltinModule('node:module') as unknown as CjsLoader;
  const { Script } = process.getBuiltinModule('node:vm');
  const { readFileSync } = process.getBuiltinModule('node:fs');
  const path = process.getBuiltinModule('node:path');
  const compile = Module.prototype._compile;
  const training = globalThis.__soapCodeCacheScripts;
  Module.prototype._compile = function compileWithCodeCache(this: CjsModule, content: string, filename: string): unknown {
    if (!filename.startsWith(distDir)) return compile.call(this, content, filename);
    let cachedData: Buffer | undefined;
    if (!training) {
      try {
        cachedData = readFileSync(filename + CODE_CACHE_SUFFIX);
      } catch {
        return compile.call(this, content, filename);
      }
    }
    // Compiled as Node compiles a CommonJS module: the same wrapper, parameters and `this`.
    const script = new Script(Module.wrap(content), { filename, cachedData });
    training?.set(filename, script);
    const require = (id: string): unknown => this.require(id);
    require.resolve = (request: string, options?: unknown): string => Module._resolveFilename(request, this, false, options);
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };
}

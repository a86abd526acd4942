// `npm run build`: dist/ holds the CLI as a minified bundle of src/main.ts and its dependencies, split at every
// dynamic import — each command's options and run modules, each backend, chalk, ora, conf… — so that a command loads
// only the chunks it uses. tsc only type-checks.
//
// Two passes. esbuild splits code only in ESM output, so the first pass writes ESM chunks; the second turns each
// chunk into CommonJS, names and boundaries unchanged. Node loads CommonJS synchronously, whereas its ESM loader
// costs a third of `node -e 0` before the first line runs and reads every module through the thread pool, which on
// a busy machine costs more again: `soap --version` could not stay within ×1.3 of `node -e 0` as ESM.
import { build } from 'esbuild';
import { execFile, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const ESM_DIR = '.tmp/esm';

/**
 * `import { z } from 'zod'` reaches zod's namespace through a re-exported binding, which esbuild cannot tree-shake:
 * every command that parses flags would load all of zod, its 40 locales included (450 kB minified). The same
 * namespace imported as `import * as z` is shaken to what the code uses (a fifth of it).
 */
const zodNamespace = {
  name: 'zod-namespace',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace(/^import \{ z \} from 'zod';$/m, "import * as z from 'zod';"),
      loader: 'ts',
    }));
  },
};

/**
 * commander requires node:child_process at load time for executable subcommands, which soap does not have; loading it
 * pulls in net, dgram and a dozen internal modules before `soap --help` can print a line. It is loaded on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

/**
 * undici's index loads all of undici — fetch, WebSocket, EventSource, caches, cookies, mocks — about 280 M
 * instructions before a hosted command can send its first byte, where soap uses one agent and `request`. src/http
 * gets just those: the dispatcher with its request API attached (as undici's index attaches it) and the proxy-aware
 * agent, and `request(url, options)` as the dispatcher's own request (soap always passes its dispatcher). A change
 * of undici's file layout fails the build, not a run.
 */
const slimUndici = {
  name: 'slim-undici',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, ({ importer, resolveDir }) =>
      /[\\/]src[\\/]http[\\/]/.test(importer) ? { path: 'undici', namespace: 'slim-undici', pluginData: { resolveDir } } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'slim-undici' }, ({ pluginData }) => ({
      resolveDir: pluginData.resolveDir,
      loader: 'js',
      contents: `
        const Dispatcher = require('undici/lib/dispatcher/dispatcher');
        Object.assign(Dispatcher.prototype, require('undici/lib/api'));
        exports.EnvHttpProxyAgent = require('undici/lib/dispatcher/env-http-proxy-agent');
        exports.request = (url, { dispatcher, ...options }) => {
          if (!dispatcher) throw new Error('soap passes its dispatcher to every request');
          return dispatcher.request({ ...options, origin: url.origin, path: url.pathname + url.search });
        };`,
    }));
  },
};

/**
 * undici's HTTP/2 client requires node:http2 when it loads — a quarter of `node -e 0` before a hosted note's first
 * byte — and reads its constants there, though soap never turns HTTP/2 on (allowH2). It gets those constants, copied
 * from this Node at build time, and node:http2 itself on its first connect.
 */
const lazyHttp2 = {
  name: 'lazy-http2',
  setup(b) {
    b.onResolve({ filter: /^node:http2$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]undici[\\/]/.test(importer) ? { path: 'http2', namespace: 'lazy-http2' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-http2' }, async () => {
      const { constants } = await import('node:http2');
      return {
        contents: `module.exports = { constants: ${JSON.stringify(constants)}, connect: (...args) => require('node:http2').connect(...args) };`,
        loader: 'js',
      };
    });
  },
};

await rm('dist', { recursive: true, force: true });
await rm(ESM_DIR, { recursive: true, force: true });

// Pass 1: the bundle, as ESM chunks. Linked source maps, so that pass 2 carries them through to the sources.
const esm = await build({
  entryPoints: ['src/main.ts'],
  outdir: ESM_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  minify: true,
  // Names survive minification: errors are named after their class (a batch report's `code` is one, TimeoutError).
  keepNames: true,
  sourcemap: 'linked',
  metafile: true,
  plugins: [zodNamespace, lazyChildProcess, lazyHttp2, slimUndici],
  logLevel: 'warning',
});

// Pass 2 must not read the chunks in Node's ESM mode (the package's "type": "module" would say so): esbuild would
// then hand `import('ora')` the chunk's whole exports object as its default, as Node does for CommonJS, instead of
// the chunk's own default export.
await writeFile(join(ESM_DIR, 'package.json'), '{ "type": "commonjs" }\n');

// Pass 2: each chunk as CommonJS. Static imports become requires; dynamic imports become a require in a promise, so
// chunks still load on demand; import.meta.url (read by a few dependencies) becomes the chunk's own file URL.
const chunks = Object.keys(esm.metafile.outputs).filter((path) => path.endsWith('.js'));
const cjs = await build({
  entryPoints: chunks,
  outdir: 'dist',
  bundle: false,
  format: 'cjs',
  platform: 'node',
  target: 'node20.18',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__soapMetaUrl' },
  minify: true,
  // Linked: `soap --debug` turns source maps on before loading a command, so its stack traces name src/ lines.
  sourcemap: 'linked',
  // ESM is strict; the code stays so.
  banner: { js: '"use strict";' },
  write: false,
  logLevel: 'warning',
});
const META_URL = 'var __soapMetaUrl=require("node:url").pathToFileURL(__filename).href;';
for (const file of cjs.outputFiles) {
  // The banner is a line of its own with no mappings, so adding to it moves nothing the source map points at.
  const text = file.path.endsWith('.js') && file.text.includes('__soapMetaUrl') ? file.text.replace('"use strict";', `"use strict";${META_URL}`) : file.text;
  await mkdir(dirname(file.path), { recursive: true });
  await writeFile(file.path, text);
}
// dist/ is CommonJS, whatever the package's own "type" says.
await writeFile('dist/package.json', '{ "type": "commonjs" }\n');
// Which sources each chunk holds, under dist/ names: the lazy-loading test checks what a command loaded.
const outputs = Object.fromEntries(
  Object.entries(esm.metafile.outputs).map(([path, output]) => [join('dist', relative(ESM_DIR, path)).replaceAll('\\', '/'), output]),
);
await writeFile('dist/metafile.json', JSON.stringify({ inputs: esm.metafile.inputs, outputs }));
await rm(ESM_DIR, { recursive: true, force: true });
await writeHelpTexts(Object.keys(outputs).find((path) => outputs[path].entryPoint === 'src/cli.ts'));
await writeCodeCaches();

/**
 * dist/help-texts.json: every help text as the built CLI prints it to a pipe or a file (80 columns, no colour), keyed
 * by the words of its command ('' for the program, 'config set'). Help is the same text every time, but rendering it
 * means loading commander and registering every command, which cost `soap --help` as much again as `node -e 0`;
 * src/main.ts prints the text from here instead when stdout is not a terminal (on one, commander wraps to its width).
 */
async function writeHelpTexts(cliChunk) {
  const listPaths = `
    const { buildProgram } = require(${JSON.stringify(`./${cliChunk}`)});
    const walk = (cmd, path) => cmd.commands.filter((c) => c.name() !== 'help').flatMap((c) => [[...path, c.name()], ...walk(c, [...path, c.name()])]);
    process.stdout.write(JSON.stringify([[], ...walk(buildProgram({ env: {} }, () => undefined), [])]));`;
  const paths = JSON.parse(execFileSync(process.execPath, ['-e', listPaths], { encoding: 'utf8' }));
  const texts = {};
  for (const path of paths) {
    // The binary as users run it, with nothing of this machine's environment that could change a help text.
    texts[path.join(' ')] = execFileSync(process.execPath, ['bin/soap.js', ...path, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  }
  await writeFile('dist/help-texts.json', JSON.stringify(texts));
}

/**
 * dist/<chunk>.js.cache: V8's code cache of each chunk a `soap note` loads, made by running it on a fixture (offline as
 * text, offline as JSON, then against a loopback server that refuses the key, for the hosted path up to its answer),
 * so that the cache holds every function such a note compiles (src/code-cache.ts reads it). Made by the Node that
 * builds, which is the Node that runs it after `npm install`; any other Node, or other V8 flags, has V8 refuse the
 * cache and compile as usual. The first offline note costs 16% fewer instructions, a hosted note to its answer 16%.
 */
async function writeCodeCaches() {
  const home = await mkdtemp(join(tmpdir(), 'soap-build-'));
  // No key and no config of this machine: the offline engine, as a fresh install runs it.
  const env = { PATH: process.env.PATH, HOME: home, SOAP_CONFIG_DIR: home, SOAP_CACHE_DIR: home };
  const note = ['bin/soap.js', 'note', 'fixtures/transcripts/knee-injury.txt', '--specialty', 'physician'];
  const refuse = createServer((req, res) => {
    req.resume();
    res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"code":"AUTHENTICATION_ERROR","message":"build"}}');
  });
  await new Promise((resolve) => refuse.listen(0, '127.0.0.1', resolve));
  const hosted = { ...env, SOAPNOTEAPI_KEY: 'snapi_sk_build', SOAPNOTEAPI_BASE_URL: `http://127.0.0.1:${refuse.address().port}` };
  // Then `soap specialties --json` (run under the note's flags, src/v8-flags.ts), for the chunks only it loads.
  const runs = [[env, [...note]], [env, [...note, '--json']], [hosted, [...note, '--max-retries', '0']], [env, ['bin/soap.js', 'specialties', '--json']]];
  try {
    for (const [runEnv, args] of runs) {
      // Exit codes aside (the hosted run is refused on purpose): a run that failed or hung only leaves chunks slower.
      await new Promise((resolve) => execFile(process.execPath, ['--import', './scripts/train-code-cache.mjs', ...args], { env: runEnv, timeout: 60_000 }, resolve));
    }
  } finally {
    refuse.close();
    await rm(home, { recursive: true, force: true });
  }
}

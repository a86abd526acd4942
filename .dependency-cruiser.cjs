// Dependency rules `npm test` enforces (zero findings to pass): no cycles, and layers that point one way —
// commands → providers → api/llm → http, with the note model, text and errors at the bottom.
// A module may import from its own layer or any layer below it, never from one above.
const LAYERS = [
  { name: 'entry', path: '^src/(main|cli)\\.ts$' },
  { name: 'commands', path: '^src/commands/' },
  { name: 'command support', path: '^src/(config|batch|output)/|^src/report-error\\.ts$' },
  { name: 'providers', path: '^src/providers/' },
  { name: 'services and engines', path: '^src/(api|llm|local|grounding|export|render|jobs|input)/' },
  { name: 'http', path: '^src/http/' },
  { name: 'foundation', path: '^src/(note|text|ui)/|^src/(errors|exit-codes|context|specialties|version)\\.ts$' },
];

const upward = LAYERS.slice(1).map((layer, i) => ({
  name: `no-upward-from-${layer.name.replace(/\s+/g, '-')}`,
  comment: `${layer.name} must not import from a layer above it (${LAYERS.slice(0, i + 1).map((l) => l.name).join(', ')})`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: LAYERS.slice(0, i + 1).map((l) => l.path).join('|') },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'import cycles make modules impossible to read or load on their own', severity: 'error', from: {}, to: { circular: true } },
    ...upward,
    {
      name: 'api-and-llm-apart',
      comment: 'service clients (src/api) and provider-neutral prompts and parsing (src/llm) do not import each other; providers join them',
      severity: 'error',
      from: { path: '^src/api/' },
      to: { path: '^src/llm/' },
    },
    { name: 'llm-not-api', comment: 'see api-and-llm-apart', severity: 'error', from: { path: '^src/llm/' }, to: { path: '^src/api/' } },
    {
      name: 'every-file-used',
      comment: 'a module nothing imports is dead code (the entry points excepted)',
      severity: 'error',
      from: { orphan: true, pathNot: '^src/main\\.ts$|\\.d\\.ts$' },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};

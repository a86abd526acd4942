// Item 20 of API-delta.md: the gateway model is configurable, defaults to a current id, and no retired id is hard-coded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATEWAY_MODEL } from '../../src/api/assemblyai/index.js';

/** Retired or removed by AssemblyAI's gateway (API-delta.md B.4 "Models"). */
const RETIRED = ['claude-3-haiku-20240307', 'claude-sonnet-4-20250514', 'claude-opus-4-20250514', 'gemini-3-flash-preview', 'kimi-k2.5'];
/** Both seed models, still listed later in 2026. */
const CURRENT = ['claude-sonnet-4-6', 'claude-sonnet-4-5-20250929'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('gateway models', () => {
  it('defaults to a current model', () => {
    expect(CURRENT).toContain(DEFAULT_GATEWAY_MODEL);
  });

  it('names no retired model anywhere in the code, the README or the help', () => {
    const texts = [...sourceFiles('src').map((f) => [f, readFileSync(f, 'utf8')] as const), ['README.md', readFileSync('README.md', 'utf8')] as const];
    const found = texts.flatMap(([file, text]) => RETIRED.filter((id) => text.includes(id)).map((id) => `${file}: ${id}`));
    expect(found).toEqual([]);
  });
});

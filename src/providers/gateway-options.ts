import { UsageError } from '../errors.js';
import { parseCount } from '../config/resolve-settings.js';
import type { Provider } from '../config/schema.js';
import { isSection, type NoteMethod, type Section } from '../llm/index.js';

/** Flags of the model-gateway path (AssemblyAI's LLM gateway or an OpenAI-compatible server). */
export interface GatewayFlags {
  model?: string;
  maxTokens?: string;
  method?: string;
  section?: string[];
  from?: string;
}

export interface GatewayOptions {
  model: string | undefined;
  maxTokens: number;
  method: NoteMethod;
  /** With `from`: regenerate only these sections of that earlier note. */
  sections: Section[] | undefined;
  from: string | undefined;
}

const GATEWAY_PROVIDERS: readonly Provider[] = ['assemblyai', 'openai'];

/** Checks the gateway flags against the provider before anything is read or sent. */
export function resolveGatewayOptions(flags: GatewayFlags, provider: Provider): GatewayOptions {
  const given = (['model', 'maxTokens', 'method', 'section', 'from'] as const).filter((k) => flags[k] !== undefined);
  if (given.length > 0 && !GATEWAY_PROVIDERS.includes(provider)) {
    const flag = `--${given[0]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new UsageError(`${flag} only applies with --provider assemblyai or openai (the provider is ${provider})`);
  }
  if (flags.method !== undefined && flags.method !== 'whole' && flags.method !== 'sections') {
    throw new UsageError(`--method must be "whole" or "sections", not "${flags.method}"`);
  }
  const sections = flags.section?.map((s) => {
    const name = s.trim().toLowerCase();
    if (!isSection(name)) throw new UsageError(`--section: unknown section "${s}"`, { hint: 'one of subjective, objective, assessment, plan' });
    return name;
  });
  if ((sections === undefined) !== (flags.from === undefined)) {
    throw new UsageError(sections ? '--section needs --from <note.json> (the note whose sections to regenerate)' : '--from needs at least one --section to regenerate');
  }
  return {
    model: flags.model,
    maxTokens: flags.maxTokens === undefined ? 2000 : Math.max(1, parseCount(flags.maxTokens, '--max-tokens', 2000, 200_000)),
    method: (flags.method as NoteMethod | undefined) ?? 'whole',
    sections,
    from: flags.from,
  };
}

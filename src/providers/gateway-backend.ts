import { UsageError } from '../errors.js';
import type { Settings } from '../config/resolve-settings.js';
import type { CommandIo } from '../commands/io.js';
import type { NoteBackend } from './types.js';

/** AssemblyAI's LLM gateway and OpenAI-compatible servers share one code path (see src/llm). */
export function createGatewayBackend(settings: Settings, _io: CommandIo): NoteBackend {
  throw new UsageError(`--provider ${settings.provider} is not available in this build yet`, { hint: 'use --provider soapnoteapi or local' });
}

import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { FormData } from 'undici';
import type { HttpCore } from '../../http/core.js';
import { chatCompletionSchema, type ChatRequest } from '../../llm/chat.js';
import { DEFAULT_TRANSCRIPTION_MODEL, audioTranscriptionSchema } from './schemas.js';

/**
 * Any OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp). `prefix` is "/v1" unless the base URL already
 * ends in /v1, as local servers are usually configured.
 */
export class OpenAiClient {
  constructor(
    readonly core: HttpCore,
    readonly prefix = '/v1',
  ) {}

  createChatCompletion(body: ChatRequest) {
    return this.core.json({ method: 'POST', path: `${this.prefix}/chat/completions`, json: body }, chatCompletionSchema);
  }

  /** The raw SSE body; read it with parseChatStream. */
  streamChatCompletion(body: ChatRequest) {
    return this.core.stream({ method: 'POST', path: `${this.prefix}/chat/completions`, json: { ...body, stream: true }, accept: 'text/event-stream' });
  }

  /** Multipart with the file streamed from disk; the form is rebuilt per attempt so a retry sends the whole file. */
  transcribeAudio(path: string, options: { model?: string } = {}) {
    return this.core.json({ method: 'POST', path: `${this.prefix}/audio/transcriptions`, body: () => buildAudioForm(path, options.model ?? DEFAULT_TRANSCRIPTION_MODEL) }, audioTranscriptionSchema);
  }
}

async function buildAudioForm(path: string, model: string): Promise<FormData> {
  const form = new FormData();
  form.append('file', await openAsBlob(path), basename(path));
  form.append('model', model);
  form.append('response_format', 'json');
  return form;
}

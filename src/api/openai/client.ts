import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { HttpCore } from '../../http/core.js';
import { buildMultipartUpload } from '../../http/file-upload.js';
import { chatCompletionSchema, type ChatRequest } from '../chat/chat-completion.js';
import { DEFAULT_TRANSCRIPTION_MODEL, audioTranscriptionSchema, modelListSchema } from './schemas.js';

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

  /** The answer as server-sent events; read them with readChatStream. */
  streamChatCompletion(body: ChatRequest) {
    return this.core.sse({ method: 'POST', path: `${this.prefix}/chat/completions`, json: { ...body, stream: true } });
  }

  /** `soap doctor`: the model list — free, and sends nothing; 401 when the server wants another key. */
  listModels() {
    return this.core.json({ method: 'GET', path: `${this.prefix}/models` }, modelListSchema);
  }

  /** Multipart with the file streamed from disk; each attempt re-opens it, so a retry sends the whole file. */
  async transcribeAudio(path: string, options: { model?: string; mime?: string } = {}) {
    const { size } = await stat(path);
    const upload = buildMultipartUpload(
      { model: options.model ?? DEFAULT_TRANSCRIPTION_MODEL, response_format: 'json' },
      { field: 'file', path, filename: basename(path), contentType: options.mime ?? 'application/octet-stream', size },
    );
    const call = { method: 'POST' as const, path: `${this.prefix}/audio/transcriptions`, body: upload.open, contentType: upload.contentType, contentLength: upload.contentLength };
    return this.core.json(call, audioTranscriptionSchema);
  }
}

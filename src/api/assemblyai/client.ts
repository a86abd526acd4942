import { Readable } from 'node:stream';
import { stat } from 'node:fs/promises';
import type { HttpCore } from '../../http/core.js';
import { readFileChunks } from '../../http/file-upload.js';
import { chatCompletionSchema, type ChatRequest } from '../chat/chat-completion.js';
import { transcriptSchema, uploadSchema, type TranscriptRequest } from './schemas.js';

/** AssemblyAI's speech API (`/v2`); every method is one call through the shared HTTP core. */
export class AssemblyAiClient {
  constructor(readonly core: HttpCore) {}

  /** Streams the file from disk (re-opened on each retry), so memory stays flat whatever its size. */
  async uploadFile(path: string) {
    const { size } = await stat(path);
    // The content length also buys the upload its time: the core extends the deadline by the file's size.
    return this.core.json({ method: 'POST', path: '/v2/upload', body: () => Readable.from(readFileChunks(path)), contentType: 'application/octet-stream', contentLength: size }, uploadSchema);
  }

  createTranscript(body: TranscriptRequest) {
    return this.core.json({ method: 'POST', path: '/v2/transcript', json: body }, transcriptSchema);
  }

  getTranscript(id: string) {
    return this.core.json({ method: 'GET', path: `/v2/transcript/${encodeURIComponent(id)}` }, transcriptSchema);
  }
}

/** AssemblyAI's LLM Gateway: OpenAI-style chat completions that can pull in a transcript by id. */
export class AssemblyAiGatewayClient {
  constructor(readonly core: HttpCore) {}

  createChatCompletion(body: ChatRequest) {
    return this.core.json({ method: 'POST', path: '/v1/chat/completions', json: body }, chatCompletionSchema);
  }

  /** The answer as server-sent events; read them with readChatStream. */
  streamChatCompletion(body: ChatRequest) {
    return this.core.sse({ method: 'POST', path: '/v1/chat/completions', json: { ...body, stream: true } });
  }
}

export interface AssemblyAiClients {
  api: AssemblyAiClient;
  gateway: AssemblyAiGatewayClient;
}

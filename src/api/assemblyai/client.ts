import { Readable } from 'node:stream';
import { stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError, InterruptedError } from '../../errors.js';
import type { HttpCore } from '../../http/core.js';
import { readFileChunks } from '../../http/file-upload.js';
import { computeBackoffMs } from '../../http/retry-policy.js';
import { chatCompletionSchema, type ChatRequest } from '../chat/chat-completion.js';
import { transcriptSchema, uploadSchema, type TranscriptRequest } from './schemas.js';

/** AssemblyAI's speech API (`/v2`); every method is one call through the shared HTTP core. */
export class AssemblyAiClient {
  constructor(readonly core: HttpCore) {}

  /**
   * Streams the file from disk as raw bytes (re-opened on each retry), so memory stays flat whatever its size. Upload
   * errors come back as 422 and are worth retrying (AssemblyAI's guidance), besides the core's 5xx and resets.
   */
  async uploadFile(path: string) {
    const { size } = await stat(path);
    // The content length also buys the upload its time: the core extends the deadline by the file's size.
    const call = { method: 'POST', path: '/v2/upload', body: () => Readable.from(readFileChunks(path)), contentType: 'application/octet-stream', contentLength: size } as const;
    const retries = this.core.options.maxRetries;
    for (let refused = 0; ; refused++) {
      try {
        const result = await this.core.json(call, uploadSchema);
        return { ...result, attempts: result.attempts + refused };
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 422) || refused >= retries) throw err;
        this.core.options.debug?.(`retry ${refused + 1}/${retries} of the upload after: ${err.message}`);
        const { signal, random } = this.core.options;
        await sleep(computeBackoffMs(refused, random), undefined, signal ? { signal } : undefined).catch((cause: unknown) => {
          throw new InterruptedError('interrupted', { cause });
        });
      }
    }
  }

  createTranscript(body: TranscriptRequest) {
    return this.core.json({ method: 'POST', path: '/v2/transcript', json: body }, transcriptSchema);
  }

  getTranscript(id: string) {
    return this.core.json({ method: 'GET', path: `/v2/transcript/${encodeURIComponent(id)}` }, transcriptSchema);
  }

  /** `soap doctor`: a transcript that cannot exist — 400/404 once the key is accepted, 401 if not; free, sends nothing. */
  checkKey() {
    return this.core.json({ method: 'GET', path: '/v2/transcript/soap-doctor-key-check' }, transcriptSchema);
  }
}

/** AssemblyAI's LLM Gateway: OpenAI-style chat completions. */
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

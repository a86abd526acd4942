import { readChatAnswer, type ChatAnswer, type ChatCompletion, type ChatRequest, type TokenUsage } from '../api/chat/index.js';
import { ApiError } from '../errors.js';
import type { SseResult } from '../http/core.js';
import type { BackendRuntime } from './types.js';

/** The chat endpoint of one model gateway: AssemblyAI's LLM Gateway or an OpenAI-compatible server. */
export interface ChatEndpoint {
  provider: 'assemblyai' | 'openai';
  /** How its messages name it (stream errors, notices). */
  service: string;
  createChatCompletion(body: ChatRequest): Promise<{ data: ChatCompletion; requestId: string | undefined }>;
  streamChatCompletion(body: ChatRequest): Promise<SseResult>;
}

/** What a gateway backend reports besides notes: the --debug trace (ids, finish reasons, token counts) and notices. */
export type GatewayHooks = Pick<BackendRuntime, 'debug' | 'notice'>;

/** Matches a service's refusal of the model itself: "model x is not supported", OpenAI's model_not_found… */
const MODEL_REFUSED = /\bmodel\b[^;\n]*\b(not supported|unsupported|not found|does not exist|not available)\b|\b(invalid|unknown|unsupported) model\b|model_not_found/i;

/** A refused model is said plainly, with what to do about it; anything else passes through unchanged. */
export function explainModelRefusal(err: unknown, model: string, defaultModel: string): unknown {
  if (err instanceof ApiError && (err.status === 400 || err.status === 404) && MODEL_REFUSED.test(`${err.message} ${err.code ?? ''}`)) {
    err.hint = `the service does not offer "${model}": choose another with --model${model === defaultModel ? '' : ` (the default is ${defaultModel})`}`;
  }
  return err;
}

/** One completion, read (first non-empty choice, usage under either naming) and traced without its text. */
export async function askGateway(chat: ChatEndpoint, body: ChatRequest, hooks: GatewayHooks, defaultModel: string): Promise<ChatAnswer> {
  let result;
  try {
    result = await chat.createChatCompletion(body);
  } catch (err) {
    throw explainModelRefusal(err, body.model, defaultModel);
  }
  const answer = readChatAnswer(result.data);
  traceAnswer(chat, hooks, answer.requestId ?? result.requestId, answer.finishReason, answer.usage);
  return answer;
}

/** The --debug line of one answer: ids, finish reason and token counts only, so support can find it (no PHI). */
export function traceAnswer(chat: ChatEndpoint, hooks: GatewayHooks, requestId: string | undefined, finishReason: string | undefined, usage: TokenUsage | undefined): void {
  const tokens = usage ? `, ${usage.input_tokens} tokens in, ${usage.output_tokens} out` : '';
  hooks.debug?.(`${chat.service} answered: request id ${requestId ?? 'none'}, finish_reason ${finishReason ?? 'none'}${tokens}`);
}

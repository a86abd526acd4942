import { chatCompletionSchema, isTruncated, readChatAnswer, readChatStream, type ChatAnswer, type ChatRequest, type ChatStreamOutcome } from '../api/chat/index.js';
import { ApiError, StreamIncompleteError } from '../errors.js';
import type { SseResult } from '../http/core.js';
import { assembleStreamedNote } from '../llm/index.js';
import type { StreamEvent } from '../note/index.js';
import { askGateway, explainModelRefusal, traceAnswer, type ChatEndpoint, type GatewayHooks } from './gateway-chat.js';
import { iterateCallbacks } from './iterate-callbacks.js';

/** A refusal to stream this model: AssemblyAI's gateway streamed OpenAI models only in March 2026 (a 400 naming it). */
function refusesStreaming(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 400 || err.status === 422) && /\bstream(ing)?\b/i.test(err.message);
}

/** A 2xx answer that is not a stream; no Content-Type at all is given the benefit of the doubt. */
function isWholeAnswer(stream: SseResult): boolean {
  return stream.contentType !== '' && !/\btext\/event-stream\b/i.test(stream.contentType);
}

function cutOff(): StreamIncompleteError {
  return new StreamIncompleteError("the model's answer was cut off at the token limit: the note is incomplete", { hint: 'run again with a higher --max-tokens' });
}

/**
 * A whole answer given to a request for a stream. If it is a completion it is the note, already paid for, and is
 * used as it is; anything else means one request without streaming.
 */
async function readWholeAnswer(chat: ChatEndpoint, body: ChatRequest, stream: SseResult, hooks: GatewayHooks, defaultModel: string): Promise<ChatAnswer> {
  let parsed;
  try {
    parsed = chatCompletionSchema.safeParse(JSON.parse(await stream.text()));
  } catch {
    parsed = undefined;
  }
  if (parsed?.success) {
    hooks.notice?.(`${chat.service} answered ${body.model} without streaming: the note is shown whole`);
    const answer = readChatAnswer(parsed.data);
    traceAnswer(chat, hooks, answer.requestId ?? stream.requestId, answer.finishReason, answer.usage);
    return answer;
  }
  hooks.notice?.(`${chat.service} did not answer with a stream: asking for the whole note in one request`);
  return askGateway(chat, body, hooks, defaultModel);
}

/**
 * The answer's text as it arrives: the stream itself, or, when the gateway will not stream this model, the answer of
 * ONE request without streaming (said in one notice). An answer cut at the token limit ends as an incomplete stream.
 */
async function* readGatewayDeltas(chat: ChatEndpoint, body: ChatRequest, hooks: GatewayHooks, defaultModel: string): AsyncGenerator<string> {
  let stream: SseResult | undefined;
  try {
    stream = await chat.streamChatCompletion(body);
  } catch (err) {
    if (!refusesStreaming(err)) throw explainModelRefusal(err, body.model, defaultModel);
    hooks.notice?.(`${chat.service} does not stream ${body.model}: asking for the whole note in one request`);
  }
  if (stream && !isWholeAnswer(stream)) {
    const outcome: ChatStreamOutcome = {};
    yield* readChatStream(stream, chat.service, outcome);
    traceAnswer(chat, hooks, stream.requestId, outcome.finishReason, outcome.usage);
    if (isTruncated(outcome.finishReason)) throw cutOff();
    return;
  }
  const answer = stream ? await readWholeAnswer(chat, body, stream, hooks, defaultModel) : await askGateway(chat, body, hooks, defaultModel);
  yield answer.text;
  if (isTruncated(answer.finishReason)) throw cutOff();
}

/** `soap stream` through a gateway: sections shown as they form, whichever way the answer came. */
export function streamGatewayNote(chat: ChatEndpoint, body: ChatRequest, hooks: GatewayHooks, defaultModel: string): AsyncGenerator<StreamEvent> {
  return iterateCallbacks(async (push) => {
    await assembleStreamedNote(readGatewayDeltas(chat, body, hooks, defaultModel), (event) => {
      if (event.type === 'text') push({ section: event.section, content: event.text });
    });
  });
}

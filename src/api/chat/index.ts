/** The OpenAI-style chat wire format both model gateways speak (AssemblyAI's LLM Gateway, OpenAI-compatible servers). */
export {
  addUsage,
  chatChunkSchema,
  chatCompletionSchema,
  chatStreamErrorSchema,
  isTruncated,
  readChatAnswer,
  readCompletionText,
  readUsage,
  type ChatAnswer,
  type ChatCompletion,
  type ChatRequest,
  type TokenUsage,
} from './chat-completion.js';
export { readChatStream, type ChatStreamOutcome } from './read-chat-stream.js';

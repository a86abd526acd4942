/** The OpenAI-style chat wire format both model gateways speak (AssemblyAI's LLM Gateway, OpenAI-compatible servers). */
export { chatChunkSchema, chatCompletionSchema, chatStreamErrorSchema, readCompletionText, type ChatCompletion, type ChatRequest } from './chat-completion.js';
export { readChatStream } from './read-chat-stream.js';

/** OpenAI-compatible emulator: chat completions (whole and SSE) and audio transcriptions over real HTTP. */
export { OPENAI_TEST_KEY, startOpenAiEmulator, type OpenAiEmulator } from './emulator.js';
export type { AnswerStyle } from './emulated-answer.js';
export type { ChatStreamOptions, RecordedCompletion } from './chat-completions.js';

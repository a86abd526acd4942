/** OpenAI-compatible emulator: chat completions (whole and SSE) and audio transcriptions over real HTTP, in either reading. */
export { OPENAI_TEST_KEY, startOpenAiEmulator, type OpenAiEmulator } from './emulator.js';
export type { AnswerStyle } from './emulated-answer.js';
export type { ChatStreamOptions, RecordedCompletion, StreamingPolicy } from './chat-completions.js';
export type { ChatErrorShape } from './chat-errors.js';
export { READINGS, type Reading } from './reading.js';

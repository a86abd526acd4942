/** One message of an OpenAI-style chat, as the prompts are written; both gateways take this shape. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

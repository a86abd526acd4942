import { randomUUID } from 'node:crypto';

/**
 * The error bodies model gateways answer with (API-delta.md B.4):
 * - `string`: `{"error": "…"}` (AssemblyAI's speech API, and the gateway as the seeds' emulator had it);
 * - `openai`: OpenAI's `{"error": {message, type, param, code}}`;
 * - `nested`: AssemblyAI's gateway in March 2026, `{"error": {"code": 400, "message": "…", "metadata": {}}}`;
 * - `flat`: the gateway from June 2026, `{"code": 400, "message": "…", "request_id": "…", "metadata": {"errors": […]}}`.
 * With `nested` and `flat`, a refused key keeps the older `{"error": "…", "status": "error", "request_id": "…"}`.
 */
export type ChatErrorShape = 'string' | 'openai' | 'nested' | 'flat';

export function formatChatError(shape: ChatErrorShape, status: number, message: string, code?: string): string {
  const requestId = randomUUID();
  if (shape === 'string') return JSON.stringify({ error: message });
  if (shape === 'openai') {
    const type = status >= 500 ? 'server_error' : status === 429 ? 'requests' : 'invalid_request_error';
    return JSON.stringify({ error: { message, type, param: null, code: code ?? (status === 401 ? 'invalid_api_key' : null) } });
  }
  if (status === 401 || status === 403) return JSON.stringify({ error: message, status: 'error', request_id: requestId });
  if (shape === 'nested') return JSON.stringify({ error: { code: status, message, metadata: {} } });
  return JSON.stringify({ code: status, message, request_id: requestId, metadata: { errors: [{ message }] } });
}

import { maxAudioBytes, handleAudioUpload } from './audio-handler.js';
import type { Handler } from './handler-context.js';
import { handleCreateNote, handleGetAudioStatus, handleGetNote, handleListSpecialties } from './note-handlers.js';
import { handleStreamNote } from './stream-handler.js';
import type { Reading } from './types.js';
import { handleVisitSummary } from './visit-summary.js';

interface RouteDefinition {
  method: string;
  pattern: string;
  handler: Handler;
  /** Largest file a multipart upload to this route may carry, in a reading. */
  maxFileBytes?: (reading: Reading) => number;
  /** Answered without a key in the current reading. */
  public?: boolean;
}

// Both methods of /v1/note/audio are routed: the handler answers 405 to the one the reading does not document.
const ROUTES: readonly RouteDefinition[] = [
  { method: 'POST', pattern: '/v1/note', handler: handleCreateNote },
  { method: 'POST', pattern: '/v1/stream/note', handler: handleStreamNote },
  { method: 'POST', pattern: '/v1/note/audio', handler: handleAudioUpload, maxFileBytes: maxAudioBytes },
  { method: 'PUT', pattern: '/v1/note/audio', handler: handleAudioUpload, maxFileBytes: maxAudioBytes },
  { method: 'GET', pattern: '/v1/note/:noteId', handler: handleGetNote },
  { method: 'GET', pattern: '/v1/audio/status/:noteId', handler: handleGetAudioStatus },
  { method: 'POST', pattern: '/v1/visit-summary', handler: handleVisitSummary },
  { method: 'GET', pattern: '/v1/specialties', handler: handleListSpecialties, public: true },
];

export type RouteMatch =
  | { kind: 'handler'; handler: Handler; params: Record<string, string>; maxFileBytes: (reading: Reading) => number; public: boolean }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = got[i] ?? '';
    if (part.startsWith(':')) {
      if (actual === '') return undefined;
      const decoded = decodeSegment(actual);
      if (decoded === undefined) return undefined;
      params[part.slice(1)] = decoded;
    } else if (part !== actual) {
      return undefined;
    }
  }
  return params;
}

/** Literal paths shadow parameter ones, so GET /v1/note/audio is a 405, not a lookup of note "audio". */
export function resolveRoute(method: string, path: string): RouteMatch {
  const candidates = ROUTES.flatMap((route) => {
    const params = matchPattern(route.pattern, path);
    return params ? [{ route, params, literal: !route.pattern.includes(':') }] : [];
  });
  const literal = candidates.filter((c) => c.literal);
  const pool = literal.length > 0 ? literal : candidates;
  const hit = pool.find((c) => c.route.method === method);
  if (hit) {
    return { kind: 'handler', handler: hit.route.handler, params: hit.params, maxFileBytes: hit.route.maxFileBytes ?? (() => Infinity), public: hit.route.public === true };
  }
  if (pool.length > 0) return { kind: 'method-not-allowed', allow: pool.map((c) => c.route.method) };
  return { kind: 'not-found' };
}

import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import type { RecordedFile, RecordedRequest } from './types.js';

/** Bodies up to this size are kept in the recording. */
const KEEP_LIMIT = 1024 * 1024;
/** Non-multipart bodies beyond this are counted but not parsed (the service's gateway limit). */
const PARSE_LIMIT = 10 * 1024 * 1024;

export interface MultipartResult {
  fields: Record<string, string>;
  files: RecordedFile[];
}

export interface ParsedBody {
  contentType: string;
  /** The whole body as text, for non-multipart bodies under the parse limit. */
  text?: string;
  json?: unknown;
  jsonError?: string;
  tooLarge?: boolean;
  multipart?: MultipartResult;
  multipartError?: string;
  /** Set when a file went over maxFileBytes; the rest of the upload was drained without hashing. */
  fileTooLarge?: { field: string; filename: string };
}

export function isJsonContentType(contentType: string): boolean {
  return /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType);
}

export function isMultipartContentType(contentType: string): boolean {
  return /^multipart\/form-data\s*;/i.test(contentType);
}

/** Reads the whole body into the recording (files as size + sha256 only). */
export function consumeBody(req: IncomingMessage, record: RecordedRequest, maxFileBytes: number): Promise<ParsedBody> {
  const contentType = String(req.headers['content-type'] ?? '').trim();
  if (isMultipartContentType(contentType)) return parseMultipart(req, record, contentType, maxFileBytes);
  return readWholeBody(req, record, contentType);
}

async function readWholeBody(req: IncomingMessage, record: RecordedRequest, contentType: string): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    record.bodySize += chunk.length;
    if (record.bodySize <= PARSE_LIMIT) chunks.push(chunk);
    else chunks.length = 0;
  }
  if (record.bodySize > PARSE_LIMIT) return { contentType, tooLarge: true };
  const raw = Buffer.concat(chunks);
  if (raw.length <= KEEP_LIMIT) record.body = raw;
  const parsed: ParsedBody = { contentType, text: raw.toString('utf8') };
  if (isJsonContentType(contentType) && raw.length > 0) {
    try {
      parsed.json = JSON.parse(parsed.text ?? '');
      record.json = parsed.json;
    } catch (err) {
      parsed.jsonError = (err as Error).message;
    }
  }
  return parsed;
}

function parseMultipart(
  req: IncomingMessage,
  record: RecordedRequest,
  contentType: string,
  maxFileBytes: number,
): Promise<ParsedBody> {
  const result: MultipartResult = { fields: {}, files: [] };
  record.multipart = result;
  // Counting stays attached after busboy is unpiped, which also keeps a rejected upload draining.
  req.on('data', (chunk: Buffer) => {
    record.bodySize += chunk.length;
  });
  return new Promise((resolve) => {
    let settled = false;
    let parserClosed = false;
    let openFiles = 0;
    const settle = (extra: Partial<ParsedBody>): void => {
      if (settled) return;
      settled = true;
      resolve({ contentType, multipart: result, ...extra });
    };
    // A rejected upload is still read to its end (unhashed): answering mid-upload makes
    // keep-alive clients reset the connection they then try to reuse.
    const settleAfterDrain = (extra: Partial<ParsedBody>): void => {
      req.unpipe();
      req.resume(); // unpiping pauses the request; without this 'end' never comes
      if (req.readableEnded) settle(extra);
      else req.once('end', () => settle(extra));
    };
    const settleIfDone = (): void => {
      if (parserClosed && openFiles === 0) settle({});
    };
    let parser: busboy.Busboy;
    try {
      // busboy calls a file that reaches its limit truncated, so a file of exactly maxFileBytes needs one more.
      parser = busboy({ headers: req.headers, limits: { fileSize: maxFileBytes + 1, fieldSize: KEEP_LIMIT } });
    } catch (err) {
      settleAfterDrain({ multipartError: (err as Error).message });
      return;
    }
    parser.on('field', (name, value) => {
      result.fields[name] = value;
    });
    parser.on('file', (field, stream, info) => {
      openFiles++;
      const entry: RecordedFile = { field, filename: info.filename ?? '', contentType: info.mimeType, size: 0, sha256: '' };
      result.files.push(entry);
      const hash = createHash('sha256');
      const closeFile = (): void => {
        if (entry.sha256) return;
        entry.sha256 = hash.digest('hex');
        openFiles--;
      };
      stream.on('data', (chunk: Buffer) => {
        entry.size += chunk.length;
        hash.update(chunk);
      });
      stream.on('limit', () => {
        closeFile();
        settleAfterDrain({ fileTooLarge: { field, filename: entry.filename } });
      });
      stream.on('end', () => {
        closeFile();
        settleIfDone();
      });
    });
    parser.on('close', () => {
      parserClosed = true;
      settleIfDone();
    });
    parser.on('error', (err: Error) => {
      settleAfterDrain({ multipartError: err.message });
    });
    req.on('aborted', () => settle({ multipartError: 'client aborted the upload' }));
    req.pipe(parser);
  });
}

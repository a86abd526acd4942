import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How many bytes may be read between two collections while streaming a file. */
const COLLECT_EVERY_BYTES = 4 * 1024 * 1024;

let collect: (() => void) | undefined;

/** V8's collector, reachable without starting node with --expose-gc. */
function loadCollector(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  return collect;
}

/**
 * Streams a file from disk for an upload, keeping memory flat. Every chunk is an off-heap buffer that V8 frees only
 * at its next collection, which heap pressure (not off-heap bytes) schedules: on a fast link a 25 MB upload would
 * otherwise leave tens of MB of spent chunks resident. A collection of this CLI's small heap takes a few ms.
 */
export async function* readFileChunks(path: string): AsyncGenerator<Buffer> {
  const gc = loadCollector();
  let sinceCollect = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    sinceCollect += (chunk as Buffer).length;
    if (sinceCollect >= COLLECT_EVERY_BYTES) {
      sinceCollect = 0;
      gc();
    }
    yield chunk as Buffer;
  }
}

export interface MultipartUpload {
  contentType: string;
  contentLength: number;
  /** A fresh body each call, so a retried request re-reads the file from its start. */
  open: () => Readable;
}

function quoteHeaderValue(value: string): string {
  return value.replace(/["\\\r\n]/g, '_');
}

/** multipart/form-data with text fields and one file streamed from disk, its length known up front. */
export function buildMultipartUpload(fields: Record<string, string>, file: { field: string; path: string; filename: string; contentType: string; size: number }): MultipartUpload {
  const boundary = `----soap${randomBytes(12).toString('hex')}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quoteHeaderValue(name)}"\r\n\r\n${value}\r\n`,
  );
  const head = Buffer.from(
    `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="${quoteHeaderValue(file.field)}"; filename="${quoteHeaderValue(file.filename)}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength: head.length + file.size + tail.length,
    open: () =>
      Readable.from(
        (async function* () {
          yield head;
          yield* readFileChunks(file.path);
          yield tail;
        })(),
      ),
  };
}

import { createHash } from 'node:crypto';

/** The namespace of every UUID this exporter derives; fixed so the same note always gets the same ids. */
const SOAP_NAMESPACE = 'b3e1d6a4-5f0c-4c1e-9a57-2d8f3c6e1b90';

function parseUuid(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function formatUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** An RFC 4122 version-5 (name-based, SHA-1) UUID: the same name always yields the same id. */
export function deriveUuid(name: string, namespace = SOAP_NAMESPACE): string {
  const hash = createHash('sha1').update(parseUuid(namespace)).update(name, 'utf8').digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  return formatUuid(bytes);
}

/** A stable key for a note without an id: a digest of its content, so re-exports still match. */
export function digestContent(parts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

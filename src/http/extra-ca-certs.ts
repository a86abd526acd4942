import { readFileSync } from 'node:fs';

export interface ExtraCaCerts {
  /** NODE_EXTRA_CA_CERTS as set. */
  path: string;
  /** Certificates in the file (PEM blocks); 0 when it cannot be read. */
  certificates: number;
  /** Why Node will have ignored it, when it did. */
  problem?: string;
}

/**
 * The file of extra CA certificates Node trusts besides its own (NODE_EXTRA_CA_CERTS, read once at start-up, where
 * a missing or empty file is only a warning): undefined when it is not set.
 */
export function inspectExtraCaCerts(env: Record<string, string | undefined>): ExtraCaCerts | undefined {
  const path = env.NODE_EXTRA_CA_CERTS;
  if (!path) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { path, certificates: 0, problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}), so Node ignores it` };
  }
  const certificates = text.match(/-----BEGIN CERTIFICATE-----/g)?.length ?? 0;
  return certificates > 0 ? { path, certificates } : { path, certificates, problem: 'holds no PEM certificate, so Node ignores it' };
}

/**
 * Which documents an emulator follows (issue 12): `seeds` is the reading of the seeds and of our first contract
 * (shared/API.md); `current` is what the vendors publish now (shared/API-delta.md, section B). Every command test of
 * the gateways runs against both.
 */
export type Reading = 'seeds' | 'current';

export const READINGS: readonly Reading[] = ['seeds', 'current'];

/** `--reading seeds|current` of the standalone runners. */
export function parseReading(value: string | undefined): Reading {
  if (value === undefined || value === 'seeds' || value === 'current') return value ?? 'seeds';
  throw new Error(`--reading must be "seeds" or "current", not "${value}"`);
}

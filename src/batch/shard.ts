import { UsageError } from '../errors.js';

export interface Shard {
  /** 1-based, as people count CI jobs. */
  index: number;
  count: number;
}

const MAX_SHARDS = 10_000;

/** Parses `--shard i/n`; 1 ≤ i ≤ n ≤ 10000. */
export function parseShard(raw: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new UsageError(`--shard ${raw}: expected i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}`, { hint: 'e.g. --shard 2/4 for the second of four machines' });
  }
  return { index, count };
}

/**
 * Which shard (0-based) a relative path belongs to. A cryptographic hash, not a listing position, so every machine
 * agrees whatever order `find` or the glob gave, and paths spread evenly; sha256 is stable across Node versions.
 */
export function shardOf(relative: string, count: number): number {
  // node:crypto is loaded on first use, not with the module: most runs never get here, and loading it costs start-up time.
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(relative).digest().readUInt32BE(0) % count;
}

/** The items of shard `index` of `count`, in their original order. */
export function selectShard<T extends { relative: string }>(items: T[], shard: Shard): T[] {
  return items.filter((item) => shardOf(item.relative, shard.count) === shard.index - 1);
}

/**
 * ROUGE as Google's rouge_score computes it (the scorer behind Hugging Face `evaluate`, which ACI-Bench uses):
 * lower-case, every non-alphanumeric run is a separator, no stemming; rougeLsum splits on newlines and
 * counts union-LCS hits against each reference sentence, each token consumed at most once.
 */
export interface RougeScore { precision: number; recall: number; f1: number }
export interface RougeScores { rouge1: RougeScore; rouge2: RougeScore; rougeLsum: RougeScore }

export function tokenizeForRouge(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(/\s+/).filter((t) => t !== '');
}

function buildScore(hits: number, predTotal: number, refTotal: number): RougeScore {
  const precision = hits / Math.max(predTotal, 1);
  const recall = hits / Math.max(refTotal, 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function countNgrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scoreRougeN(reference: string, prediction: string, n: number): RougeScore {
  const ref = countNgrams(tokenizeForRouge(reference), n);
  const pred = countNgrams(tokenizeForRouge(prediction), n);
  let hits = 0;
  for (const [gram, c] of pred) hits += Math.min(c, ref.get(gram) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return buildScore(hits, total(pred), total(ref));
}

/** Indices into `ref` of one LCS with `can`, backtracked the way rouge_score does (ties move up in ref). */
function findLcsIndices(ref: string[], can: string[]): number[] {
  const cols = can.length + 1;
  const table = new Int32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      table[i * cols + j] = ref[i - 1] === can[j - 1]
        ? table[(i - 1) * cols + j - 1]! + 1
        : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[i * cols + j - 1]! > table[(i - 1) * cols + j]!) j--;
    else i--;
  }
  return out.reverse();
}

function splitSummarySentences(text: string): string[][] {
  return text.split('\n').filter((s) => s.length > 0).map(tokenizeForRouge);
}

export function scoreRougeLsum(reference: string, prediction: string): RougeScore {
  const refSents = splitSummarySentences(reference);
  const canSents = splitSummarySentences(prediction);
  const m = refSents.reduce((a, s) => a + s.length, 0);
  const n = canSents.reduce((a, s) => a + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f1: 0 };
  const refLeft = new Map<string, number>();
  const canLeft = new Map<string, number>();
  for (const s of refSents) for (const t of s) refLeft.set(t, (refLeft.get(t) ?? 0) + 1);
  for (const s of canSents) for (const t of s) canLeft.set(t, (canLeft.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of refSents) {
    const union = new Set<number>();
    for (const can of canSents) for (const idx of findLcsIndices(ref, can)) union.add(idx);
    for (const idx of [...union].sort((a, b) => a - b)) {
      const tok = ref[idx]!;
      if ((canLeft.get(tok) ?? 0) > 0 && (refLeft.get(tok) ?? 0) > 0) {
        hits++;
        canLeft.set(tok, canLeft.get(tok)! - 1);
        refLeft.set(tok, refLeft.get(tok)! - 1);
      }
    }
  }
  return buildScore(hits, n, m);
}

export function scoreRouge(reference: string, prediction: string): RougeScores {
  return {
    rouge1: scoreRougeN(reference, prediction, 1),
    rouge2: scoreRougeN(reference, prediction, 2),
    rougeLsum: scoreRougeLsum(reference, prediction),
  };
}

/**
 * Numbered questions answered point by point: a portal or e-mail writer asks "1. How bad is the pain…? 2. Any
 * numbness?" and the other answers "1) About a 6 2) no". Each question is put before its answer, as a conversation
 * would have it, whatever layout (e-mail thread, secure-message export) carried the messages.
 */

interface Said { label: string; text: string }

const NUMBERED = /^\(?(\d{1,2})[.)]\s+\S/;

/** The runs of two or more numbered lines ("1. …", "2) …") one writer wrote one after another. */
function numberedRuns<T extends Said>(out: readonly T[]): { from: number; to: number; numbers: string[] }[] {
  const runs: { from: number; to: number; numbers: string[] }[] = [];
  for (let i = 0; i < out.length; i++) {
    let j = i;
    while (j < out.length && out[j]!.label === out[i]!.label && NUMBERED.test(out[j]!.text)) j++;
    if (j - i >= 2) runs.push({ from: i, to: j, numbers: out.slice(i, j).map((u) => NUMBERED.exec(u.text)![1]!) });
    i = Math.max(i, j - 1);
  }
  return runs;
}

/**
 * A portal message of numbered questions ("1. How bad is the pain…?") answered point by point in a later message by
 * another writer ("1. About a 6 out of 10…"): each question is put before its answer, as a conversation would have it.
 */
export function pairNumberedAnswers<T extends Said>(out: T[]): T[] {
  const runs = numberedRuns(out);
  for (let a = runs.length - 1; a > 0; a--) {
    const answers = runs[a]!;
    const asked = runs.slice(0, a).reverse().find((q) => out[q.from]!.label !== out[answers.from]!.label);
    if (!asked || !answers.numbers.every((n) => asked.numbers.includes(n))) continue;
    if (out.slice(asked.from, asked.to).filter((u) => /\?\s*$/.test(u.text)).length * 2 < asked.to - asked.from) continue;
    const question = new Map(out.slice(asked.from, asked.to).map((u) => [NUMBERED.exec(u.text)![1]!, u]));
    // The number goes: "1. About a 6" would answer "1" to "How bad is the pain, from 0 to 10?".
    const bare = (u: T): T => ({ ...u, text: u.text.replace(/^\(?\d{1,2}[.)]\s+/, '') });
    const paired = out.slice(answers.from, answers.to).flatMap((u) => [bare(question.get(NUMBERED.exec(u.text)![1]!)!), bare(u)]);
    const unanswered = out.slice(asked.from, asked.to).filter((u) => !answers.numbers.includes(NUMBERED.exec(u.text)![1]!));
    return [...out.slice(0, asked.from), ...unanswered, ...out.slice(asked.to, answers.from), ...paired, ...out.slice(answers.to)];
  }
  return out;
}


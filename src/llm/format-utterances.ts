export interface Utterance {
  speaker: string;
  text: string;
}

/**
 * `Speaker A: …` lines, one per turn. Consecutive utterances of one speaker are merged: the service splits long
 * turns at pauses, which says nothing about who spoke.
 */
export function formatUtterances(utterances: readonly Utterance[]): string {
  const turns: Utterance[] = [];
  for (const u of utterances) {
    const text = u.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const last = turns.at(-1);
    if (last && last.speaker === u.speaker) last.text += ` ${text}`;
    else turns.push({ speaker: u.speaker, text });
  }
  return turns.map((t) => `Speaker ${t.speaker}: ${t.text}`).join('\n');
}

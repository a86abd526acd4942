/** The two transcript-only baselines of the ACI-Bench paper, recomputed locally for a like-for-like comparison. */

/** Doctor turns with their tag removed; untagged continuation lines belong to the turn above. */
export function collectDoctorTurns(dialogue: string): string[] {
  const turns: { doctor: boolean; text: string }[] = [];
  for (const line of dialogue.split('\n')) {
    const m = /^\[(\w+)\]\s?(.*)$/.exec(line);
    if (m) turns.push({ doctor: m[1] === 'doctor', text: m[2] ?? '' });
    else if (turns.length > 0) turns[turns.length - 1]!.text += `\n${line}`;
  }
  return turns.filter((t) => t.doctor).map((t) => t.text);
}

export function buildWholeTranscriptBaseline(dialogue: string): string {
  return dialogue;
}

export function buildDoctorTurnsBaseline(dialogue: string): string {
  const turns = collectDoctorTurns(dialogue);
  const picked = turns.length <= 12 ? turns : [...turns.slice(0, 2), ...turns.slice(-10)];
  return picked.join('\n\n');
}

/**
 * A clinician who explains a term as they say it puts the explanation between the term and its finding: "your affect,
 * the way your face and voice go along with things, is constricted"; "the sclera, the whites of the eyes, look a bit
 * yellow"; "your reflexes, which is how the nerves answer the hammer, are brisk". The finding is the term and what it
 * is; the gloss is for the patient. The sentence is kept without it ("your affect is constricted"), which leaves the
 * finding whole and claims nothing new.
 */
const GLOSSED = /^(.*?\b(?:your|his|her|their|the|its) [a-z-]+(?: [a-z-]+){0,2}), ((?:the way|the bit|the part|the bits|the parts|the amount|how (?:much|well|far|fast)|which is|which are|that is|that's|meaning|in other words|basically|i\.e\.|the [a-z-]+ (?:of|in|on|at|around|behind|under)) [^,.;:!?\d]{3,90}), (is|are|was|were|looks?|looked|seems?|seemed|feels?|felt|sounds?|sounded|moves?|came back|comes back)\b/i;

/** The sentence without a gloss said between a term and its finding, or unchanged. */
export function dropLayGloss(text: string): string {
  const m = GLOSSED.exec(text);
  if (!m || m[2]!.split(/\s+/).length > 16) return text;
  return `${m[1]} ${m[3]}${text.slice(m[0].length)}`;
}

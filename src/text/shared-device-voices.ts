/**
 * A chat typed on one account by two people: a husband takes the patient's laptop ("this is Tom (husband) typing - she
 * hardly eats"), and signs his later messages ("Tom again - …", "Tom: …"). Those messages are his, not the account
 * holder's: they are given a label of their own, the relation he named kept in it ("Tom (husband)"), so the role
 * lexicon reads him as a companion and what he says of "she" is not the patient speaking of someone else.
 * Only a name that has said it is typing (or "here") counts, so a message that opens on a name the sender speaks to
 * or of ("Tom says hi", "Mum: she's fine") stays the sender's.
 */
import type { ChatUtterance } from './chat-exports.js';

const NAME = String.raw`([A-Z][a-z'’-]{1,20})`;
const RELATION = String.raw`(?:\s*\(([a-z][a-z -]{1,20})\)|,\s*(?:her|his|their|the)\s+([a-z][a-z -]{1,20}?),?)?`;
/** "this is Tom (husband) typing - …", "it's Tom, her husband, here: …", "Tom (son) here - …". */
const SIGNED_IN = new RegExp(String.raw`^(?:hi,?\s+|hello,?\s+)?(?:(?:this is|it's|its|it is)\s+${NAME}${RELATION}\s+(?:typing|here|writing|on (?:her|his|their|this) (?:phone|laptop|account|tablet|computer))|${NAME}\s*\(([a-z][a-z -]{1,20})\)\s+here)\b[\s,.:;!–—-]*`, 'i');
/** "Tom again - …", "Tom: …", "Tom here - …" from a name that has signed in before. */
const SIGNED_AGAIN = new RegExp(String.raw`^${NAME}(?:\s+(?:again|here))?\s*[:–—-]\s*`);

/** The messages with those a second person signed on a shared account given to that person. */
export function labelSharedDeviceVoices(messages: ChatUtterance[]): ChatUtterance[] {
  const voices = new Map<string, string>();
  let changed = false;
  let current: string | undefined;
  const out = messages.map((m) => {
    if (!m.opensMessage) return current ? { ...m, label: current } : m;
    current = undefined;
    const own = m.label.split(/\s+/)[0]!.toLowerCase();
    const signed = SIGNED_IN.exec(m.text);
    const name = signed ? (signed[1] ?? signed[4])! : undefined;
    // ("this is fine here" names no one: a lower-case word counts only before "typing".)
    if (signed && name && name.toLowerCase() !== own && (/^[A-Z]/.test(name) || /\b(?:typing|writing)\b/i.test(signed[0]))) {
      const relation = (signed[2] ?? signed[3] ?? signed[5])?.trim();
      if (!voices.has(name.toLowerCase())) voices.set(name.toLowerCase(), relation ? `${name} (${relation})` : name);
      current = voices.get(name.toLowerCase())!;
      changed = true;
      return { ...m, label: current, text: m.text.slice(signed[0].length).trim() || m.text };
    }
    const again = SIGNED_AGAIN.exec(m.text);
    if (again && voices.has(again[1]!.toLowerCase())) {
      current = voices.get(again[1]!.toLowerCase())!;
      return { ...m, label: current, text: m.text.slice(again[0].length).trim() || m.text };
    }
    return m;
  });
  return changed ? out : messages;
}

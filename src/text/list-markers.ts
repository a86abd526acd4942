/**
 * Numbered items typed on a phone or pasted from a document use markers the readers do not know as numbers: keycap
 * emoji ("1️⃣ Bedtime blend…"), circled digits ("① Ice the knee…", "❷ …", "➀ …"). Each is written as the plain "1."
 * the readers take for an item's number, so a list inside one message reads as its items; and a line that opens on
 * an item's number (or a bullet) never runs on from the line before, even when that line has no closing stop.
 */

/** A digit, its optional variation selector, then the combining keycap; "🔟" is ten. */
const KEYCAP = /([0-9])\uFE0F?\u20E3|\u{1F51F}/gu;
/** ①–⑳, ❶–❿, ➀–➉, ➊–➓: circled and negative circled numbers. */
const CIRCLED = /[\u2460-\u2473\u2776-\u277f\u2780-\u2789\u278a-\u2793]/g;

function circledValue(mark: string): number {
  const c = mark.codePointAt(0)!;
  if (c <= 0x2473) return c - 0x2460 + 1;
  if (c <= 0x277f) return c - 0x2776 + 1;
  if (c <= 0x2789) return c - 0x2780 + 1;
  return c - 0x278a + 1;
}

/** The text with every keycap or circled number written as "N." (other texts are returned unchanged). */
export function writePlainItemNumbers(text: string): string {
  if (!/[\u20e3\u2460-\u2473\u2776-\u2793]|\u{1F51F}/u.test(text)) return text;
  return text
    .replace(KEYCAP, (whole, digit: string | undefined) => `${digit ?? '10'}.`)
    .replace(CIRCLED, (mark) => `${circledValue(mark)}.`)
    .replace(/(\d{1,2}\.)(?=\S)/g, '$1 ');
}

/** "2. Roll it on…", "3) …", "(4) …", "• …", "- …": a line that opens a new item of a list. */
const ITEM_START = /^\s*(?:\(?\d{1,2}[.)]\s|[•▪◦●‣∙·*-]\s)/;

export function opensListItem(line: string): boolean {
  return ITEM_START.test(line);
}

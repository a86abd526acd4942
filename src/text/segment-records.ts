/**
 * Segment-record messages: HL7 v2 (`MSH|^~\&|…`, then `PID|…`, `OBX|…` segments) and its kin, a record per line (or
 * per carriage return) opening with a short upper-case segment code, fields apart by one delimiter (`|`), components
 * by another (`^`). A transcript sent this way (an MDM message, a result's notes) holds each utterance in one text
 * field, often with the speaker before it as components (`PHARMACIST^Jo Kerr: Any dizziness?`), and a measurement
 * in a numeric one (`OBX|3|NM|8867-4^Heart rate^LN||72|/min`).
 * The words are written as transcript lines (`Pharmacist Jo Kerr: Any dizziness?`, `Heart rate: 72 /min`). Header,
 * patient, visit, next-of-kin and document-header segments are dropped whole: identifiers never reach the note.
 * Other texts come back undefined.
 */

/** A segment's code and the field delimiter after it: `OBX|`, `NTE|`, `ZTX|`. */
const SEGMENT = /^([A-Z][A-Z0-9]{2})([|¦])/;
/** Segments that identify the message, the patient, a relative, the visit, an order or the document, not the talk. */
const IDENTIFYING = /^(?:MSH|BHS|FHS|BTS|FTS|EVN|PID|PD1|PV1|PV2|NK1|MRG|GT1|IN[123]|ACC|TXA|ORC|OBR|SPM|SFT|UAC|MSA|ERR|QRD|QRF|DG1|PR1|ROL|AL1|IAM)$/;
/** Value types of a field holding a number: the observation is written as `name: value unit`. */
const NUMERIC = /^(?:NM|SN)$/;
/** Value types of a field holding text: string, text, formatted text. */
const TEXT_TYPES = /^(?:ST|TX|FT)$/;
const SPEAKER_OPENING = /^[\p{L}][\p{L}\d .'’()-]{0,40}:\s+\S/u;
const MIN_RECORDS = 3;
const MIN_SHARE = 0.6;

/** HL7 escapes in text: `\F\` a field delimiter, `\S\` a component one, `\T\`, `\R\`, `\E\`, `\.br\` a line break. */
function unescapeText(text: string): string {
  return text.replace(/\\F\\/g, '|').replace(/\\S\\/g, '^').replace(/\\T\\/g, '&').replace(/\\R\\/g, '~').replace(/\\\.br\\/g, ' ')
    .replace(/\\X0D\\|\\X0A\\/g, ' ').replace(/\\E\\/g, '\\').replace(/\s+/g, ' ').trim();
}

/** A value of words a person said or wrote: three words or more, most of them of letters. */
function isWords(value: string): boolean {
  const words = value.split(/\s+/).filter((w) => w !== '');
  return words.length >= 3 && words.filter((w) => /^[\p{L}"'(][\p{L}'’.,?!:;)"-]*$/u.test(w)).length >= words.length * 0.5;
}

/** A speaker given as components before the words (`PHARMACIST^Jo Kerr: …`) as one label (`Pharmacist Jo Kerr: …`). */
function writeUtterance(components: readonly string[]): string {
  const words = components.at(-1)!;
  const hints = components.slice(0, -1).filter((c) => /^\p{L}[\p{L} .'’-]{0,30}$/u.test(c));
  const role = hints.map((h) => (h === h.toUpperCase() ? h.charAt(0) + h.slice(1).toLowerCase() : h)).join(' ');
  const named = /^([\p{L}][\p{L} .'’()-]{0,40}):\s+(\S.*)$/u.exec(words);
  if (role === '') return words;
  if (!named) return `${role}: ${words}`;
  // `DOCTOR^Doctor: …` names the role twice.
  return named[1]!.toLowerCase().startsWith(role.toLowerCase()) ? words : `${role} ${named[1]}: ${named[2]}`;
}

/** The line a segment is written as, or undefined when it holds no words. */
function writeSegment(fields: readonly string[], component: string): string | undefined {
  if (IDENTIFYING.test(fields[0]!)) return undefined;
  const split = (f: string) => f.split(component).map(unescapeText);
  // An observation of a number: its name (the code's text component), the value and the unit.
  if (fields[0] === 'OBX' && NUMERIC.test(fields[2] ?? '')) {
    const name = split(fields[3] ?? '').find((c) => /\p{L}{3}/u.test(c) && /\s|^[\p{L}]+$/u.test(c));
    const value = fields[5]?.replace(new RegExp(`\\${component}`, 'g'), ' ').trim();
    return name && value ? `${name}: ${value}${fields[6] ? ` ${split(fields[6])[0]}` : ''}` : undefined;
  }
  // Else the field with the most words of talk (the sentence, not a code's description). A text observation or a note
  // holds an utterance however short ("Yes."), as does any field that opens with a speaker (`Name: …`).
  const textual = (fields[0] === 'OBX' && TEXT_TYPES.test(fields[2] ?? '')) || fields[0] === 'NTE';
  let best: string[] | undefined;
  for (const [k, f] of fields.entries()) {
    // (An observation's third field is its code and the code's name, never its value.)
    if (k === 0 || (fields[0] === 'OBX' && k === 3)) continue;
    const components = split(f);
    const words = components.at(-1) ?? '';
    const said = isWords(words) || ((textual || SPEAKER_OPENING.test(words)) && /\p{L}{2}|^\p{L}\.?$/u.test(words));
    if (said && words.length > (best?.at(-1)?.length ?? 0)) best = components;
  }
  return best ? writeUtterance(best) : undefined;
}

/** The words of a segment-record message as transcript lines, or undefined for other texts. */
export function readSegmentRecords(text: string): string | undefined {
  const records = text.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l !== '');
  const segments = records.filter((r) => SEGMENT.test(r));
  if (segments.length < MIN_RECORDS || segments.length < records.length * MIN_SHARE) return undefined;
  const delimiter = SEGMENT.exec(segments[0]!)![2]!;
  // The header names the component delimiter as the first of its encoding characters (`MSH|^~\&`).
  const header = segments.find((s) => s.startsWith(`MSH${delimiter}`));
  const component = header?.charAt(4) && header.charAt(4) !== delimiter ? header.charAt(4) : '^';
  const lines = segments.flatMap((s) => writeSegment(s.split(delimiter), component) ?? []);
  return lines.length >= MIN_RECORDS ? lines.join('\n') : undefined;
}

/**
 * Finds the speaker label at the start of a transcript line, whatever the convention: `Doctor:`, `[doctor]`,
 * `**Dr. Lee:**`, `Speaker A:`, `SPEAKER_00:`, `[00:01:12] Nurse:`, `Mom (00:03):`, `<v Vet>`, a name, or an
 * Otter-style label line (`Emma  0:06`) with the words on the lines below. Also the role lexicon that maps a label
 * to clinician / patient / other when its wording says so.
 */
import type { Role } from './turns.js';
import { caseless } from './caseless-pattern.js';
import { letters } from './letter-pattern.js';

export type LabelKind = 'tag' | 'named' | 'diarised' | 'none';

export interface LabelledLine {
  label: string | undefined;
  kind: LabelKind;
  text: string;
  line: number;
  raw: string;
  /** A label line of its own with a timestamp (Otter-style export): the layout itself says it is a speaker. */
  standalone?: boolean;
  /** A prose write-up's narration between quoted speech (quoted-dialogue.ts): an account of the visit, as dictation. */
  narration?: boolean;
  /** A script's action line among the cues (screenplay-cues.ts): narration of what was seen. */
  scene?: boolean;
}

// A contact centre's "Agent", a 111 "Health Advisor" or "Call Handler" answers for the service, as its clinicians do.
const CLINICIAN_WORDS = new Set(`doctor doc dr physician clinician provider nurse rn lpn np pa md resident attending intern fellow
surgeon specialist gp consultant therapist psychotherapist counselor counsellor psychologist psychiatrist dentist hygienist
orthodontist pharmacist pharmd dietitian dietician nutritionist rd vet veterinarian dvm chiropractor chiro physio
physiotherapist ot slp audiologist optometrist ophthalmologist podiatrist midwife paramedic medic emt ems trainer
acupuncturist lmt masseuse masseur worker coordinator coach interviewer examiner triage clinic assistant ma practitioner
pediatrician cardiologist dermatologist hospitalist aide technician tech sonographer radiographer sw msw lcsw lmsw
lpc lmft mft psyd cna lvn pta dpt cota otr atc rdh dds dmd cnm fnp aprn crnp rph caseworker geneticist registrar
sho reg spr fy1 fy2 houseman matron anaesthetist anesthetist slt salt optom hca anp acp enp hv tvn orthoptist osteopath
agent advisor adviser handler base`.split(/\s+/));
const PATIENT_WORDS = new Set(['patient', 'pt', 'client', 'athlete', 'player', 'member', 'participant', 'child', 'kid', 'boy', 'girl', 'baby']);
const OTHER_WORDS = new Set(`mother mom mum mommy mama father dad daddy papa parent parents guardian caregiver carer wife husband
spouse partner son daughter brother sister grandmother grandma granny grandfather grandpa aunt uncle family relative friend
interpreter interp int translator owner guest companion visitor neighbor neighbour roommate bystander witness caller customer patient_guest
fiance fiancee girlfriend boyfriend`.split(/\s+/));

/** Words that head a section or a field of dictation, never a speaker ("Plan:", "BP:", "Allergies:", a ward round's "Obs:", "Imp:", "O/E:"). */
const HEADING_WORDS = new Set(`subjective objective assessment plan s o a hpi cc chief complaint history present illness ros
review systems pe exam examination physical vitals vital signs bp hr rr temp temperature pulse weight height bmi labs lab
results impression impressions diagnosis diagnoses medications medication meds allergies allergy pmh psh fh sh social
family past medical surgical note notes date time re subject title follow up followup disposition procedure procedures
findings recommendations recommendation treatment problem problems summary reason visit course mse mental status
dictation signed addendum instructions goals interventions response education attendees duration location onset
severity quality hospital ed er a/p ap icd cpt code codes spo2 o2 sat sats glucose imaging x-ray xray mri ct ekg ecg
signalment owner's client's patient's order orders referral referrals mdm imp imps obs observations bloods ix mx jobs hpc hx dh
pmhx ddx management investigations e`.split(/\s+/));

const LETTER_ROLES: Readonly<Record<string, Role>> = { d: 'clinician', n: 'clinician', p: 'patient', c: 'patient', q: 'clinician', a: 'patient' };
/** Second words that make "Patient states:" a sentence rather than a label. */
const SENTENCE_VERBS = caseless(/\b(states?|stated|reports?|reported|says|said|denies|denied|notes?|noted|complains?|presents?|was|is|has|had|will|would|feels?|describes?|endorses?)\b/);

// "0:06", "[00:01:12]", "(00:03)", and chat exports' "9:02 AM" or "3/14 9:02 AM" (Teams, Zoom chat, portals).
const TIMESTAMP = String.raw`[\[(]?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s*[AaPp]\.?[Mm]\.?)?[\])]?`;
// Whisper's and WhisperX's printed segments open on the segment's range: "[00:00:01.000 --> 00:00:05.000] SPEAKER_00: …"
// (words must follow it, so a subtitle's cue line stays whole for the subtitle reader).
const SEGMENT_RANGE = String.raw`[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*(?:-->|[-–—])\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s*(?=\S)`;
const LEADING_TIME = new RegExp(`^\\s*(?:${SEGMENT_RANGE}|${TIMESTAMP}\\s*[-–—|]?\\s*)`);
const BRACKET_TAG = caseless(/^\s*\[([a-z_ -]{1,30})\]\s*(?::\s*)?/);
const VTT_VOICE = caseless(/^\s*<v(?:\.[\w.-]+)?\s+([^>]{1,40})>\s*/);
// "Rosa Diaz, NP:" (Zoom and other meeting tools write a credential after the name) is one label.
const COLON_LABEL = letters(
  String.raw`^(?:\*\*|__)?\s*(\p{L}[\p{L}0-9 .'’_-]{0,40}?(?:,\s*(?!OK\b)[A-Z]{2,5}(?:-[A-Z]{1,2})?)?)\s*(?:\(([^)]{0,40})\))?\s*(?:${TIMESTAMP})?\s*(?:\*\*|__)?\s*(?::(?!\d)|(?<=\S)\s+[—–]\s+|\s+-\s+(?=[A-Z"]))\s*(?:\*\*|__)?\s*`,
);
/** Zoom's saved transcript: `[Jess Tran, RD] 10:02:11` on its own line, the words on the lines below. */
const BRACKETED_NAME_LINE = letters(String.raw`^\s*\[(\p{L}[\p{L}0-9 .,'’_()-]{0,40}?)\]\s*${TIMESTAMP}\s*$`);
// Teams' copied transcript writes the name surname first, with the role or organisation after it:
// `Hughes, Laura (Physiotherapist)   0:04`.
const MEETING_TAG = /\s*\((?:guest|external|unverified|visitor|she\/her|he\/him|they\/them)\)/i;
// "Son (speakerphone):", "Mum (on phone)", "Daughter (via video link)", "Dad (joining remotely)": how a person joined
// the visit, not who they are; the same person is later written "Son:", so the note is no part of the label.
const CHANNEL_NOTE = caseless(
  /\s*\((?:(?:on|via|by|over|using|through|joining|joined|calling|called|dialled|dialed|dialling|dialing)(?:\s+(?:in|from|on|via|by))?\s+)?(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:speaker\s?-?phone|tele?phone|phone|mobile|cell(?:\s?phone)?|video|zoom|teams|skype|facetime|whatsapp|webcam|intercom|audio|remote(?:ly)?|virtual(?:ly)?|online|dial[- ]?in|in)(?:\s+(?:call|link|line|only|chat))?\)\s*$/,
);
// An ambient scribe's transcript tab may set a dot or bar between them: `Speaker 1 · 00:02`, `00:02 | Dr Lee`.
const NAME_TIME_GAP = String.raw`(?:\s+[·•|]\s*|\s+)`;
const OTTER_LINE = letters(String.raw`^\s*(\p{L}[\p{L}0-9 .'’_-]{0,40}?(?:,\s*\p{L}[\p{L}0-9 .'’_-]{0,30}?)?(?:\s*\([^()]{1,40}\))?)${NAME_TIME_GAP}${TIMESTAMP}\s*$`);
/**
 * A meeting tool names an attendee it has no display name for by what it has: a caller's number on Teams Phone or a
 * dial-in (`+44 7700 900418   0:03`), an outside attendee's e-mail address (`edward.lyle@gmail.com   0:03`).
 */
const ADDRESS_LINE = new RegExp(String.raw`^\s*(\+?\d[\d ()-]{5,18}\d|[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3})(?:\s*\([^()]{1,40}\))?${NAME_TIME_GAP}${TIMESTAMP}\s*$`, 'u');
/** The same with the words after the time on the label's own line: `Speaker 1 · 00:02  Morning, come on in.` */
const DOT_TIMED_LABEL = letters(String.raw`^\s*(\p{L}[\p{L}0-9 .'’_-]{0,40}?)\s+[·•|]\s*${TIMESTAMP}\s+(\S.*)$`);
const TIMED_NAME_LINE = letters(String.raw`^\s*${TIMESTAMP}${NAME_TIME_GAP}(\p{L}[\p{L}0-9 .'’_-]{0,40}?)\s*$`);
const CAPITALISED = letters(String.raw`^\p{Lu}`);
const MERIDIAN = /^[AaPp]\.?[Mm]\.?$/;
const CAPITALISED_NAME = letters(String.raw`^\p{Lu}[\p{L}\d_.'’-]*(?: [\p{Lu}0-9][\p{L}\d_.'’-]*){0,2}$`);
const TITLE_CASE_NAME = letters(String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$`);
// Azure's conversation transcription names the voices it cannot tell apart "Guest-1", "Guest-2": ids, not companions.
const DIARISED = caseless(/^(?:speaker|spk|person|voice|participant|unknown)[ _-]?[a-z0-9]{1,3}$|^s[0-9]{1,2}$|^speaker$|^guest[ _-]?[0-9]{1,2}$/);
const HONORIFIC = caseless(/^(dr|doctor|nurse|mr|mrs|ms|miss|mx|prof|professor|sister|brother|father|coach|officer)\.?\s+\S/);

function words(label: string): string[] {
  return label.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{Ll}]+/u).filter((w) => w !== '');
}

/** Words that make a parenthesis after a name an organisation, not a role: "(Hillside Family Practice)", "(Patient Services)". */
const ORGANISATION = caseless(/\b(?:practice|surgery|clinic|hospital|medicine|medical|services?|trust|partnership|team|centre|center|vets|health|healthcare|nhs|ltd|inc|llc|plc|university|council|group|department|dept|foundation|associates|care|pharmacy|network|federation|board|ccg|icb)\b/);

/** The role a label's own wording gives, or undefined for a name or a diarised id that content must decide. */
export function roleFromLabel(given: string): Role | undefined {
  // Teams and other meeting tools show an attendee's organisation after the name: it says where they work, not who
  // they are in the visit ("Kemi Balogun (Hillside Family Practice)" is no relative), unless it names a clinician's
  // post ("(Practice Nurse)", "(Health Visitor)").
  const organisation = (inner: string) => ORGANISATION.test(inner) && /\s/.test(inner.trim()) && roleFromLabel(inner) !== 'clinician';
  const label = given.includes('(') ? given.replace(/\(([^()]*)\)/g, (m, inner: string) => (organisation(inner) ? ' ' : m)) : given;
  const w = words(label);
  if (w.length === 0) return undefined;
  if (w.length === 1 && w[0]!.length === 1) return LETTER_ROLES[w[0]!];
  // "Coach Dana:": a team's coach called by title and name, as players do, is whoever the talk shows (a companion at a
  // sports injury, or the one leading a session); "Coach:" and "Health Coach:" stay the clinician of a coaching visit.
  if (w.length === 2 && w[0] === 'coach' && !CLINICIAN_WORDS.has(w[1]!)) return undefined;
  if (/^(dr|doctor|nurse|prof|professor)$/.test(w[0]!) || w.some((x) => CLINICIAN_WORDS.has(x) && x !== 'worker' && x !== 'assistant' && x !== 'tech' && x !== 'aide')) {
    return 'clinician';
  }
  // "Urologist", "Neurologist", "Paediatrician", "Physiotherapist": a profession's own ending names a clinician.
  if (w.some((x) => x.length > 6 && (x.endsWith('ologist') || x.endsWith('iatrist') || x.endsWith('ician') || x.endsWith('therapist')))) return 'clinician';
  if (w.includes('worker') || w.includes('assistant') || w.includes('tech') || w.includes('aide')) return 'clinician';
  // Azure's numbered "Guest-1" is a voice it could not name, whose role what it says decides.
  if (/^guest[ _-]?\d{1,2}$/i.test(label.trim())) return undefined;
  // "Bilal (patient's father)", "client's daughter": a relative named by whose relative they are.
  if (/\b(?:patient|client|child)['’]s\s+\p{L}+/iu.test(label) && w.some((x) => OTHER_WORDS.has(x))) return 'other';
  // "patient_guest", "Guest_family": a companion, even beside the word patient.
  if (w.includes('guest') || (w.some((x) => OTHER_WORDS.has(x)) && !w.includes('patient'))) return 'other';
  if (w.some((x) => PATIENT_WORDS.has(x))) return 'patient';
  return undefined;
}

export function isDiarisedId(label: string): boolean {
  return DIARISED.test(label.trim().replace(/\s+/g, ' '));
}

function looksLikeHeading(label: string): boolean {
  const w = words(label);
  return w.length === 0 || w.every((x) => HEADING_WORDS.has(x) || /^\d+$/.test(x));
}

/** A label-shaped prefix worth considering: short, not a dictation heading, not a sentence. */
function isCandidate(label: string): boolean {
  const w = label.trim().split(/\s+/);
  // A single letter ("A:") may head a section or name a speaker; confirmLabels decides from the letters used together.
  // "S1:" is a transcription service's first speaker, not the S of a SOAP heading.
  if (w.length > 4 || label.length > 40 || (looksLikeHeading(label) && !/^[a-z]$/i.test(label.trim()) && !isDiarisedId(label)) || SENTENCE_VERBS.test(label)) return false;
  if (w.length > 1 && !HONORIFIC.test(label) && !CAPITALISED.test(label) && !roleFromLabel(label) && !isDiarisedId(label)) return false;
  return !/\b(is|are|was|the|and|of|with|for|to)\b/i.test(label) || roleFromLabel(label) !== undefined;
}

/** Splits one raw line into its label (if any) and its words. */
export function splitLabel(raw: string, line: number): LabelledLine {
  const zoom = BRACKETED_NAME_LINE.exec(raw);
  if (zoom && isCandidate(zoom[1]!.replace(/,/g, ' '))) {
    const label = zoom[1]!.trim();
    return { label, kind: isDiarisedId(label) ? 'diarised' : 'named', text: '', line, raw, standalone: true };
  }
  const noTime = raw.replace(LEADING_TIME, '');
  const tag = BRACKET_TAG.exec(noTime);
  if (tag && !looksLikeHeading(tag[1]!)) return { label: tag[1]!.trim(), kind: 'tag', text: noTime.slice(tag[0].length).trim(), line, raw };
  const vtt = VTT_VOICE.exec(noTime);
  if (vtt) {
    // "<v Lyle, Edward (Guest)>": Teams' mark of an outside attendee says nothing of who they are in the visit.
    const label = vtt[1]!.replace(MEETING_TAG, '').trim() || vtt[1]!.trim();
    return { label, kind: isDiarisedId(label) ? 'diarised' : 'named', text: noTime.slice(vtt[0].length).replace(/<\/v>\s*$/i, '').trim(), line, raw };
  }
  const dotted = DOT_TIMED_LABEL.exec(raw);
  if (dotted && isCandidate(dotted[1]!)) {
    const label = dotted[1]!.trim();
    return { label, kind: isDiarisedId(label) ? 'diarised' : 'named', text: dotted[2]!.trim(), line, raw };
  }
  const colon = COLON_LABEL.exec(noTime);
  if (colon && isCandidate(colon[1]!)) {
    // "Leila (interpreter):", "Jo (CAMHS nurse):": the role in parentheses stays with the name; a time or a meeting's
    // "(Guest)" does not.
    const role = colon[2]?.trim();
    const label = role && /^[a-z][a-z .'-]{1,30}$/i.test(role) && !MEETING_TAG.test(` (${role})`) && !CHANNEL_NOTE.test(`(${role})`) ? `${colon[1]!.trim()} (${role})` : colon[1]!.trim();
    // "Laura: [00:00:07] Two falls…": Descript writes the time after the name.
    // "Speaker 1: 00:00:04" (a timed name line rewritten by timed-name-lines.ts): a label over the words below it.
    const text = noTime.slice(colon[0].length).replace(/^\s*[[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]\s*/, '').replace(/^\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*$/, '').trim();
    return { label, kind: isDiarisedId(label) ? 'diarised' : 'named', text, line, raw };
  }
  const otter = OTTER_LINE.exec(raw);
  if (otter && isCandidate(otter[1]!.replace(/,/g, ' ').replace(/\([^)]*\)/g, ' ').trim())) {
    // "Price, Daniel (Guest)": Teams marks who joined from outside, often the patient; no role in that.
    const label = otter[1]!.replace(MEETING_TAG, '').replace(CHANNEL_NOTE, '').trim();
    return { label, kind: isDiarisedId(label) ? 'diarised' : 'named', text: '', line, raw, standalone: true };
  }
  const address = ADDRESS_LINE.exec(raw);
  if (address) return { label: address[1]!.trim(), kind: 'named', text: '', line, raw, standalone: true };
  // Word's transcribe export: `00:00:04 Speaker 2` on its own line, the time first; only a diarised id or a
  // capitalised name, so a ward note's "09:30 Patient reviewed" stays text.
  const timed = TIMED_NAME_LINE.exec(raw);
  // "7:48 PM" alone on a line is a time of day, its meridian no name.
  if (timed && isCandidate(timed[1]!) && !MERIDIAN.test(timed[1]!.trim()) && (isDiarisedId(timed[1]!) || CAPITALISED_NAME.test(timed[1]!.trim()))) {
    const label = timed[1]!.trim();
    return { label, kind: isDiarisedId(label) ? 'diarised' : 'named', text: '', line, raw, standalone: true };
  }
  return { label: undefined, kind: 'none', text: raw.trim(), line, raw };
}

/** The key two spellings of one speaker share ("Dr. Lee" and "dr lee", "SPEAKER_00" and "speaker 00"). */
export function labelKey(label: string): string {
  // "PT:" (the physical therapist) and "Pt:" (the patient) in one physiotherapy transcript are two speakers: the
  // capitalised abbreviation keeps its case (parse-transcript.ts decides which of them is the therapist).
  if (label.trim() === 'PT') return 'PT';
  return label.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * One person written with a title or post before the name at first and by name after ("Nurse Practitioner Leah Quinn",
 * then "Leah Quinn"; "Dr. Amir Haddad", then "Amir Haddad") is one speaker: the shorter label is written as the fuller
 * one, whose title says the role. Only a title the lexicon reads as a role counts, and a name of two words or more.
 */
export function unifyTitledNames(lines: LabelledLine[]): LabelledLine[] {
  const labels = [...new Set(lines.flatMap((l) => (l.label && l.kind === 'named' ? [l.label] : [])))];
  const fuller = new Map<string, string>();
  for (const short of labels) {
    const key = labelKey(short);
    if (key.split(' ').length < 2) continue;
    const titled = labels.filter((long) => {
      const k = labelKey(long);
      return k.endsWith(` ${key}`) && roleFromLabel(long.slice(0, long.length - short.length).trim()) !== undefined && labelKey(long.slice(long.length - short.length)) === key;
    });
    if (titled.length === 1) fuller.set(short, titled[0]!);
  }
  return fuller.size === 0 ? lines : lines.map((l) => (l.label && fuller.has(l.label) ? { ...l, label: fuller.get(l.label)! } : l));
}

/**
 * The speakers of a transcript that writes each on a line of their own above the words (`Ana Ruiz:` / `Hello…`, as
 * name-lines.ts and the screenplay reader leave them), when at least four lines and most labelled lines are so.
 */
function labelLineKeys(lines: readonly LabelledLine[]): Set<string> | undefined {
  const labelled = lines.filter((l) => l.label !== undefined);
  const own = labelled.filter((l) => l.text === '');
  return own.length >= 4 && own.length * 2 >= labelled.length ? new Set(own.map((l) => labelKey(l.label!))) : undefined;
}

/**
 * Keeps a label only where the transcript really is labelled: lexicon labels, diarised ids, `Dr. …`-style names and
 * tags always count; a bare word or name counts when it recurs and at least two speakers do, so a stray "Note:" or
 * "Impression:" in dictation stays text. Single letters count only as a pair of speakers (`D:` / `P:`).
 */
export function confirmLabels(lines: LabelledLine[]): LabelledLine[] {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.label) counts.set(labelKey(l.label), (counts.get(labelKey(l.label)) ?? 0) + 1);
  const recurring = [...counts].filter(([, n]) => n >= 2).map(([k]) => k);
  const letters = recurring.filter((k) => k.length === 1);
  const isStrong = (l: LabelledLine) => l.kind === 'tag' || l.kind === 'diarised' || l.standalone === true || roleFromLabel(l.label!) !== undefined || HONORIFIC.test(l.label!);
  const strongKeys = new Set(lines.filter((l) => l.label && labelKey(l.label).length > 1 && isStrong(l)).map((l) => labelKey(l.label!)));
  const clearlyLabelled = recurring.length >= 2 || strongKeys.size >= 2 || (strongKeys.size >= 1 && recurring.length >= 1);
  // "S:" / "O:" / "A:" / "P:" head a dictation's sections; "Q:" / "A:" are an interview's question and answer.
  const interview = letters.includes('q') && letters.includes('a') && !letters.some((k) => k === 's' || k === 'o' || k === 'p');
  const lettersAreSpeakers = interview || (letters.length >= 2 && !letters.some((k) => k === 's' || k === 'o' || k === 'a'));
  const capitalRoles = lines.filter((l) => l.label && strongKeys.has(labelKey(l.label))).every((l) => /^[A-Z]{2,}$/.test(l.label!));
  const heads = labelLineKeys(lines);
  return lines.map((l) => {
    if (!l.label) return l;
    const key = labelKey(l.label);
    const strong = isStrong(l);
    // Where speakers stand on lines of their own, a speaker's words that open "So: …" or "Hi — Mr. Roe?" name no one.
    if (heads && !strong && l.text !== '' && !heads.has(key)) return { label: undefined, kind: 'none', text: l.raw.trim(), line: l.line, raw: l.raw };
    const single = key.length === 1;
    // A capitalised name said once ("Jayden: Yeah.") still counts inside a transcript that is clearly labelled.
    // "OTHER:" said once among "CLINICIAN:" / "PATIENT:" lines (an ambient scribe's export): a label in the same capitals.
    const nameOnce = ((clearlyLabelled || strongKeys.size >= 1) && TITLE_CASE_NAME.test(l.label))
      || (strongKeys.size >= 2 && /^[A-Z]{3,}$/.test(l.label) && capitalRoles);
    const keep = single ? lettersAreSpeakers : strong || nameOnce || ((counts.get(key) ?? 0) >= 2 && recurring.length >= 2);
    return keep ? l : { label: undefined, kind: 'none', text: l.raw.trim(), line: l.line, raw: l.raw };
  });
}

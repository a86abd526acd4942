/**
 * Reads the transcript shapes people paste: any speaker-label convention (see speaker-labels.ts), ACI-Bench
 * `[doctor]` tags, diarised `Speaker A:` text and unlabelled dictation. Untagged lines continue the previous speaker.
 * Each label gets a role from its wording (`Dentist`, `Mom`, `Caller`) or, failing that, from what it says.
 */
import type { Role, Turn } from './turns.js';
import { inferRoles, speaksForSomeoneElse, speaksMostlyOfSelf } from './infer-speaker-roles.js';
import { confirmLabels, labelKey, roleFromLabel, splitLabel, unifyTitledNames, type LabelledLine } from './speaker-labels.js';
import { readJsonTranscript } from './json-transcript.js';
import { readYamlTranscript } from './yaml-transcript.js';
import { readEmailThread } from './email-thread.js';
import { readMessagingExport } from './messaging-exports.js';
import { blankSubtitleScaffolding, isSubtitleText } from './subtitle-format.js';
import { unfoldCaptionMarkers } from './caption-markers.js';
import { isTypedInCapitals, writeCaptionCase } from './caption-case.js';
import { writeSpokenPunctuation } from './spoken-punctuation.js';
import { readExportLayouts } from './transcription-exports.js';
import { reassignMisattributedAnswers } from './misattributed-answers.js';
import { isIntroductionOnly, readIntroducedRelation } from './introduced-companions.js';
import { isRadioChatter } from './radio-traffic.js';
import { unfoldEmojiLabels } from './emoji-labels.js';
import { unfoldParenthesisedSpeakers } from './parenthesised-speakers.js';
import { removeInlineTimeMarks } from './inline-time-marks.js';
import { findAnsweringStaff } from './answering-staff.js';
import { readStructuredDocument } from './structured-documents.js';
import { readCaptionBlocks } from './caption-blocks.js';
import { removeConversationNotation } from './conversation-analysis.js';
import { readProcessRecording } from './process-recordings.js';
import { unfoldRelayCall } from './relay-calls.js';
import { unfoldStyledSubtitles } from './styled-subtitles.js';
import { unfoldKeyedSpeakerCodes } from './keyed-speaker-codes.js';
import { readScreenplayNarration } from './screenplay-cues.js';
import { readQuotedDialogue } from './quoted-dialogue.js';
import { opensListItem, writePlainItemNumbers } from './list-markers.js';

export { roleFromLabel } from './speaker-labels.js';

export interface TranscriptReading {
  turns: Turn[];
  /** Each speaker label as first written → its role; empty for unlabelled dictation. */
  speakers: Record<string, Role>;
  /** False for unlabelled text, which is read as the clinician's dictation. */
  labelled: boolean;
}

/** The role a label's wording gives; any other label is 'other' (kept for callers that only have the label). */
export function resolveLabelRole(label: string): Role | undefined {
  if (label.replace(/[^a-z_]/gi, '') === '') return undefined;
  return roleFromLabel(label) ?? 'other';
}

function decideRoles(lines: ReturnType<typeof confirmLabels>): Map<string, Role> {
  const firstLabel = new Map<string, string>();
  // What each said, with the words under a label on a line of its own ("Customer  10:02:11 AM" in a call centre's export,
  // a name line over the words, a screenplay's `NURSE`).
  const spoken = new Map<string, string[]>();
  let below: string | undefined;
  for (const l of lines) {
    if (!l.label) {
      if (below !== undefined && l.text !== '') spoken.get(below)!.push(l.text);
      continue;
    }
    const key = labelKey(l.label);
    below = l.text === '' ? key : undefined;
    if (!firstLabel.has(key)) firstLabel.set(key, l.label);
    spoken.set(key, [...(spoken.get(key) ?? []), l.text]);
  }
  // A questionnaire's answers (`A:`, src/text/questionnaire-lines.ts) beside a conversation are the patient's: the
  // conversation's own speakers are read as though the form were not there, so its patient is still found.
  const formAnswers = spoken.has('q') && spoken.has('a') && spoken.size > 2 ? spoken.get('a') : undefined;
  if (formAnswers) spoken.delete('a');
  const fixed = new Map<string, Role>();
  for (const [key, label] of firstLabel) {
    if (formAnswers && key === 'a') continue;
    const role = roleFromLabel(label);
    if (role) fixed.set(key, role);
  }
  // "PT" is a patient in most notes but the therapist when a patient label is also there, or when no one else is a
  // clinician (a physiotherapist ringing a caller).
  // An all-capitals "PT" beside a "Pt" is the therapist, so it is decided first. A name with the abbreviation as its
  // role ("Sofia (PT):") is read the same way.
  const titledPt = [...firstLabel].filter(([, label]) => /\(\s*PT\s*\)\s*$/i.test(label)).map(([key]) => key);
  for (const pt of ['PT', 'pt', ...titledPt]) {
    if (fixed.get(pt) === 'patient' && ([...fixed].some(([k, r]) => k !== pt && r === 'patient')
      || (spoken.size > 1 && ![...fixed.values()].includes('clinician') && [...spoken.keys()].every((k) => fixed.has(k))))) fixed.set(pt, 'clinician');
  }
  const roles = [...fixed.values()];
  // "Resident" is a doctor in training in a hospital, but the person cared for in a nursing home: with no patient
  // label, a resident who speaks of their own body is the patient.
  if (fixed.get('resident') === 'clinician' && !roles.includes('patient') && !speaksForSomeoneElse(spoken.get('resident') ?? [])
    && (spoken.get('resident') ?? []).some((t) => /\b(?:my|i'm|i am|i feel|i've)\b/i.test(t))) fixed.set('resident', 'patient');
  // A caller (a call centre's "customer", or a lone companion) who talks about their own symptoms is the patient.
  if (!roles.includes('patient')) {
    for (const [key, role] of fixed) {
      if (role === 'other' && /^(caller|customer|patient guest)$/.test(key) && !speaksForSomeoneElse(spoken.get(key)!)) fixed.set(key, 'patient');
    }
    // "Mum:" at her own six-week postnatal check: the only one beside the clinician, speaking of herself far more than
    // of anyone else, is the patient (a parent speaking for a child speaks of "he" and "she").
    const others = [...spoken.keys()].filter((k) => fixed.get(k) !== 'clinician');
    const lone = others.length === 1 ? others[0]! : undefined;
    if (lone !== undefined && fixed.get(lone) === 'other' && speaksMostlyOfSelf(spoken.get(lone)!)) fixed.set(lone, 'patient');
  }
  const decided = inferRoles(spoken, fixed);
  // The assistant a clinician asks by name ("Tanvi, suction please"), answering as "Speaker C" (answering-staff.ts).
  for (const key of findAnsweringStaff(lines, decided)) if (!fixed.has(key)) decided.set(key, 'clinician');
  return formAnswers ? decided.set('a', 'patient') : decided;
}

/**
 * Each line of the transcript as a speaker label and words; a messaging export (messaging-exports.ts) or a JSON
 * (or YAML) transcript gives one line per utterance, an e-mail thread one per line of a message's own words, labelled with its
 * writer as the layout says (so a role in parentheses, "Tom Reid (Pharmacist)", stays in the label).
 */
function splitLines(transcript: string): LabelledLine[] {
  // A document of markup or fields in a format no reader knows, by its words (structured-documents.ts).
  const structured = readStructuredDocument(transcript);
  if (structured !== undefined) return splitLines(structured);
  // A caption file of a family the subtitle reader does not know (SubViewer, timecode lists), as labelled lines.
  const cues = readCaptionBlocks(transcript);
  if (cues !== undefined) return splitLines(cues);
  // A message's first line is written with a time stamp, so two messages stay two turns (as in a WhatsApp export).
  const chat = readMessagingExport(transcript);
  if (chat) return chat.map((u) => ({ label: u.label, kind: 'named', text: u.text, line: u.line, raw: `${u.opensMessage ? '00:00 ' : ''}${u.label}: ${u.text}`, standalone: true }));
  const json = readJsonTranscript(transcript) ?? readYamlTranscript(transcript);
  if (json) return json.map((u) => splitLabel(u.label !== undefined ? `${u.label}: ${u.text}` : u.text, u.line));
  const email = readEmailThread(transcript);
  if (email) return email.map((u) => ({ label: u.label, kind: 'named', text: u.text, line: u.line, raw: `${u.label}: ${u.text}`, standalone: true }));
  // A student's process recording: only the quoted words are the speakers'; the notes and closing lists are the writer's.
  const recording = readProcessRecording(transcript);
  if (recording) return recording.map((u) => ({ label: u.label, kind: 'named', text: u.text, line: u.line, raw: `${u.label}: ${u.text}`, standalone: true }));
  const prose = readQuotedDialogue(transcript);
  if (prose) return prose.map((u) => (u.label === undefined ? { label: undefined, kind: 'none', text: u.text, line: u.line, raw: u.text, narration: true } : { label: u.label, kind: 'named', text: u.text, line: u.line, raw: `${u.label}: ${u.text}` }));
  const given = transcript.replace(/\r\n?/g, '\n').split('\n');
  // A paged script's action lines, blanked as no one's words, are its writer's account of the visit.
  const narrated = readScreenplayNarration(given);
  return writeSpokenPunctuation(blankSubtitleScaffolding(unfoldCaptionMarkers(readExportLayouts(writeCaptionCase(unfoldMarkedSpeakers(given))))))
    .flatMap((text, i) => {
      const told = text.trim() === '' ? narrated.get(i) : undefined;
      if (told !== undefined) return [{ label: undefined, kind: 'none' as const, text: told, line: i + 1, raw: told, narration: true, scene: true }];
      return unfoldRunOnTurns(text).map((t) => splitLabel(t, i + 1));
    });
}

/**
 * Speakers marked otherwise than by a name before a colon, written as such labels before the caption case and the
 * export layouts are read: a styled subtitle file's Name field, short codes with a key, emoji with a legend, names in
 * parentheses in live captions, the captioner's time marks before every sentence taken out of the words, and a text
 * relay's two voices told by their case (relay-calls.ts).
 */
function unfoldMarkedSpeakers(lines: string[]): string[] {
  return unfoldRelayCall(removeInlineTimeMarks(unfoldParenthesisedSpeakers(unfoldEmojiLabels(unfoldKeyedSpeakerCodes(unfoldStyledSubtitles(removeConversationNotation(lines)))))));
}

/** A role label inside a line, after the end of a sentence: "…for a week? Patient: I've had…". */
const INLINE_LABEL = /(?<=[.?!]["')\]]?\s+)(?=((?:Dr\.?\s+)?[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)?)\s*:\s)/g;

/**
 * "Doctor: What brings you in? Patient: A rash on my arms. Doctor: …": a dialogue pasted as one paragraph is cut into
 * its turns (all on the paragraph's line), when the line opens with a speaker's label and the labels inside it name
 * roles, so dictation headings ("Exam: …", "Plan: …") never cut a line.
 */
function unfoldRunOnTurns(text: string): string[] {
  const opening = splitLabel(text, 0).label;
  if (opening === undefined || roleFromLabel(opening) === undefined) return [text];
  const cuts = [...text.matchAll(INLINE_LABEL)].filter((m) => roleFromLabel(m[1]!) !== undefined).map((m) => m.index);
  if (cuts.length === 0) return [text];
  return [0, ...cuts].map((start, k) => text.slice(start, cuts[k] ?? text.length).trim()).filter((t) => t !== '');
}

/**
 * Text pasted out of Word or a web page keeps its no-break spaces (Word sets them between a Teams speaker's name and
 * the time) and zero-width marks (a byte-order mark, a zero-width space inside a name): read as the spaces they
 * stand for, and as nothing.
 */
// (A chat export from a phone sets a left-to-right mark before its first line and its attachments, and right-to-left
// text sets embedding marks: all are direction, not words, and one at a line's start hides the line's layout.)
function plainSpaces(text: string): string {
  return /[\u00a0\u2007\u202f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/.test(text) ? text.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, '') : text;
}

export function readTranscript(given: string): TranscriptReading {
  const transcript = writePlainItemNumbers(plainSpaces(given));
  const raws = unifyTitledNames(confirmLabels(splitLines(transcript).filter((r) => r.text !== '' || r.label !== undefined)));
  const labelled = raws.some((r) => r.kind !== 'none');
  const roles = decideRoles(raws);
  const named = nameIntroducedCompanions(raws, roles);
  const speakers: Record<string, Role> = {};
  const turns: Turn[] = [];
  // Whether each turn was written with its own label (a tool's answer given to the asker is read from these).
  const explicit: boolean[] = [];
  let current: Role = 'clinician';
  let label: string | undefined;
  // Whether the current speaker is a companion named by their own introduction (whose "I'm her husband." is dropped).
  let introduced = false;
  // Lower-case ASR without punctuation ends a sentence at each line; only punctuated text runs one over a line break.
  // (CART captions typed in capitals are captions too, wrapped at a width, not at a sentence's end.)
  const captions = isSubtitleText(transcript.split('\n')) || isTypedInCapitals(transcript.split('\n'));
  const punctuated = raws.filter((r) => /[.?!]/.test(r.text)).length >= raws.filter((r) => r.text !== '').length / 2;
  for (const r of raws) {
    const last = turns.at(-1);
    // "<v Dr Lee>So last time we started sertraline" / "<v Dr Lee>50 milligrams. How…": a sentence a subtitle cue or
    // a hard wrap cut in two, said on by the same speaker, is one turn again.
    // A chat's messages each carry their own time stamp: "No" then "that's my BP from the home machine" are two
    // messages, "…since last night" then "and my feet are puffy" one sentence sent in two.
    const message = r.label !== undefined && CHAT_STAMP.test(r.raw);
    if (punctuated && last && r.text !== '' && !r.narration && (!r.label || (last.label !== undefined && labelKey(r.label) === labelKey(last.label))) && continuesSentence(last.text, r.text, captions)
      && (!message || CONNECTOR.test(r.text) || OPEN_ENDING.test(last.text))) {
      last.text = `${last.text} ${r.text}`;
      continue;
    }
    if (r.label) {
      const key = labelKey(r.label);
      current = roles.get(key) ?? 'other';
      label = named.get(key) ?? r.label;
      introduced = named.has(key);
      if (!Object.keys(speakers).some((k) => labelKey(k) === key)) speakers[r.label] = current;
    } else if (!labelled) {
      // Unlabelled text is dictation, which clinicians produce; within labelled text it continues the last speaker.
      current = 'clinician';
    } else if (r.narration || RECORD_FIELD.test(r.text)) {
      // "Disposition: See in ED within 4 hours" after a triage call's last answer is the record's, not the caller's.
      current = 'clinician';
      label = undefined;
      introduced = false;
    }
    if (r.text !== '' && !(introduced && isIntroductionOnly(r.text)) && !isRadioChatter(label, r.text)) {
      turns.push({ role: current, text: r.text, line: r.line, ...(label ? { label } : {}), ...(r.scene ? { scene: true as const } : {}) });
      explicit.push(r.label !== undefined);
    }
  }
  // Only meeting tools cut an entry at another voice's "Mhm."; a typed `Doctor:` transcript's lower-case line after a
  // nod is a new turn (PriMock57's "OK" — "ohh").
  if (labelled && punctuated && raws.some((r) => r.standalone)) rejoinInterruptedTurns(turns, explicit);
  return { turns: labelled ? reassignMisattributedAnswers(turns, explicit) : turns, speakers, labelled };
}

/** Diarised companions ("spk_2") who say who they are ("I'm her husband"), by the relation they name. */
function nameIntroducedCompanions(raws: readonly LabelledLine[], roles: ReadonlyMap<string, Role>): Map<string, string> {
  const named = new Map<string, string>();
  for (const [key, role] of roles) {
    const own = raws.filter((r) => r.label !== undefined && labelKey(r.label) === key);
    if (role !== 'other' || own[0]?.kind !== 'diarised') continue;
    const relation = readIntroducedRelation(own.map((r) => r.text));
    if (relation) named.set(key, relation);
  }
  return named;
}

const BACKCHANNEL = /^(?:m+h+m+|m{2,}|mm-?hmm|uh-?huh|yeah|yep|yes|okay|ok|right|sure|hmm+)[.!]?$/i;

/**
 * "Your knee is still dropping inwards." / "Mhm." / "and you managed eight before the pain came on.": Teams (and other
 * meeting tools) end a speaker's entry where another voice comes in and start a new one, in lower case, where the
 * first speaker goes on. The two halves are one turn again, the listener's "Mhm." after it.
 */
function rejoinInterruptedTurns(turns: Turn[], explicit: boolean[]): void {
  for (let i = 1; i + 1 < turns.length; i++) {
    const [before, nod, after] = [turns[i - 1]!, turns[i]!, turns[i + 1]!];
    if (!BACKCHANNEL.test(nod.text.trim()) || before.label === undefined || after.label === undefined || nod.label === undefined) continue;
    if (labelKey(before.label) !== labelKey(after.label) || labelKey(nod.label) === labelKey(before.label)) continue;
    if (!/^[a-z]/.test(after.text) || /^i\b/.test(after.text) || /[?!]\s*$/.test(before.text)) continue;
    before.text = `${before.text.replace(/\.\s*$/, '')} ${after.text}`;
    turns.splice(i + 1, 1);
    explicit.splice(i + 1, 1);
  }
}

/** A line that goes on with the sentence before it: that one has no closing mark, this one opens in lower case or a digit. */
function continuesSentence(before: string, text: string, captions: boolean): boolean {
  if (/[.?!:;…"')\]]\s*$/.test(before) || !/[a-z]/i.test(before) || opensListItem(text)) return false;
  // "waist with the tape: 108 cm" over "fasting glucose: 8.9": a list of fields, one a line, runs on into none.
  if (FIELD_LINE.test(before) && FIELD_LINE.test(text)) return false;
  // "It's burning when" / "I wee, like really stinging.": in captions, a line that stops on a word no sentence ends with
  // goes on, whatever the next line opens with (in a plain transcript such a line is a speaker who trailed off).
  return /^[a-z0-9]/.test(text) || (captions && OPEN_ENDING.test(before));
}

/** A field of the clinician's record written among the turns (a nurse line's call record, a chat consultation). */
const RECORD_FIELD = /^(?:disposition|(?:care )?advice(?: given)?|outcome|plan|recommendations?|impression|assessment|diagnosis|follow[- ]?up|safety[- ]?net(?:ting)?)\s*:\s*\S/i;
const FIELD_LINE = /^[a-z][\w '’/()-]{1,50}:\s*\S[^:]*$/i;
const CHAT_STAMP = /^\s*[[(]?\d{1,2}[/:.]\d{2}/;
const CONNECTOR = /^(?:and|but|or|so|because|cos|which|with|then|plus|also|as well)\b/;
const OPEN_ENDING = /\b(?:when|and|or|but|the|a|an|to|of|in|on|at|my|your|his|her|their|our|that|because|if|with|for|from|about|like|than|as|is|are|was|were|have|has|had|been|be|i|you|we|they|it's|i'm|i've|really|very|just|so)\s*$/i;

export function parseTranscript(transcript: string): Turn[] {
  return readTranscript(transcript).turns;
}

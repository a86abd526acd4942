/**
 * A transcript saved as YAML: a list of turns whose items name a speaker (`speaker`, `name`, `role`, `who`, `author`,
 * `from`) and give the words (`text`, `content`, `utterance`, `message`, `words`, `transcript`), in either order and
 * any of YAML's ways of writing a value (yaml-blocks.ts). Times and other keys of a turn, and the document's metadata
 * (service, session number, how it was recorded), are nobody's words and are left out.
 *
 * A list of the people present (`participants:`, `speakers:`, …), each "Name (role)" or a `name:` / `role:` pair,
 * says who each speaker is: a turn by "Jonah" under "Jonah Whitcombe (exercise therapist)" is labelled
 * "Jonah (exercise therapist)", so the label reader takes the role from it as it does from a typed label.
 */
import type { JsonUtterance } from './json-shape.js';
import { readYamlItems, type YamlItem } from './yaml-blocks.js';
import { roleFromLabel } from './speaker-labels.js';

const SPEAKER_KEYS = ['speaker', 'name', 'who', 'author', 'from', 'speaker_name', 'speaker_label', 'role'];
const TEXT_KEYS = ['text', 'content', 'utterance', 'message', 'words', 'transcript', 'said', 'line'];
const ROSTER_KEYS = /^(?:participants|speakers|attendees|people|present|cast|roles|parties)$/;
/** A YAML document, not prose that happens to hold a dash and a colon: a `key:` line at the left margin. */
const TOP_KEY = /^[A-Za-z_][\w .-]{0,40}:(?:\s|$)/m;
const MIN_TURNS = 3;

function speakerOf(item: YamlItem): string | undefined {
  const key = SPEAKER_KEYS.find((k) => (item.fields.get(k)?.text ?? '').trim() !== '');
  if (key === undefined) return undefined;
  const speaker = item.fields.get(key)!.text.trim();
  const role = key !== 'role' ? item.fields.get('role')?.text.trim() : undefined;
  return role ? `${speaker} (${role})` : speaker;
}

function textOf(item: YamlItem): { text: string; line: number } | undefined {
  const key = TEXT_KEYS.find((k) => (item.fields.get(k)?.text ?? '').trim() !== '');
  return key === undefined ? undefined : item.fields.get(key);
}

/**
 * The role each person of the roster is given, by their full name and by their first name. A role written with more
 * after a comma ("student, observing with consent") is read by its first part.
 */
function readRoster(items: readonly YamlItem[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const item of items.filter((i) => ROSTER_KEYS.test(i.parent))) {
    const written = item.scalar?.text ?? '';
    const paired = /^(.+?)\s*\((.+)\)\s*$/.exec(written);
    const name = (item.fields.get('name')?.text ?? paired?.[1] ?? '').trim();
    const role = (item.fields.get('role')?.text ?? paired?.[2] ?? '').split(/[,;]/)[0]!.trim();
    if (name === '' || role === '' || roleFromLabel(`${name} (${role})`) === undefined) continue;
    roles.set(name.toLowerCase(), role);
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (!roles.has(first)) roles.set(first, role);
  }
  return roles;
}

/** A speaker with the role the roster gives them, unless the label already says one. */
function labelWithRole(speaker: string, roster: ReadonlyMap<string, string>): string {
  const label = speaker.replace(/:/g, ' ').trim();
  const role = roster.get(label.toLowerCase());
  return role && !/\(.*\)\s*$/.test(label) && roleFromLabel(label) === undefined ? `${label} (${role})` : label;
}

/** The turns of a YAML transcript in file order, or undefined for any other text. */
export function readYamlTranscript(transcript: string): JsonUtterance[] | undefined {
  if (!TOP_KEY.test(transcript) || /^\s*[[{]/.test(transcript)) return undefined;
  const lines = transcript.replace(/\r\n?/g, '\n').split('\n');
  const items = readYamlItems(lines);
  const turns = items.flatMap((item) => {
    const speaker = speakerOf(item);
    const said = textOf(item);
    return speaker !== undefined && said !== undefined ? [{ speaker, said }] : [];
  });
  if (turns.length < MIN_TURNS || new Set(turns.map((t) => t.speaker.toLowerCase())).size < 2) return undefined;
  const roster = readRoster(items);
  return turns.map(({ speaker, said }) => ({ label: labelWithRole(speaker, roster), text: said.text.trim(), line: said.line }));
}

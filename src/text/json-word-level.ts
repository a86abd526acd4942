/**
 * Transcripts a speech service gives word by word, each word with its speaker: Speechmatics (`results[]`), AssemblyAI
 * and Deepgram without utterances (`words[]`) and Google Cloud Speech-to-Text (`results[].alternatives[0].words[]`).
 * A speaker's run of words is one utterance, on the line of its first word; with no speakers at all, each sentence is
 * one (unlabelled), so evidence still points near the words it came from.
 */
import type { LineFinder } from './json-lines.js';
import { firstRecord, listRecords, nameSpeaker, readNumber, readString, type JsonRecord, type JsonUtterance } from './json-shape.js';

export interface Word { text: string; speaker?: string; line: number; start?: number }

const SENTENCE_END = /[.?!]["')\]]?$/;

/** Consecutive words of one speaker as one utterance, a new one at each change of speaker. */
export function groupWords(words: Word[]): JsonUtterance[] | undefined {
  const labelled = words.some((w) => w.speaker !== undefined);
  const out: JsonUtterance[] = [];
  let current: JsonUtterance | undefined;
  for (const w of words) {
    // A word with no speaker (Speechmatics' "UU") goes on with whoever was speaking.
    const speaker = w.speaker ?? current?.label;
    if (!current || (labelled ? speaker !== current.label : SENTENCE_END.test(current.text))) {
      current = { ...(speaker !== undefined ? { label: speaker } : {}), text: w.text, line: w.line };
      out.push(current);
    } else current.text = `${current.text} ${w.text}`;
  }
  return out.length > 0 ? out : undefined;
}

/** Words of several channels, each read in file order, put back into the order they were said. */
export function sortByStart(words: Word[]): Word[] {
  return words.some((w) => w.start === undefined) ? words : [...words].sort((a, b) => a.start! - b.start!);
}

/** Speechmatics JSON-v2: `results[]` of words and punctuation, `alternatives[0].content` and `.speaker` (`S1`). */
export function readSpeechmaticsWords(root: JsonRecord, finder: LineFinder): JsonUtterance[] | undefined {
  const results = listRecords(root.results);
  if (!results.some((r) => r.type === 'word' && readString(firstRecord(r.alternatives)?.content) !== undefined)) return undefined;
  finder.skipTo('results');
  const words: Word[] = [];
  let prefix = '';
  let glue = false;
  for (const r of results) {
    const alt = firstRecord(r.alternatives);
    const content = readString(alt?.content);
    if (!alt || content === undefined) continue;
    const last = words.at(-1);
    if (r.type === 'punctuation') {
      // `attaches_to` says which word a mark is written against: "previous" (the default), "next", "both" or "none".
      const attaches = readString(r.attaches_to) ?? 'previous';
      if ((attaches === 'previous' || attaches === 'both') && last) last.text += content;
      else if (attaches === 'next') prefix += content;
      else words.push({ text: content, line: finder.lineOf(content), ...speakerOf(alt, r) });
      glue = attaches === 'both';
      continue;
    }
    if (r.type !== 'word' && r.type !== 'entity') continue;
    if (glue && last) last.text += prefix + content;
    else words.push({ text: prefix + content, line: finder.lineOf(content), ...speakerOf(alt, r), ...startOf(r.start_time) });
    prefix = '';
    glue = false;
  }
  return groupWords(results.some((r) => r.channel !== undefined) ? sortByStart(words) : words);
}

function speakerOf(alt: JsonRecord, result: JsonRecord): { speaker?: string } {
  const speaker = nameSpeaker(alt.speaker) ?? nameSpeaker(result.channel);
  return speaker !== undefined ? { speaker } : {};
}

function startOf(v: JsonRecord[string] | undefined): { start?: number } {
  const start = readNumber(v);
  return start !== undefined ? { start } : {};
}

/**
 * A list of words with `text` (AssemblyAI) or `punctuated_word` / `word` (Deepgram), `speaker` and `start`, read
 * from the line `"key":` opens; undefined unless most entries are words. `label` names a channel's speaker.
 */
export function readWordEntries(list: JsonRecord[string] | undefined, finder: LineFinder, key: string, label?: string): Word[] | undefined {
  const entries = listRecords(list);
  const texts = entries.map((w) => readString(w.punctuated_word) ?? readString(w.text) ?? readString(w.word));
  if (entries.length === 0 || texts.filter((w) => w !== undefined).length * 2 < entries.length) return undefined;
  finder.skipTo(key);
  return entries.flatMap((w, i) => {
    const text = texts[i];
    if (text === undefined) return [];
    const speaker = label ?? nameSpeaker(w.speaker);
    return [{ text, line: finder.lineOf(text), ...(speaker !== undefined ? { speaker } : {}), ...startOf(w.start) }];
  });
}

/**
 * Google Cloud Speech-to-Text: `results[].alternatives[0]`, with diarization in `words[].speakerTag` (v1) or
 * `speakerLabel` (v2). In v1 the last result repeats every word of the recording with its tag, so only it is read;
 * without speakers, each result is one unlabelled line.
 */
export function readGoogleResults(root: JsonRecord, finder: LineFinder): JsonUtterance[] | undefined {
  const results = listRecords(root.results).filter((r) => firstRecord(r.alternatives) !== undefined);
  const alternatives = results.map((r) => firstRecord(r.alternatives)!);
  if (!alternatives.some((a) => readString(a.transcript) !== undefined || listRecords(a.words).length > 0)) return undefined;
  const perResult = alternatives.map((a) => listRecords(a.words));
  const tagged = (w: JsonRecord) => googleSpeaker(w) !== undefined;
  finder.skipTo('results');
  if (perResult.some((ws) => ws.some(tagged))) {
    const last = perResult.at(-1)!;
    const earlier = perResult.slice(0, -1).flat();
    const cumulative = earlier.length > 0 && earlier.every((w, i) => last[i]?.word === w.word);
    return groupWords((cumulative ? last : perResult.flat()).flatMap((w) => {
      const text = readString(w.word);
      const speaker = googleSpeaker(w);
      return text === undefined ? [] : [{ text, line: finder.lineOf(text), ...(speaker !== undefined ? { speaker } : {}) }];
    }));
  }
  // Several channels transcribed apart (`channelTag`) are told apart by channel.
  const channels = new Set(results.map((r) => readNumber(r.channelTag)));
  const out = results.flatMap((r, i) => {
    const text = readString(alternatives[i]!.transcript);
    if (text === undefined) return [];
    const label = channels.size > 1 ? `Channel ${readNumber(r.channelTag) ?? 0}` : undefined;
    return [{ ...(label !== undefined ? { label } : {}), text, line: finder.lineOf(alternatives[i]!.transcript as string) }];
  });
  return out.length > 0 ? out : undefined;
}

function googleSpeaker(w: JsonRecord): string | undefined {
  const tag = readNumber(w.speakerTag);
  return nameSpeaker(w.speakerLabel) ?? (tag !== undefined && tag > 0 ? `Speaker ${tag}` : undefined);
}

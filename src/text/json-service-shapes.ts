/**
 * The raw JSON a speech service returns, in the shapes the vendors document, where it is not already a plain list of
 * utterances (json-transcript.ts reads those): Amazon Transcribe, Call Analytics and HealthScribe (json-aws.ts),
 * Azure batch transcription, Deepgram without utterances, Speechmatics, AssemblyAI without utterances and Google.
 */
import { makeLineFinder, type LineFinder } from './json-lines.js';
import { readAmazonTranscribe, readCallAnalytics, readHealthScribe } from './json-aws.js';
import { groupWords, readGoogleResults, readSpeechmaticsWords, readWordEntries, sortByStart } from './json-word-level.js';
import { firstRecord, isRecord, listRecords, nameSpeaker, readNumber, readString, type JsonRecord, type JsonUtterance } from './json-shape.js';

const READERS: ((root: JsonRecord, finder: LineFinder) => JsonUtterance[] | undefined)[] = [
  readHealthScribe, readCallAnalytics, readAmazonTranscribe, readAzureBatch, readDeepgramChannels,
  readSpeechmaticsWords, readGoogleResults, readAssemblyWords,
];

/** The utterances of a speech service's own JSON, or undefined when it is none of theirs. */
export function readServiceTranscript(root: JsonRecord, lines: readonly string[]): JsonUtterance[] | undefined {
  for (const read of READERS) {
    // Each reader searches the file from its top: one that gave up may have moved its finder on.
    const found = read(root, makeLineFinder(lines));
    if (found && found.length > 0) return found;
  }
  return undefined;
}

/**
 * Azure batch transcription: `recognizedPhrases[]` with `nBest[0].display`, `speaker` (with diarization) and
 * `channel`; the phrases of two channels are listed apart, so they are put back in the order of `offsetInTicks`.
 */
function readAzureBatch(root: JsonRecord, finder: LineFinder): JsonUtterance[] | undefined {
  const phrases = listRecords(root.recognizedPhrases)
    .filter((p) => (p.recognitionStatus ?? 'Success') === 'Success' && readString(firstRecord(p.nBest)?.display) !== undefined);
  if (phrases.length === 0) return undefined;
  finder.skipTo('recognizedPhrases');
  const channels = new Set(phrases.map((p) => readNumber(p.channel) ?? 0));
  const read = phrases.map((p) => {
    const display = firstRecord(p.nBest)!.display as string;
    const label = nameSpeaker(p.speaker) ?? (channels.size > 1 ? `Channel ${readNumber(p.channel) ?? 0}` : undefined);
    return { utterance: { ...(label !== undefined ? { label } : {}), text: display.trim(), line: finder.lineOf(display) }, at: readNumber(p.offsetInTicks) ?? 0 };
  });
  return read.sort((a, b) => a.at - b.at).map((r) => r.utterance);
}

/**
 * Deepgram without `utterances`: each channel's `alternatives[0].paragraphs.paragraphs[]` (a speaker's
 * `sentences[].text`) or, failing that, its `words[]`. Several channels are told apart by channel, in time order.
 */
function readDeepgramChannels(root: JsonRecord, finder: LineFinder): JsonUtterance[] | undefined {
  const results = root.results;
  if (!isRecord(results) || (Array.isArray(results.utterances) && results.utterances.length > 0)) return undefined;
  const channels = listRecords(results.channels).map((c) => firstRecord(c.alternatives));
  if (channels.length === 0 || channels.some((a) => a === undefined)) return undefined;
  const several = channels.length > 1;
  const paragraphs = channels.map((alt) => listRecords(isRecord(alt!.paragraphs) ? alt!.paragraphs.paragraphs : undefined));
  if (paragraphs.every((ps) => ps.length === 0)) {
    const words = channels.flatMap((alt, i) => readWordEntries(alt!.words, finder, 'words', several ? `Channel ${i}` : undefined) ?? []);
    return groupWords(several ? sortByStart(words) : words);
  }
  const timed: { utterance: JsonUtterance; at: number }[] = [];
  for (const [i, ps] of paragraphs.entries()) {
    if (ps.length > 0) finder.skipTo('paragraphs');
    for (const p of ps) {
      const sentences = listRecords(p.sentences).filter((s) => readString(s.text) !== undefined);
      if (sentences.length === 0) continue;
      const label = several ? `Channel ${i}` : nameSpeaker(p.speaker);
      const line = finder.lineOf(sentences[0]!.text as string);
      const text = sentences.map((s) => readString(s.text)).join(' ');
      timed.push({ utterance: { ...(label !== undefined ? { label } : {}), text, line }, at: readNumber(p.start) ?? 0 });
    }
  }
  return (several ? timed.sort((a, b) => a.at - b.at) : timed).map((t) => t.utterance);
}

/** AssemblyAI without `utterances` (speaker labels off, or the utterances left out): the word-level `words[]`. */
function readAssemblyWords(root: JsonRecord, finder: LineFinder): JsonUtterance[] | undefined {
  if (Array.isArray(root.utterances) && root.utterances.length > 0) return undefined;
  // OpenAI's verbose_json also lists `words` beside its `segments`; the segments are the transcript there.
  if (Array.isArray(root.segments) && root.segments.length > 0) return undefined;
  const words = readWordEntries(root.words, finder, 'words');
  return words ? groupWords(words) : undefined;
}

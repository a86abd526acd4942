/**
 * Subtitle exports (WebVTT from Zoom, Teams or Meet; SRT from a transcription service) carry cue numbers, timing
 * lines and a header around the words. They are blanked, line for line, so what remains reads like any labelled
 * transcript and line numbers still point into the file as given.
 */
import { caseless } from './caseless-pattern.js';
import { labelDashedVoices } from './subtitle-voices.js';

// SRT's and WebVTT's `start --> end`, or the `start,end` of YouTube's SBV and SubViewer captions (`0:00:04.040,0:00:08.870`).
const TIMING = /^\s*(?:(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\b.*|\d{1,2}:\d{2}:\d{2}\.\d{1,3}\s*,\s*\d{1,2}:\d{2}:\d{2}\.\d{1,3})\s*$/;
const CUE_NUMBER = /^\s*\d+\s*$/;
const HEADER = /^\s*WEBVTT\b/;
const BLOCK_START = /^\s*(?:NOTE|STYLE|REGION)\b/;
/** Inline cue markup that is not a voice tag: </v>, <c.yellow>, <i>, <b>, <00:01.000> timestamps. */
const INLINE_TAGS = caseless(/<\/v>|<\/?(?:c|i|b|u|ruby|rt|lang)(?:\.[\w.-]+)?(?:\s[^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>/, 'g');

/** Whisper's segment output: `[00:03.200 --> 00:07.800]  I've had this cough…`, the timing before the words. */
const SEGMENT_TIMING = /^\s*\[\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*\]\s*/;

/** True when the text is a subtitle file: at least two timing lines ("00:00:02.100 --> 00:00:06.400"). */
export function isSubtitleText(lines: readonly string[]): boolean {
  let timings = 0;
  for (const line of lines) if (TIMING.test(line) && ++timings >= 2) return true;
  return false;
}

/** The lines with the subtitle scaffolding blanked (same count, same order); other texts come back unchanged. */
export function blankSubtitleScaffolding(lines: readonly string[]): string[] {
  if (lines.filter((l) => SEGMENT_TIMING.test(l)).length >= 2) return lines.map((l) => l.replace(SEGMENT_TIMING, ''));
  if (!isSubtitleText(lines)) return [...lines];
  const out = [...lines];
  // The header ("WEBVTT", with any lines up to the first blank one: "Kind: captions", "Language: en") and NOTE / STYLE /
  // REGION blocks carry no words. A file pasted after a blank line or two still opens on its header, whose metadata
  // lines would otherwise be read as speakers named "Kind" and "Language".
  const first = out.findIndex((l) => l.trim() !== '');
  let skipping = first >= 0 && HEADER.test(out[first]!);
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (line.trim() === '') {
      if (i > first) skipping = false;
      continue;
    }
    if (!skipping && BLOCK_START.test(line) && (i === 0 || out[i - 1]!.trim() === '')) skipping = true;
    if (skipping || TIMING.test(line) || (CUE_NUMBER.test(line) && TIMING.test(out[i + 1] ?? ''))) out[i] = '';
    else out[i] = line.replace(INLINE_TAGS, '').trimEnd();
  }
  return labelDashedVoices(joinWrappedCueLines(out));
}

/** A cue line that opens a speaker of its own: a label or voice tag, or the dash of a two-voice cue ("- Hi."). */
const OWN_SPEAKER = /^\s*(?:-\s|<v[\s.]|\[[^\]]+\]|>>|[\p{L}][\p{L} .'’-]{0,30}:\s)/u;

/**
 * "DR. LEE: Dictation after the call. Assessment:" / "atopic dermatitis of both antecubital fossae,": a subtitle
 * wraps one caption over two or three lines of its cue. A line that stops short of a sentence's end goes on in the
 * next line of the same cue (unless that line opens a speaker), so the wrap never cuts a heading from its words.
 */
function joinWrappedCueLines(lines: string[]): string[] {
  // The caption stays on its first line, so evidence points where it starts.
  let at = 0;
  for (let i = 1; i < lines.length; i++) {
    const [line, next] = [lines[at]!, lines[i]!];
    const goesOn = at === i - 1 || lines.slice(at + 1, i).every((l) => l === '');
    if (!goesOn || line.trim() === '' || next.trim() === '' || /[.?!…"')\]]\s*$/.test(line) || OWN_SPEAKER.test(next)) {
      at = i;
      continue;
    }
    lines[at] = `${line.trimEnd()} ${next.trim()}`;
    lines[i] = '';
  }
  return lines;
}

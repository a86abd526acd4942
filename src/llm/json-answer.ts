/**
 * Finds the JSON object in a model's answer: the first fenced block if there is one, else the span from the first
 * `{` to the last `}` (models like to add a sentence around it). Undefined when nothing parses.
 */
export function extractJsonValue(text: string): unknown {
  const fenced = /```(?:json|JSON)?[ \t]*\r?\n([\s\S]*?)\r?\n?```/.exec(text);
  const candidates = [fenced?.[1], sliceBraces(text)].filter((c): c is string => c !== undefined);
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

function sliceBraces(text: string): string | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  return start >= 0 && end > start ? text.slice(start, end + 1) : undefined;
}

/**
 * "This is Lena, my dental nurse." … "Tomas, can we get a weight and a temperature, please?": a speaker labelled only
 * by a first name whom the clinician introduces as a colleague, or asks by name to take a reading or to do a task only
 * staff do (draw up a drug, chart, suction), is staff. Read by their own words alone such a speaker looks like nobody
 * in particular ("Weight is 14.2 kg." — "On it."), and was taken for the patient or a relative, so the readings they
 * called out landed in the history.
 */
export const STAFF_POST = String.raw`(?:[a-z-]+\s+)?(?:nurse|assistant|tech|technician|colleague|hygienist|student|scribe|hca|paramedic|medic|support worker|therapist|registrar|physio|radiographer)`;

/** "this is Lena, my dental nurse", "this is my colleague Sam", "Sam here is our vet tech", "my nurse, Lena, will…" */
function introducesAsStaff(text: string, name: string): boolean {
  const intro = new RegExp(String.raw`\b(?:this is|that's|meet|with me is|i've got|i have)\s+(?:${name},?\s+(?:my|our|the)\s+${STAFF_POST}\b|(?:my|our|the)\s+${STAFF_POST},?\s+${name}\b)`
    + String.raw`|\b${name}(?:,)?\s+(?:here\s+)?is\s+(?:my|our|the)\s+${STAFF_POST}\b|\b(?:my|our)\s+${STAFF_POST},?\s+${name}\b`, 'i');
  return intro.test(text);
}

// What only staff are asked to do: take a reading, weigh, draw up or prepare a drug, put someone on the monitor, chart,
// suction. A patient asked by name is asked to move or to speak ("Oscar, can you say 'go'?"), never these.
const READING = String.raw`(?:weight|temp|temperature|obs|observations|blood pressure|bp|pulse|heart rate|sats|saturations|glucose|bm|ecg|12 lead)`;
const STAFF_TASK = String.raw`(?:(?:can|could|would)\s+(?:you|we)\s+(?:please\s+)?(?:get|grab|take|check|record|do)\s+(?:(?:a|an|his|her|their|the|some|another)\s+)?(?:set of\s+)?${READING}\b`
  + String.raw`|(?:can|could|would)\s+you\s+(?:please\s+)?(?:draw up|prepare|weigh)\b`
  + String.raw`|(?:can|could|would)\s+you\s+(?:please\s+)?(?:get|put|pop)\s+(?:him|her|them)\s+on\s+the\s+(?:monitor|scales?)\b`
  + String.raw`|(?:charting|suction)\s*,?\s*please\b)`;

/** "Tomas, can we get a weight…", "Lena, charting please", "Sam, can you get him on the monitor": a task only staff do. */
function asksForStaffTask(text: string, name: string): boolean {
  const task = new RegExp(String.raw`(?:^|[.?!]\s+|\b)${name},?\s+(?:please,?\s+)?${STAFF_TASK}`, 'i');
  return text.split(/(?<=[.?!])\s+/).some((s) => task.test(s));
}

/** The first name a label gives ("Tomas", "Paramedic Sam" → "Sam"), if it is a plain name of three letters or more. */
function nameOf(label: string): string | undefined {
  const words = label.split(/\s+/).filter((w) => /^[a-z][a-z'-]{2,}$/i.test(w));
  const name = words[words.length - 1];
  return name && !/^(?:speaker|spk|patient|doctor|nurse|unknown|guest|mum|mom|dad|wife|husband|owner|client|caller)$/i.test(name) ? name : undefined;
}

/** Labels, among `open`, that one of the clinicians introduces as staff or asks by name to do a staff task. */
export function findNamedStaff(byLabel: ReadonlyMap<string, string[]>, clinicians: readonly string[], open: readonly string[]): string[] {
  const said = clinicians.flatMap((c) => byLabel.get(c) ?? []);
  return open.filter((label) => {
    const name = nameOf(label);
    return name !== undefined && said.some((t) => introducesAsStaff(t, name) || asksForStaffTask(t, name));
  });
}

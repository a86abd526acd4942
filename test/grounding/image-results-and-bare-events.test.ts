import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../src/grounding/index.js';

const kinds = (note: Parameters<typeof checkGrounding>[0], transcript: string) => checkGrounding(note, transcript).map((f) => f.kind);

// Made-up encounters.
describe('a verbless denial right after an image\'s result is more of that result', () => {
  it('reads "it shows a fracture . no dislocation ." as the film\'s', () => {
    const t = '[doctor] i looked at the x-ray of your wrist . it shows a small fracture of the radius . no dislocation .';
    expect(kinds({ objective: 'Wrist x-ray: small distal radius fracture, no dislocation.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Wrist x-ray: small distal radius fracture with dislocation.' }, t)).toEqual(['exam']);
  });

  it('reads "the scan showed gallstones . no mass ." as the scan\'s', () => {
    const t = '[doctor] the ultrasound came back . it showed gallstones . no mass .';
    expect(kinds({ objective: 'Ultrasound: gallstones, no mass.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Ultrasound: gallstones and a mass.' }, t)).toEqual(['exam']);
  });

  it('reads "the film shows consolidation . no effusion ." as the film\'s', () => {
    const t = 'Doctor: We have the chest film back. It shows some consolidation on the left. No effusion.';
    expect(kinds({ objective: 'CXR: left consolidation, no effusion.' }, t)).toEqual([]);
    expect(kinds({ objective: 'CXR: left consolidation with a small effusion.' }, t)).toEqual(['exam']);
  });
});

describe('a bare "fall" after "no" or "any" is the event', () => {
  it('reads "no fall, nothing like that" as a denied fall', () => {
    const t = '[doctor] did anything happen to it ?\n[patient] my knee ? no fall , nothing like that , it just started aching .';
    expect(kinds({ subjective: 'Knee pain began after a fall.' }, t)).toEqual(['negation']);
  });

  it('reads "any falls? — no" as a denied fall', () => {
    const t = '[doctor] any falls recently ?\n[patient] no , none .';
    expect(kinds({ subjective: 'Reports a fall last week.' }, t)).toEqual(['negation']);
  });

  it('still leaves the season and a fall in a value alone', () => {
    const t = '[patient] it started last fall , around october .\n[doctor] any fall in your blood pressure when you stand ?\n[patient] no .';
    expect(kinds({ subjective: 'Had a fall in October.' }, t)).toEqual([]);
  });
});

describe('a kind of condition is not the condition', () => {
  it('does not take "depressive disorder" as bringing up a panic disorder', () => {
    const t = '[doctor] so this is major depressive disorder , improving .\n[patient] okay .';
    expect(kinds({ subjective: 'Reports frequent panic attacks.' }, t)).toEqual(['negation']);
  });

  it('does not take "heart attack" as bringing up panic attacks', () => {
    const t = '[patient] my father had a heart attack at sixty .\n[doctor] okay , and you feel well otherwise ?';
    expect(kinds({ subjective: 'Has had panic attacks on the bus.' }, t)).toEqual(['negation']);
  });

  it('still finds the complaint told in its own word', () => {
    const t = '[patient] sometimes i panic in crowds , my heart races .';
    expect(kinds({ subjective: 'Reports panic attacks in crowds.' }, t)).toEqual([]);
  });
});

describe('signs of the work of breathing are exam findings', () => {
  it('reads "no recession, not using the neck muscles" as denying both', () => {
    const t = '[doctor] let me watch you breathe . no recession , and you are not using your neck muscles .';
    expect(kinds({ objective: 'No recession or accessory muscle use.' }, t)).toEqual([]);
    expect(kinds({ objective: 'Intercostal recession with accessory muscle use.' }, t)).toEqual(['exam', 'exam']);
  });

  it('reads "retracting a little under the ribs" as retractions had', () => {
    const t = '[doctor] she is retracting a little under the ribs , and breathing fast .';
    expect(kinds({ objective: 'Mild subcostal retractions.' }, t)).toEqual([]);
    expect(kinds({ objective: 'No retractions.' }, t)).toEqual(['exam']);
  });

  it('reads "he is using his accessory muscles" as accessory muscle use had', () => {
    const t = '[doctor] he is using his accessory muscles and can only say a few words .';
    expect(kinds({ objective: 'Accessory muscle use noted.' }, t)).toEqual([]);
    expect(kinds({ objective: 'No accessory muscle use.' }, t)).toEqual(['exam']);
  });
});

describe('a denial of more of what was told leaves what was told', () => {
  const told = '[patient] i slipped on the stairs in march and broke my wrist .';

  it('reads "any other falls since? — no, no falls" as no further falls', () => {
    const t = `${told}\n[doctor] any other falls since the cast came off ?\n[patient] no , no falls .`;
    expect(kinds({ subjective: 'Fell on the stairs in March.' }, t)).toEqual([]);
  });

  it('reads "any more falls? — none" as no further falls', () => {
    const t = `${told}\n[doctor] any more falls at home ?\n[patient] no , none .`;
    expect(kinds({ subjective: 'Fell on the stairs in March.' }, t)).toEqual([]);
  });

  it('reads a note\'s "no falls since the fracture" as a denial of the period after it', () => {
    const t = `${told}\n[doctor] how has it been ?\n[patient] fine .`;
    expect(kinds({ subjective: 'Fell on the stairs in March. No falls since the fracture.' }, t)).toEqual([]);
  });
});

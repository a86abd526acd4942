import { describe, expect, it } from 'vitest';
import { generateLocalNote } from '../../src/local/index.js';
import { dropFindingTag } from '../../src/local/finding-tags.js';

describe('findings said with a tag question', () => {
  it('drops the tag from a stated finding and keeps real questions and recaps as questions', () => {
    expect(dropFindingTag("That's about 90 degrees, isn't it?")).toBe("That's about 90 degrees.");
    expect(dropFindingTag('No bruising on the shin today, is there?')).toBe('No bruising on the shin today.');
    expect(dropFindingTag("Lungs are clear, aren't they, no wheeze at all.")).toBe('Lungs are clear, no wheeze at all.');
    expect(dropFindingTag('A bit stiff at the end of the range, yeah?')).toBe('A bit stiff at the end of the range.');
    expect(dropFindingTag('Is there any bruising, is there?')).toBe('Is there any bruising, is there?');
    expect(dropFindingTag("You've had it for a week, haven't you?")).toBe("You've had it for a week, haven't you?");
    expect(dropFindingTag('It started on Monday, right?')).toBe('It started on Monday, right?');
  });

  it('writes the tagged findings of an elbow exam as the Objective', () => {
    const n = generateLocalNote([
      'Therapist: How has the elbow been since the fracture?',
      'Client: Better. I can carry the shopping now.',
      'Therapist: Lovely. Pop your arm on the table for me. Right, that goes fully straight now, and no pain doing that?',
      'Client: No.',
      'Therapist: Great, full extension. Now bend it up. That is about a hundred and thirty degrees, isn\'t it? Still a bit stiff at the very end, yeah?',
      'Client: A little.',
      "Therapist: No swelling around the joint today, is there? And the grip is weaker on this side, isn't it?",
      'Therapist: So you are progressing well. Keep doing the stretches twice a day and I will see you in two weeks.',
    ].join('\n'), { specialty: 'physical_therapy' });
    expect(n.objective).toMatch(/goes fully straight now/);
    expect(n.objective).toMatch(/Full extension/);
    expect(n.objective).toMatch(/130 degrees/);
    expect(n.objective).toMatch(/Still a bit stiff at the very end/);
    expect(n.objective).toMatch(/No swelling around the joint today/);
    expect(n.objective).not.toMatch(/\?/);
  });
});

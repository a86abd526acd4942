import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderNoteMarkdown } from '../../src/export/index.js';
import { toSentenceCase } from '../../src/export/markdown-blocks.js';
import { generateLocalNote } from '../../src/local/index.js';
import { readFileSync } from 'node:fs';
import { FULL_NOTE } from './fixtures.js';

/**
 * CommonMark as markdown-it renders it, with GitHub's tables (the billing codes are one) and raw HTML passed through,
 * as many renderers do: so a note's `<` must be escaped to stay text.
 */
const commonmark = new MarkdownIt({ html: true });

/** The top-level blocks of the rendered HTML, each as `tag: text`. */
function readBlocks(markdown: string): string[] {
  const tokens = commonmark.parse(markdown, {});
  const blocks: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.type === 'heading_open') blocks.push(`${token.tag}: ${tokens[i + 1]!.content}`);
    if (token.type === 'paragraph_open' && token.level === 0) blocks.push(`p: ${tokens[i + 1]!.content}`);
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') blocks.push(token.tag);
    if (token.type === 'paragraph_open' && token.level > 0) blocks.push(`li: ${tokens[i + 1]!.content}`);
  }
  return blocks;
}

describe('Markdown as CommonMark renders it', () => {
  it("turns the engine's upper-case sub-headings into ### headings and each sentence into its own paragraph", () => {
    const note = {
      provider: 'local',
      subjective: 'CHIEF COMPLAINT\nRight ankle pain.\nHISTORY OF PRESENT ILLNESS\nShe slipped on ice yesterday.\nShe heard a pop.\nREVIEW OF SYSTEMS\nShe denies numbness.',
      objective: 'PHYSICAL EXAM\nSwelling over the lateral malleolus.\nRESULTS\nThe x-ray showed no fracture.',
      assessment: 'Right ankle sprain.',
      plan: 'Ice and elevate.\nFollow up in 2 weeks.',
    };
    expect(readBlocks(renderNoteMarkdown(note))).toEqual([
      'h1: SOAP note',
      'h2: Subjective',
      'h3: Chief complaint',
      'p: Right ankle pain.',
      'h3: History of present illness',
      'p: She slipped on ice yesterday.',
      'p: She heard a pop.',
      'h3: Review of systems',
      'p: She denies numbness.',
      'h2: Objective',
      'h3: Physical exam',
      'p: Swelling over the lateral malleolus.',
      'h3: Results',
      'p: The x-ray showed no fracture.',
      'h2: Assessment',
      'p: Right ankle sprain.',
      'h2: Plan',
      'p: Ice and elevate.',
      'p: Follow up in 2 weeks.',
      // The footer.
      'p: _Provider: local_',
    ]);
  });

  it('keeps bullets and numbered steps as lists, label lines as headings, and codes as a table with the disclaimer', () => {
    const note = {
      ...FULL_NOTE,
      subjective: 'Chief Complaint:\nKnee pain.\nHistory of Present Illness:\nPain for 3 weeks.',
      plan: '1. X-ray of the right knee.\n2) Ibuprofen 400 mg TID.\n• Rest.\n* Ice.',
    };
    const markdown = renderNoteMarkdown(note);
    const blocks = readBlocks(markdown);
    expect(blocks.slice(2, 7)).toEqual(['h3: Chief Complaint', 'p: Knee pain.', 'h3: History of Present Illness', 'p: Pain for 3 weeks.', 'h2: Objective']);
    const plan = blocks.slice(blocks.indexOf('h2: Plan') + 1, blocks.indexOf('h2: Billing codes'));
    expect(plan).toEqual(['ol', 'li: X-ray of the right knee.', 'li: Ibuprofen 400 mg TID.', 'ul', 'li: Rest.', 'li: Ice.']);
    const html = commonmark.render(markdown);
    expect(html).toMatch(/<table>[\s\S]*<td>S83\.241A<\/td>[\s\S]*<\/table>\n<blockquote>\n<p>Codes are suggestions only; verify before billing\.<\/p>/);
  });

  it('escapes what would change the structure: raw HTML, a leading #, >, a rule; NKDA stays a statement', () => {
    const note = { subjective: '<script>alert(1)</script> said the patient.\n# of episodes: 3\n> 2 weeks of cough.\n---', objective: 'NKDA', assessment: 'A', plan: 'P' };
    const html = commonmark.render(renderNoteMarkdown(note));
    expect(html).not.toContain('<script>');
    const subjective = html.split('<h2>Subjective</h2>\n')[1]!.split('<h2>Objective</h2>')[0];
    expect(subjective).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; said the patient.</p>\n<p># of episodes: 3</p>\n<p>&gt; 2 weeks of cough.</p>\n<p>---</p>\n');
    expect(html).toContain('<h2>Objective</h2>\n<p>NKDA</p>');
  });

  it('renders every sub-heading of a real offline note as a heading, never as a paragraph of capitals', () => {
    const transcript = readFileSync('fixtures/transcripts/ankle-sprain.txt', 'utf8');
    const note = { provider: 'local', ...generateLocalNote(transcript, { specialty: 'physician' }) };
    const blocks = readBlocks(renderNoteMarkdown(note));
    expect(blocks.filter((b) => /^p: [A-Z ,]{6,}$/.test(b))).toEqual([]);
    expect(blocks).toEqual(expect.arrayContaining(['h3: History of present illness', 'h3: Physical exam', 'h3: Results']));
    // Every line of the note is a block of its own: as many paragraphs as lines that are not headings.
    const lines = (['subjective', 'objective', 'assessment', 'plan'] as const).flatMap((s) => note[s].split('\n').filter((l) => l.trim()));
    expect(blocks.filter((b) => b.startsWith('p: ') || b.startsWith('h3: '))).toHaveLength(lines.length + 1);
  });

  it('sentence-cases capitals but keeps abbreviations', () => {
    expect(toSentenceCase('HISTORY OF PRESENT ILLNESS')).toBe('History of present illness');
    expect(toSentenceCase('HEENT AND ROS:')).toBe('HEENT and ROS');
  });
});

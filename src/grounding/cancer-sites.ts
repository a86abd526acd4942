/**
 * The site of a cancer, which the condition lexicon reads only as "cancer": "pancreatic cancer" where the patient
 * said "bowel cancer" names another disease. A site counts when the conversation says it in any everyday word.
 */
import { saysAnyForm } from './named-terms.js';
import type { WordIndex } from './word-index.js';

const SITES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^(?:colon|bowel|colorectal|rectal|large bowel)$/i, ['colon*', 'bowel*', 'colorectal', 'rectal', 'rectum', 'back passage']],
  [/^(?:pancreatic|pancreas)$/i, ['pancrea*']],
  [/^(?:breast)$/i, ['breast*']],
  [/^(?:lung|bronchial)$/i, ['lung*', 'bronch*']],
  [/^(?:prostate)$/i, ['prostate']],
  [/^(?:ovarian|ovary)$/i, ['ovar*', 'ovaries']],
  [/^(?:cervical|cervix)$/i, ['cervi*', 'smear']],
  [/^(?:uterine|womb|endometrial)$/i, ['uter*', 'womb', 'endometri*']],
  [/^(?:stomach|gastric)$/i, ['stomach', 'gastric']],
  [/^(?:oesophageal|esophageal)$/i, ['esophag*', 'oesophag*', 'gullet', 'food pipe']],
  [/^(?:liver|hepatic)$/i, ['liver', 'hepat*']],
  [/^(?:kidney|renal)$/i, ['kidney*', 'renal']],
  [/^(?:bladder)$/i, ['bladder']],
  [/^(?:brain)$/i, ['brain']],
  [/^(?:skin)$/i, ['skin', 'melanoma', 'basal', 'squamous', 'mole']],
  [/^(?:thyroid)$/i, ['thyroid']],
  [/^(?:testicular)$/i, ['testic*', 'testes', 'testicle*']],
  [/^(?:throat|laryngeal|head and neck)$/i, ['throat', 'laryn*', 'neck']],
  [/^(?:blood)$/i, ['blood', 'leuk*', 'lymphoma']],
];

const CANCER_RE = /\b([a-z]+) (?:cancer|ca|carcinoma|tumou?r|malignancy)\b/gi;

/** Each "<site> cancer" of a statement whose site the transcript never says. */
export function findUnsaidCancerSites(statement: string, index: WordIndex): string[] {
  const unsaid: string[] = [];
  for (const m of statement.matchAll(CANCER_RE)) {
    const site = SITES.find(([re]) => re.test(m[1] as string));
    if (site && !saysAnyForm(index, site[1])) unsaid.push(m[0]);
  }
  return unsaid;
}

/**
 * `npm run eval:engine`: the offline engine on the varied development set (fact recall, right-section recall,
 * empty sections, grounding findings, time) and ROUGE on ACI-Bench valid and train.
 *   node --import tsx test/eval/engine.ts [--misses]
 */
import { reportDevset } from './devset.js';
import { reportAciBench } from './aci-bench.js';

reportDevset({ split: 'all', misses: process.argv.includes('--misses') });
console.log('');
reportAciBench('valid');
console.log('');
reportAciBench('train', { brief: true });

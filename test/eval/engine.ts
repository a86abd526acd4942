/**
 * `npm run eval:engine`: the offline engine on the varied development set (fact recall, right-section recall,
 * empty sections, grounding findings, time), ROUGE on ACI-Bench valid and train, and the grounding checker's findings
 * on the engine's own notes for every corpus (ACI-Bench train and valid, PriMock57, the development set).
 * Sealed dev-set encounters (the `unseen` split, rounds not opened) are left out unless --sealed is given; their misses
 * and findings are never printed (see devset.ts).
 *   node --import tsx test/eval/engine.ts [--misses] [--sealed]
 */
import { reportDevset } from './devset.js';
import { reportAciBench } from './aci-bench.js';
import { sweepGrounding } from './grounding-sweep.js';

const misses = process.argv.includes('--misses');
reportDevset({ split: 'all', misses, sealed: process.argv.includes('--sealed') });
console.log('');
reportAciBench('valid');
console.log('');
reportAciBench('train', { brief: true });
console.log('\nGrounding findings on the engine\'s own notes, by corpus (target 0; with --misses, each finding):');
sweepGrounding({ quiet: !misses });

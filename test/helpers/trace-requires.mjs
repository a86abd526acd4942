// Preloaded with `node --import`: when the process exits, every CommonJS module it loaded (the bundle in dist/ is
// CommonJS) is written to SOAP_TRACE_REQUIRES, one path a line. The lazy-loading test reads it.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { cache } = createRequire(import.meta.url);
process.on('exit', () => {
  if (process.env.SOAP_TRACE_REQUIRES) writeFileSync(process.env.SOAP_TRACE_REQUIRES, `${Object.keys(cache).join('\n')}\n`);
});

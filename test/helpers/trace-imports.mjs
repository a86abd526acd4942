// Preloaded with `node --import` to list every module a command loads (test of lazy loading).
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.SOAP_TRACE_IMPORTS) appendFileSync(process.env.SOAP_TRACE_IMPORTS, result.url + '\\n');
  return result;
}`),
);

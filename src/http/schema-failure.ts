import type { z } from 'zod';

/** One line naming the fields that broke the contract, e.g. `plan: expected string, received undefined`. */
export function describeSchemaFailure(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

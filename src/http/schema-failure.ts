import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/**
 * A union failure says only "Invalid input" at the top; the field that broke is inside the branch that came
 * closest (fewest issues), so that branch's issues are described instead, under the union's own path.
 */
function flatten(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
  if (closest.length === 0) return [issue];
  return closest.flatMap((inner) => flatten({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** One line naming the fields that broke the contract, e.g. `plan: expected string, received undefined`. */
export function describeSchemaFailure(error: z.ZodError): string {
  return error.issues
    .flatMap(flatten)
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

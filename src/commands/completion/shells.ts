/** The shells `soap completion` writes scripts for (kept apart from options.ts so registering loads no zod). */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

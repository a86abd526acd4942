/**
 * Zod schemas for the FHIR R4 (4.0.1) resources the exporter emits, with the cardinalities, required bindings and
 * invariants that matter for a document Bundle (bdl-*, cmp-*, ref-1, txt-*). Not a full validator: elements the
 * exporter never writes are allowed through (`looseObject`) rather than modelled.
 */
import { z } from 'zod';

const uri = z.string().min(1).regex(/^\S+$/, 'uri: no whitespace');
const code = z.string().regex(/^[^\s]+( [^\s]+)*$/, 'code: no leading, trailing or double whitespace');
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, 'dateTime with time zone');
const id = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'FHIR id');

export const codingSchema = z.looseObject({ system: uri.optional(), code: code.optional(), display: z.string().optional() });
export const codeableConceptSchema = z.looseObject({ coding: z.array(codingSchema).min(1).optional(), text: z.string().optional() });
export const identifierSchema = z.looseObject({ system: uri.optional(), value: z.string().min(1).optional() });
export const referenceSchema = z
  .looseObject({ reference: z.string().min(1).optional(), type: uri.optional(), identifier: identifierSchema.optional(), display: z.string().optional() })
  .refine((r) => r.reference !== undefined || r.identifier !== undefined || r.display !== undefined, 'ref-1: reference, identifier or display');

const ALLOWED_TAGS = new Set(['div', 'p', 'b', 'i', 'em', 'strong', 'span', 'br', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'a']);

/** Well-formed XHTML with only narrative-safe tags, balanced, no scripts or handlers, entities valid (txt-1, txt-2). */
export function checkXhtml(div: string): string | null {
  if (!/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"[^>]*>[\s\S]*<\/div>$/.test(div)) return 'div must be an XHTML div';
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(div)) return 'unescaped &';
  if (/\son\w+=/i.test(div)) return 'event handler attribute';
  const stack: string[] = [];
  for (const match of div.matchAll(/<\/?([A-Za-z0-9]+)([^<>]*)>|<|>/g)) {
    if (match[0] === '<' || match[0] === '>') return `stray "${match[0]}"`;
    const tag = (match[1] ?? '').toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) return `tag <${tag}> not allowed in narrative`;
    if (match[0].startsWith('</')) {
      if (stack.pop() !== tag) return `unbalanced </${tag}>`;
    } else if (!match[0].endsWith('/>') && tag !== 'br') stack.push(tag);
  }
  return stack.length ? `unclosed <${stack.join('>, <')}>` : null;
}

export const narrativeSchema = z.looseObject({
  status: z.enum(['generated', 'extensions', 'additional', 'empty']),
  div: z.string().superRefine((div, ctx) => {
    const problem = checkXhtml(div);
    if (problem) ctx.addIssue({ code: 'custom', message: `Narrative.div: ${problem}` });
  }),
});

const domainResource = { id: id.optional(), meta: z.looseObject({ tag: z.array(codingSchema).optional() }).optional(), text: narrativeSchema.optional() };

const sectionSchema: z.ZodType<unknown> = z.lazy(() =>
  z
    .looseObject({
      title: z.string().optional(),
      code: codeableConceptSchema.optional(),
      text: narrativeSchema.optional(),
      mode: z.enum(['working', 'snapshot', 'changes']).optional(),
      entry: z.array(referenceSchema).optional(),
      emptyReason: codeableConceptSchema.optional(),
      section: z.array(sectionSchema).optional(),
    })
    .refine((s) => s.text !== undefined || (s.entry?.length ?? 0) > 0 || (s.section?.length ?? 0) > 0 || s.emptyReason !== undefined, 'cmp-1: text, entries or sub-sections')
    .refine((s) => s.emptyReason === undefined || (s.entry?.length ?? 0) === 0, 'cmp-2: emptyReason only when empty'),
);

export const compositionSchema = z.looseObject({
  resourceType: z.literal('Composition'),
  ...domainResource,
  identifier: identifierSchema.optional(),
  status: z.enum(['preliminary', 'final', 'amended', 'entered-in-error']),
  type: codeableConceptSchema,
  subject: referenceSchema.optional(),
  date: dateTime,
  author: z.array(referenceSchema).min(1),
  title: z.string().min(1),
  section: z.array(sectionSchema).optional(),
});

export const patientSchema = z.looseObject({
  resourceType: z.literal('Patient'),
  ...domainResource,
  identifier: z.array(identifierSchema).optional(),
  name: z.array(z.looseObject({ text: z.string().optional(), family: z.string().optional(), given: z.array(z.string()).optional() })).optional(),
  gender: z.enum(['male', 'female', 'other', 'unknown']).optional(),
  birthDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
});

const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const conditionSchema = z
  .looseObject({
    resourceType: z.literal('Condition'),
    ...domainResource,
    clinicalStatus: codeableConceptSchema.optional(),
    verificationStatus: z
      .looseObject({
        coding: z
          .array(codingSchema)
          .min(1)
          .refine((codings) => codings.some((c) => c.system === VERIFICATION && ['unconfirmed', 'provisional', 'differential', 'confirmed', 'refuted', 'entered-in-error'].includes(c.code ?? '')), 'verificationStatus from condition-ver-status'),
      })
      .optional(),
    category: z.array(codeableConceptSchema).optional(),
    code: codeableConceptSchema.optional(),
    subject: referenceSchema,
    note: z.array(z.looseObject({ text: z.string().min(1) })).optional(),
  })
  // con-3 applies to problem-list items only; con-5: no clinicalStatus on an entered-in-error condition.
  .refine((c) => !c.category?.some((cat) => cat.coding?.some((k) => k.code === 'problem-list-item')) || c.clinicalStatus !== undefined, 'con-3');

export const deviceSchema = z.looseObject({
  resourceType: z.literal('Device'),
  ...domainResource,
  identifier: z.array(identifierSchema).optional(),
  status: z.enum(['active', 'inactive', 'entered-in-error', 'unknown']).optional(),
  deviceName: z.array(z.looseObject({ name: z.string().min(1), type: z.enum(['udi-label-name', 'user-friendly-name', 'patient-reported-name', 'manufacturer-name', 'model-name', 'other']) })).optional(),
});

export const resourceSchema = z.discriminatedUnion('resourceType', [compositionSchema, patientSchema, conditionSchema, deviceSchema]);

/** Every `reference` string anywhere inside a value. */
export function collectReferences(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collectReferences(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'reference' && typeof v === 'string') found.push(v);
      else collectReferences(v, found);
    }
  }
  return found;
}

export const documentBundleSchema = z
  .looseObject({
    resourceType: z.literal('Bundle'),
    id: id.optional(),
    identifier: identifierSchema.refine((i) => i.system !== undefined && i.value !== undefined, 'bdl-9: document identifier needs system and value'),
    type: z.literal('document'),
    timestamp: dateTime,
    entry: z.array(z.looseObject({ fullUrl: uri, resource: resourceSchema, request: z.never().optional(), response: z.never().optional() })).min(1),
  })
  .superRefine((bundle, ctx) => {
    if (bundle.entry[0]?.resource.resourceType !== 'Composition') ctx.addIssue({ code: 'custom', message: 'bdl-11: first entry must be a Composition' });
    const fullUrls = bundle.entry.map((e) => e.fullUrl);
    if (new Set(fullUrls).size !== fullUrls.length) ctx.addIssue({ code: 'custom', message: 'bdl-7: fullUrl must be unique' });
    for (const e of bundle.entry) {
      const rid = e.resource.id;
      if (rid && !e.fullUrl.startsWith('urn:') && !e.fullUrl.endsWith(`/${e.resource.resourceType}/${rid}`)) ctx.addIssue({ code: 'custom', message: `bdl-8: fullUrl ${e.fullUrl} does not match the resource id` });
      if (e.fullUrl.startsWith('urn:uuid:') && !/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(e.fullUrl)) ctx.addIssue({ code: 'custom', message: `bad urn:uuid ${e.fullUrl}` });
    }
    // References resolve inside the bundle: to a fullUrl exactly, or "Type/id" to a resource of that type and id.
    for (const ref of collectReferences(bundle.entry.map((e) => e.resource))) {
      const resolves = bundle.entry.some((e) => e.fullUrl === ref || `${e.resource.resourceType}/${e.resource.id}` === ref);
      if (!resolves) ctx.addIssue({ code: 'custom', message: `reference ${ref} does not resolve inside the bundle` });
    }
  });

export type DocumentBundle = z.infer<typeof documentBundleSchema>;

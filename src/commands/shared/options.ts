import { z } from 'zod';
import { UsageError } from '../../errors.js';
import { parseCount, parseSeconds, resolveSettings, type CommonFlags, type Settings } from '../../config/resolve-settings.js';
import { FORMATS } from '../../config/schema.js';
import { isSection, type Section } from '../../note/index.js';
import { findProvider, type BackendOptions, type ProviderDefinition, type TranscriptionOptions } from '../../providers/index.js';
import type { Env } from '../../context.js';
import type { NoteRequestOptions } from './note-request.js';

// zod compiles a parser of its own (new Function) for each object schema on its first parse, which pays off after many
// parses; a command parses its flags, a config and an answer or two, so the compiling is all cost. Every command's
// options module loads this one before anything is parsed.
z.config({ jitless: true });

// The pieces every command's options module is made of: zod shapes of commander's raw values, and the checks that
// need the resolved settings (which provider, so which flags apply). All of it runs before any I/O.

/**
 * Parses commander's raw values with a strict schema: a flag defined in commander but unknown here (a rename) is a
 * programming error caught by the first test that runs the command; a bad value throws the parser's UsageError.
 */
export function parseFlags<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`flags do not match the command's options module: ${issue.path.join('.')}: ${issue.message}`);
}

/**
 * Commander's inferred options, with any flag the schema does not know turned into a type error: a flag renamed in a
 * command's registration fails to compile where its options module is called.
 */
export type ExactFlags<Raw, Known> = Raw & { [K in Exclude<keyof Raw, keyof Known>]: never };

const text = z.string().optional();
const flag = z.literal(true).optional();

export const backendFlags = { provider: text, baseUrl: text, maxRetries: text, timeout: text };
export const outputFlags = { json: flag, format: z.enum(FORMATS).optional(), output: text };
export const specialtyFlags = { specialty: text, template: text };
export const noteRequestFlags = { ...specialtyFlags, context: text, patientHistory: text, billingCodes: flag, icd11: flag, patientSummary: flag, instructions: text };

/** The note request flags as one typed object (files are read later, by readNoteRequestBase). */
export function parseNoteRequestOptions(
  flags: { context?: string; patientHistory?: string; billingCodes?: true; icd11?: true; patientSummary?: true; instructions?: string },
  specialty: string,
  settings: Settings,
): NoteRequestOptions {
  if (flags.instructions !== undefined && !flags.instructions.trim()) throw new UsageError('--instructions is empty', { hint: 'give the text, or @file to read it from a file' });
  return {
    specialty,
    template: settings.template,
    context: flags.context,
    patientHistory: flags.patientHistory,
    billingCodes: Boolean(flags.billingCodes),
    icd11: Boolean(flags.icd11),
    patientSummary: Boolean(flags.patientSummary),
    instructions: flags.instructions,
  };
}

/** The files a note request reads (context, history, @instructions), for the one-stdin check. */
export function listRequestFiles(flags: { context?: string; patientHistory?: string; instructions?: string }): (string | undefined)[] {
  return [flags.context, flags.patientHistory, flags.instructions?.startsWith('@') ? flags.instructions.slice(1) : undefined];
}
export const verifyFlags = { verify: flag, strict: flag };
export const modelFlags = { model: text, maxTokens: text, method: text, section: z.array(z.string()).optional(), from: text };
export const waitFlags = { waitTimeout: text };
export const planFlags = { dryRun: flag, maxRequests: text };

/** `--dry-run` and `--max-requests`: see a run before paying for it, and cap what it may pay for. */
export interface PlanOptions {
  dryRun: boolean;
  maxRequests: number | undefined;
}

export function parsePlanOptions(flags: { dryRun?: true; maxRequests?: string }): PlanOptions {
  return { dryRun: Boolean(flags.dryRun), maxRequests: flags.maxRequests === undefined ? undefined : parseCount(flags.maxRequests, '--max-requests', 0, 1_000_000_000) };
}

export interface ModelFlags {
  model?: string;
  maxTokens?: string;
  method?: string;
  section?: string[];
  from?: string;
}

/** The backend a command will use: settings resolved once (defaults ← config ← environment ← flags) and its table row. */
export interface BackendChoice {
  settings: Settings;
  provider: ProviderDefinition;
}

export function chooseBackend(flags: CommonFlags, env: Env): BackendChoice {
  const settings = resolveSettings(flags, env);
  return { settings, provider: findProvider(settings.provider) };
}

/**
 * The one "--specialty is required" check: a flag, SOAP_SPECIALTY or `config set specialty`; a provider with a
 * default (the offline engine: generic) takes that instead, silently.
 */
export function requireSpecialty(settings: Settings, provider: ProviderDefinition): string {
  if (!settings.specialty && provider.defaultSpecialty) return provider.defaultSpecialty;
  if (!settings.specialty) {
    throw new UsageError('--specialty is required', { hint: 'pass --specialty physician (list: soap specialties) or set a default: soap config set specialty physician' });
  }
  return settings.specialty;
}

/** The one `--wait-timeout` parser: milliseconds, or undefined to wait as long as it takes. */
export function parseWaitTimeout(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : parseSeconds(raw, '--wait-timeout', 0) * 1000;
}

/** A flag given for a provider that does not take it, named as the user typed it. */
function refuseFlag(name: string, provider: ProviderDefinition, applies: string, verb = 'only applies'): never {
  throw new UsageError(`${name} ${verb} with ${applies} (the provider is ${provider.id})`);
}

/** Backend options for commands that take none of the model or transcription flags. */
export const DEFAULT_BACKEND_OPTIONS: BackendOptions = { model: { maxTokens: 2000, method: 'whole' }, transcription: {} };

/** `--section … --from …`: which sections of which earlier note to write again. */
export interface Regenerate {
  from: string;
  sections: Section[];
}

/** The model flags, checked against the provider's table row; sections and --from must come together. */
export function parseModelOptions(flags: ModelFlags, provider: ProviderDefinition): { model: BackendOptions['model']; regenerate: Regenerate | undefined } {
  const given = (['model', 'maxTokens', 'method', 'section', 'from'] as const).filter((k) => flags[k] !== undefined);
  if (given.length > 0 && !provider.supports.modelOptions) {
    refuseFlag(`--${given[0]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, provider, '--provider assemblyai or openai');
  }
  if (flags.method !== undefined && flags.method !== 'whole' && flags.method !== 'sections') {
    throw new UsageError(`--method must be "whole" or "sections", not "${flags.method}"`);
  }
  const sections = flags.section?.map((s) => {
    const name = s.trim().toLowerCase();
    if (!isSection(name)) throw new UsageError(`--section: unknown section "${s}"`, { hint: 'one of subjective, objective, assessment, plan' });
    return name;
  });
  if ((sections === undefined) !== (flags.from === undefined)) {
    throw new UsageError(sections ? '--section needs --from <note.json> (the note whose sections to regenerate)' : '--from needs at least one --section to regenerate');
  }
  return {
    model: {
      model: flags.model,
      maxTokens: flags.maxTokens === undefined ? 2000 : Math.max(1, parseCount(flags.maxTokens, '--max-tokens', 2000, 200_000)),
      method: flags.method === 'sections' ? 'sections' : 'whole',
    },
    regenerate: sections && flags.from ? { from: flags.from, sections } : undefined,
  };
}

export interface TranscriptionFlags {
  speechModel?: string[];
  medical?: true;
  redactPii?: true;
  redactPiiPolicies?: string;
  redactPiiSub?: string;
}

/**
 * Redaction policies that would erase clinical content (AssemblyAI's medical entity classes): the note is written
 * from the redacted text, so only identity classes may be redacted.
 */
const CLINICAL_POLICIES = new Set(['drug', 'medical_condition', 'medical_process', 'injury', 'blood_type']);

/** The transcription flags, checked against the provider's table row. */
export function parseTranscriptionOptions(flags: TranscriptionFlags, provider: ProviderDefinition): TranscriptionOptions {
  const redaction = flags.redactPii || flags.redactPiiPolicies !== undefined || flags.redactPiiSub !== undefined;
  if (redaction && !provider.supports.redaction) refuseFlag('--redact-pii options', provider, '--provider assemblyai', 'apply only');
  if (flags.speechModel !== undefined && !provider.supports.speechModel) refuseFlag('--speech-model', provider, '--provider assemblyai or openai');
  if (flags.medical && !provider.supports.medicalMode) refuseFlag('--medical', provider, '--provider assemblyai');
  const models = flags.speechModel?.map((m) => m.trim()).filter(Boolean);
  if (models && models.length > 1 && !provider.supports.speechModelList) throw new UsageError(`--speech-model takes one model with --provider ${provider.id}, not ${models.length}`);
  const sub = flags.redactPiiSub;
  if (sub !== undefined && sub !== 'hash' && sub !== 'entity_name') throw new UsageError(`--redact-pii-sub must be "hash" or "entity_name", not "${sub}"`);
  const policies = flags.redactPiiPolicies?.split(',').map((p) => p.trim()).filter(Boolean);
  const clinical = policies?.filter((p) => CLINICAL_POLICIES.has(p));
  if (clinical?.length) {
    throw new UsageError(`--redact-pii-policies: ${clinical.join(', ')} would erase clinical content the note is written from`, {
      hint: 'redact identity classes only, e.g. person_name,organization,occupation,phone_number,email_address',
    });
  }
  return {
    ...(models?.length ? { speechModels: models } : {}),
    ...(flags.medical ? { medical: true } : {}),
    redactPii: flags.redactPii ? { policies, substitution: sub } : undefined,
  };
}

import { z } from 'zod';
import { SPECIALTIES } from '../../specialties.js';

/** One specialty of the service's list, with its sub-templates when it names them. */
export interface ListedSpecialty {
  id: string;
  name: string;
  templates?: { id: string; name: string }[];
}

// The list's shape is not documented (API-delta A.7), so every plausible one is read: an array of ids, an array of
// objects ({id,name}, {value,label}, {key, display_name}…), a map of id → name (or → details), bare or wrapped.
const ID_KEYS = ['id', 'value', 'key', 'specialty', 'slug', 'code'];
const NAME_KEYS = ['name', 'display_name', 'displayName', 'label', 'title'];
const TEMPLATE_KEYS = ['templates', 'sub_templates', 'subTemplates'];
const WRAPPERS = ['specialties', 'data', 'items', 'results'];

type Entry = ListedSpecialty | { problem: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pickString(value: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = value[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

/** The built-in display name, or the id in words: `primary_care_physician` → `Primary Care Physician`. */
function nameOf(id: string): string {
  return SPECIALTIES.find((s) => s.id === id)?.name ?? id.replace(/[_-]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

function readTemplates(value: unknown): ListedSpecialty['templates'] {
  if (!Array.isArray(value)) return undefined;
  const templates = value.flatMap((t) => {
    if (typeof t === 'string' && t.trim()) return [{ id: t.trim(), name: nameOf(t.trim()) }];
    if (!isObject(t)) return [];
    const id = pickString(t, ID_KEYS);
    return id ? [{ id, name: pickString(t, NAME_KEYS) ?? nameOf(id) }] : [];
  });
  return templates.length ? templates : undefined;
}

function readEntry(value: unknown, mapKey?: string): Entry {
  if (typeof value === 'string') return mapKey ? { id: mapKey, name: value.trim() || nameOf(mapKey) } : { id: value.trim(), name: nameOf(value.trim()) };
  if (Array.isArray(value) && mapKey) return { id: mapKey, name: nameOf(mapKey), ...(readTemplates(value) ? { templates: readTemplates(value) } : {}) };
  if (!isObject(value)) return { problem: 'is neither an id nor an object' };
  const id = pickString(value, ID_KEYS) ?? mapKey;
  if (!id) return { problem: `has no id (${ID_KEYS.join(', ')})` };
  const templates = readTemplates(TEMPLATE_KEYS.map((k) => value[k]).find(Array.isArray));
  return { id, name: pickString(value, NAME_KEYS) ?? nameOf(id), ...(templates ? { templates } : {}) };
}

function unwrap(value: unknown): unknown {
  if (!isObject(value)) return value;
  const wrapper = WRAPPERS.find((k) => Array.isArray(value[k]) || isObject(value[k]));
  return wrapper ? unwrap(value[wrapper]) : value;
}

/** GET /v1/specialties in whatever shape it comes; an entry without an id is a broken answer, named by its place. */
export const specialtyListSchema = z.unknown().transform((raw, ctx): ListedSpecialty[] => {
  const value = unwrap(raw);
  const entries: [string | number, Entry][] = Array.isArray(value)
    ? value.map((v, i) => [i, readEntry(v)])
    : isObject(value)
      ? Object.entries(value).map(([k, v]) => [k, readEntry(v, k)])
      : [];
  if (!Array.isArray(value) && !isObject(value)) ctx.addIssue({ code: 'custom', message: 'is not a list of specialties' });
  const list: ListedSpecialty[] = [];
  for (const [where, entry] of entries) {
    if ('problem' in entry) ctx.addIssue({ code: 'custom', message: entry.problem, path: [where] });
    else list.push(entry);
  }
  if (entries.length === 0) ctx.addIssue({ code: 'custom', message: 'lists no specialty' });
  return list;
});

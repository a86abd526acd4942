import type { BillingCodes, Code } from './note.js';

/** One code system of a note's suggestions, named for people. */
export interface CodeSystem {
  /** The key as the service sent it (`icd10`, `hcpcs`…). */
  key: string;
  label: string;
  /** ICD-11 suggestions are advisory: not for US billing (SOAPNoteAPI's own wording). */
  advisory: boolean;
  codes: Code[];
}

/** Known systems, in the order they are shown; any other system follows, in the service's order. */
const KNOWN: ReadonlyArray<{ id: string; label: string; advisory?: boolean }> = [
  { id: 'icd10', label: 'ICD-10' },
  { id: 'icd11', label: 'ICD-11', advisory: true },
  { id: 'cpt', label: 'CPT' },
  { id: 'hcpcs', label: 'HCPCS' },
];

export const ICD11_ADVISORY = 'ICD-11 codes are advisory, not for US billing.';

/** `icd10`, `ICD-10`, `icd_10` name one system. */
function normaliseSystem(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Every code system of a note that lists at least one code, known ones first. */
export function listCodeSystems(codes: BillingCodes | null | undefined): CodeSystem[] {
  const systems = Object.entries(codes ?? {})
    .filter(([, list]) => list.length > 0)
    .map(([key, list]): CodeSystem & { rank: number } => {
      const index = KNOWN.findIndex((k) => k.id === normaliseSystem(key));
      const known = KNOWN[index];
      return {
        key,
        label: known?.label ?? key.replace(/_/g, ' ').toUpperCase(),
        advisory: known?.advisory === true,
        codes: list,
        rank: index < 0 ? KNOWN.length : index,
      };
    });
  return systems.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...system }) => system);
}

/** True when the note lists any code in any system. */
export function hasBillingCodes(codes: BillingCodes | null | undefined): boolean {
  return listCodeSystems(codes).length > 0;
}

/** True when the note lists a diagnosis code of this (normalised) system, e.g. 'icd10'. */
export function isCodeSystem(system: CodeSystem, id: 'icd10' | 'icd11'): boolean {
  return normaliseSystem(system.key) === id;
}

// The R4 resources the exporter builds, from DefinitelyTyped's generated FHIR R4 (hl7.fhir.r4.core 4.0.1)
// definitions, so the compiler checks every field name and value set against the standard.
import type { Bundle, BundleEntry, Composition, CompositionSection, Condition, Device, Patient, Reference } from 'fhir/r4.js';

export type { Bundle, BundleEntry, Composition, CompositionSection, Condition, Device, Patient, Reference };
export type BundleResource = Composition | Patient | Condition | Device;

/**
 * The FHIR R4 (4.0.1) elements the exporter emits, written out by hand. The project's `@types/fhir@3.0.2` describes
 * STU3, whose Bundle has no `timestamp`, whose Condition.verificationStatus is a plain code and whose Device has no
 * `deviceName`, so typing against it would check the wrong field names. Names here follow the R4 spec (and the
 * `fhir4` namespace of newer `@types/fhir`), so swapping to that package later is a rename.
 */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

/** At least one of reference, identifier or display (ref-1). */
export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Narrative {
  status: 'generated' | 'extensions' | 'additional' | 'empty';
  div: string;
}

export interface Meta {
  tag?: Coding[];
}

interface DomainResourceBase {
  id?: string;
  meta?: Meta;
  text?: Narrative;
}

export interface HumanName {
  use?: 'usual' | 'official' | 'temp' | 'nickname' | 'anonymous' | 'old' | 'maiden';
  text?: string;
  family?: string;
  given?: string[];
}

export interface Patient extends DomainResourceBase {
  resourceType: 'Patient';
  identifier?: Identifier[];
  name?: HumanName[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
}

export interface Device extends DomainResourceBase {
  resourceType: 'Device';
  identifier?: Identifier[];
  status?: 'active' | 'inactive' | 'entered-in-error' | 'unknown';
  deviceName?: {
    name: string;
    type: 'udi-label-name' | 'user-friendly-name' | 'patient-reported-name' | 'manufacturer-name' | 'model-name' | 'other';
  }[];
  type?: CodeableConcept;
  version?: { value: string }[];
}

export interface Annotation {
  text: string;
  time?: string;
  authorReference?: Reference;
}

export interface Condition extends DomainResourceBase {
  resourceType: 'Condition';
  clinicalStatus?: CodeableConcept;
  verificationStatus?: CodeableConcept;
  category?: CodeableConcept[];
  code?: CodeableConcept;
  subject: Reference;
  recordedDate?: string;
  recorder?: Reference;
  note?: Annotation[];
}

export interface CompositionSection {
  title?: string;
  code?: CodeableConcept;
  author?: Reference[];
  text?: Narrative;
  mode?: 'working' | 'snapshot' | 'changes';
  entry?: Reference[];
  emptyReason?: CodeableConcept;
  section?: CompositionSection[];
}

export interface Composition extends DomainResourceBase {
  resourceType: 'Composition';
  identifier?: Identifier;
  status: 'preliminary' | 'final' | 'amended' | 'entered-in-error';
  type: CodeableConcept;
  category?: CodeableConcept[];
  subject?: Reference;
  date: string;
  author: Reference[];
  title: string;
  section?: CompositionSection[];
}

export type BundleResource = Composition | Patient | Condition | Device;

export interface BundleEntry {
  fullUrl?: string;
  resource?: BundleResource;
}

export interface Bundle {
  resourceType: 'Bundle';
  id?: string;
  identifier?: Identifier;
  type: 'document' | 'message' | 'transaction' | 'transaction-response' | 'batch' | 'batch-response' | 'history' | 'searchset' | 'collection';
  timestamp?: string;
  entry?: BundleEntry[];
}

import { ENDPOINTS } from './endpoints.js';
import { defineFaultMatrix, defineUploadRetries } from './fault-matrix.js';

// The SOAPNoteAPI half of the fault matrix; the gateways are in fault-matrix-gateways.test.ts (a file per half lets
// the two run in parallel workers).
defineFaultMatrix('fault matrix: SOAPNoteAPI', ENDPOINTS.filter((e) => e.service === 'soapnoteapi'));
defineUploadRetries(ENDPOINTS.filter((e) => e.service === 'soapnoteapi'));

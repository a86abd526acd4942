import { ENDPOINTS } from './endpoints.js';
import { defineFaultMatrix, defineUploadRetries } from './fault-matrix.js';

// The AssemblyAI (speech API and LLM Gateway) and OpenAI-compatible half of the fault matrix.
defineFaultMatrix('fault matrix: AssemblyAI, its LLM Gateway, OpenAI-compatible', ENDPOINTS.filter((e) => e.service !== 'soapnoteapi'));
defineUploadRetries(ENDPOINTS.filter((e) => e.service !== 'soapnoteapi'));

import { ENDPOINT_ROWS, FIRST_CALL_ROWS, STREAM_ROWS, UPLOAD_ROWS, defineFaultMatrix, defineUploadRetries } from './fault-matrix.js';

// The rows of the fault matrix that depend on the endpoint (see fault-matrix.ts for what each group holds and why).
defineFaultMatrix('fault matrix: streams (SSE)', STREAM_ROWS);
defineFaultMatrix('fault matrix: uploads', UPLOAD_ROWS);
defineUploadRetries();
defineFaultMatrix('fault matrix: the first call of every command', FIRST_CALL_ROWS);
defineFaultMatrix('fault matrix: what single endpoints do their own way', ENDPOINT_ROWS);

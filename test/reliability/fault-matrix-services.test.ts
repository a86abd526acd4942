import { SERVICE_ROWS, defineFaultMatrix } from './fault-matrix.js';

// Transport and HTTP faults × one JSON endpoint per API; the rows that are specific to streams, uploads, first calls
// and single endpoints are in fault-matrix-endpoints.test.ts (two files let the halves run in parallel workers).
defineFaultMatrix('fault matrix: transport and HTTP faults × one endpoint per service', SERVICE_ROWS);

// Every real procedure of the demo, in the order of the data files (see load.ts).
import { loadProcedureData } from './load';
import type { ProcedureSeed } from './types';

export const allProcedures: ProcedureSeed[] = loadProcedureData().procedures;

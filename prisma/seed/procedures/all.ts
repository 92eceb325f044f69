// Every real procedure of the demo, in the order of the seed files.
import { procedures as a } from './part-a';
import { procedures as b } from './part-b';
import { procedures as c } from './part-c';
import { procedures as d } from './part-d';
import type { ProcedureSeed } from './types';

export const allProcedures: ProcedureSeed[] = [...a, ...b, ...c, ...d];

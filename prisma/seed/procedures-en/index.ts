// The English details of the translated procedures, by slug: the 20 most viewed of the demo data
// (the highest `views` the seed gives, prisma/seed/procedures/load.ts). Each renders, part for
// part, the Vietnamese record of prisma/seed/procedures/*.json; numbers, form codes, legal numbers
// and dates are not repeated here (they are read from the Vietnamese record). The seed stores each
// with the fingerprint of the Vietnamese text it translates (lib/procedures/english.ts).
import type { EnglishDetails } from '../../../lib/procedures/english';
import { mostViewed } from './a-most-viewed';
import { civilStatus } from './b-civil-status';
import { civilStatusMore } from './c-civil-status-more';
import { certification } from './d-certification';

export const procedureTranslations: Record<string, EnglishDetails> = {
  ...mostViewed,
  ...civilStatus,
  ...civilStatusMore,
  ...certification,
};

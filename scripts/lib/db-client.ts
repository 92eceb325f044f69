import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client';

export function scriptClient(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
}

import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// The project's own configuration, so the test covers the file patterns as well as the rules.
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'boundaries/client-imports')
    .map((m) => `${m.ruleId}@${m.line}`);
}

describe('only server/ reaches the database', () => {
  it('refuses the database client and Prisma values in a page, a component or lib', async () => {
    const code =
      "import { db } from '@/server/db';\nimport { Prisma } from '@/generated/prisma/client';\nexport const n = [db, Prisma];\n";
    expect(await problems('app/[locale]/account/page.tsx', code)).toEqual([
      'no-restricted-imports@1',
      'no-restricted-imports@2',
    ]);
    expect(await problems('components/reports/List.tsx', code)).toEqual([
      'no-restricted-imports@1',
      'no-restricted-imports@2',
    ]);
    expect(
      await problems('lib/reports/rules.ts', "import { db } from '../../server/db';\nexport const d = db;\n"),
    ).toEqual(['no-restricted-imports@1']);
  });

  it('lets a page call server/ functions and a component name a generated type', async () => {
    expect(
      await problems(
        'app/[locale]/account/page.tsx',
        "import { accountSummary } from '@/server/accounts/queries';\nexport const f = accountSummary;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'components/reports/StatusBadge.tsx',
        "import type { ReportStatus } from '@/generated/prisma/client';\nexport const s: ReportStatus | null = null;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'server/accounts/queries.ts',
        "import 'server-only';\nimport { db } from '../db';\nexport const d = db;\n",
      ),
    ).toEqual([]);
  });
});

describe('client components take only server actions and types from server code', () => {
  it('reports server-only modules imported by a file marked "use client"', async () => {
    const code = [
      "'use client';",
      "import { requireUser } from '@/server/session';",
      "import 'server-only';",
      "import { env } from '../../server/env';",
      'export const x = [requireUser, env];',
      '',
    ].join('\n');
    expect(await problems('components/auth/Widget.tsx', code)).toEqual([
      'boundaries/client-imports@2',
      'boundaries/client-imports@3',
      'boundaries/client-imports@4',
    ]);
  });

  it('accepts server actions, types and shared code in a client component, and server code in a server component', async () => {
    const client = [
      "'use client';",
      "import { updateProfileAction } from '@/server/accounts/actions';",
      "import { issueApiKeyAction, type IssueKeyState } from '@/server/open311/api-key-actions';",
      "import type { FormState } from '@/lib/form-state';",
      "import { fieldId } from '@/components/forms/form-context';",
      'export const x: [unknown, unknown, IssueKeyState | FormState | null, unknown] = [updateProfileAction, issueApiKeyAction, null, fieldId];',
      '',
    ].join('\n');
    expect(await problems('components/auth/Widget.tsx', client)).toEqual([]);
    expect(
      await problems(
        'components/auth/Panel.tsx',
        "import { requireUser } from '@/server/session';\nexport const r = requireUser;\n",
      ),
    ).toEqual([]);
  });
});

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const root = import.meta.dirname;
const serverDir = path.join(root, 'server') + path.sep;
const heads = new Map();

/** The first bytes of a project file an import points to, or undefined for a package. */
function headOf(source, importer) {
  const base = source.startsWith('@/')
    ? path.join(root, source.slice(2))
    : source.startsWith('.')
      ? path.resolve(path.dirname(importer), source)
      : undefined;
  if (!base) return undefined;
  const file = ['.ts', '.tsx', '', '/index.ts', '/index.tsx']
    .map((ext) => base + ext)
    .find((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
  if (!file) return { file: base, text: '' };
  if (!heads.has(file)) heads.set(file, readFileSync(file, 'utf8').slice(0, 2000));
  return { file, text: heads.get(file) };
}

const directive = (name) => new RegExp(`^(\\s|//.*\\n|/\\*[^]*?\\*/)*['"]${name}['"]`);

/**
 * A client component is sent to the browser with everything it imports, and ESLint cannot tell one
 * by its path: this rule looks for the 'use client' directive. From server/ such a file may import
 * server actions (modules that start with 'use server', which Next turns into calls) and types.
 */
const boundaries = {
  rules: {
    'client-imports': {
      meta: {
        type: 'problem',
        messages: {
          server:
            "A client component may take only server actions and types from server code: '{{source}}' would ship server code to the browser.",
        },
      },
      create(context) {
        const first = context.sourceCode.ast.body[0];
        if (first?.type !== 'ExpressionStatement' || first.directive !== 'use client') return {};
        const check = (node) => {
          if (!node.source || node.importKind === 'type' || node.exportKind === 'type') return;
          if (
            node.specifiers?.length &&
            node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type')
          )
            return;
          const source = String(node.source.value);
          const head = source === 'server-only' ? { file: serverDir, text: '' } : headOf(source, context.filename);
          if (!head) return;
          const serverCode = head.file.startsWith(serverDir) || /^import ['"]server-only['"]/m.test(head.text);
          if (serverCode && !directive('use server').test(head.text))
            context.report({ node, messageId: 'server', data: { source } });
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};

// Only server/ (and scripts/, bench/, prisma/seed, tests/ for their own setup) talk to the database:
// pages and components ask a server/<feature> function for what they show.
const dataLayer = 'Ask a function in server/<feature>/ for the data; only server/ talks to the database.';

const config = [
  ...nextVitals,
  ...nextTs,
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }] } },
  {
    files: ['app/**', 'components/**', 'lib/**', 'i18n/**', 'proxy.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/server/db', '**/server/db'], message: dataLayer },
            {
              group: ['@/generated/prisma/*', '**/generated/prisma/*', '@prisma/client', '@prisma/adapter-pg', 'pg'],
              allowTypeImports: true,
              message: dataLayer,
            },
          ],
        },
      ],
    },
  },
  { plugins: { boundaries }, rules: { 'boundaries/client-imports': 'error' } },
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'bench/results/**',
      'node_modules/**',
      'generated/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
];
export { boundaries };
export default config;

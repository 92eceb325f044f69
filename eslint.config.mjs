import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }] } },
  { ignores: ['.next/**', '.next-*/**', 'bench/results/**', 'node_modules/**', 'generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];
export default config;

import { describe, expect, it } from 'vitest';
import { normalizeReportCode } from './lookup';

describe('normalizeReportCode', () => {
  it('accepts a code as people type it', () => {
    for (const typed of ['PA-2026-000123', 'pa-2026-000123', '  PA 2026 000123 ', 'PA2026000123', 'pa_2026_000123'])
      expect(normalizeReportCode(typed), typed).toBe('PA-2026-000123');
  });
  it('refuses what is not a code', () => {
    for (const typed of ['', 'ổ gà', 'PA-26-000123', 'PA-2026-123', 'XX-2026-000123', 'PA-2026-000123; drop'])
      expect(normalizeReportCode(typed), typed).toBeNull();
  });
});

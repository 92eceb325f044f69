import { z } from 'zod';
import { cleanText } from '../text';

// Issuing and revoking Open311 API keys (/admin/api-keys). Messages are error codes (lib/errors.ts).

export const API_KEY_NAME_MAX = 80;

export const apiKeyIssueSchema = z.object({
  name: cleanText({ max: API_KEY_NAME_MAX }),
});

export const apiKeyRevokeSchema = z.object({
  id: z
    .string({ error: 'invalid' })
    .trim()
    .regex(/^[a-z0-9]{10,40}$/, 'invalid'),
});

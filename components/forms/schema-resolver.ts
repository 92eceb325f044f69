import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { issueError } from '@/lib/errors';

/**
 * react-hook-form's resolver for a shared zod schema: like zodResolver, but each field error keeps
 * the error's parameters (`{ message: 'tooLong', params: { max: 120 } }`), so the browser shows the
 * same words as the server.
 */
export function schemaResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    const errors: Record<string, FieldError & { params?: Record<string, string | number> }> = {};
    for (const issue of result.error.issues) {
      const name = issue.path.map(String).join('.');
      if (errors[name]) continue;
      const error = issueError(issue);
      errors[name] = { type: issue.code, message: error.code, ...(error.params ? { params: error.params } : {}) };
    }
    return { values: {}, errors: toNestErrors(errors as FieldErrors, options) };
  };
}

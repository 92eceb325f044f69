// The portal's one error model, the same in the browser and on the server: a code from the closed
// list below, optional parameters for its text ({ max: 5000 }, { n: 2 }) and optionally the field
// it belongs to. Its text, in the visitor's language, is the code's entry in the "Errors" message
// group (messages/vi.json, messages/en.json), written by the one resolver `errorText`.
import type { z } from 'zod';

/** Every error code; each has a text in the "Errors" group of both languages (lib/errors.test.ts). */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unprocessable',
  'rate_limited',
  'internal',
  'origin',
  'invalid_credentials',
  'email_unverified',
  'account_disabled',
  'email_taken',
  'token_invalid',
  'token_expired',
  'oauth',
  'oauth_not_linked',
  'unavailable',
  'bad_body',
  'required',
  'nameRequired',
  'tooLong',
  'tooShort',
  'textDirectionControls',
  'emailRequired',
  'emailInvalid',
  'passwordRequired',
  'passwordTooShort',
  'passwordTooLong',
  'passwordCommon',
  'passwordMismatch',
  'phoneInvalid',
  'wardRequired',
  'wardUnknown',
  'unitUnknown',
  'consentRequired',
  'confirmDelete',
  'roleInvalid',
  'agencyRequired',
  'agencyUnknown',
  'invalid',
  'slugInvalid',
  'urlInvalid',
  'jsonInvalid',
  'tooMany',
  'taken',
  'categoryRequired',
  'categoryUnknown',
  'reportTitleRequired',
  'reportTitleTooShort',
  'reportDescriptionRequired',
  'reportWardRequired',
  'reportAddressRequired',
  'coordinateInvalid',
  'coordinatePair',
  'coordinateOutsideCity',
  'photoConsentRequired',
  'rejectReasonRequired',
  'duplicateOfRequired',
  'dateInvalid',
  'ratingRequired',
  'ratingReasonRequired',
  'signInRequired',
  'uploadOrigin',
  'rateLimited',
  'notMultipart',
  'badMultipart',
  'bodyTooLarge',
  'tooManyPhotos',
  'photoTooBig',
  'tooManyFields',
  'unexpectedFile',
  'photoEmpty',
  'photoNotImage',
  'photoUnreadable',
  'photoTooManyPixels',
  'photoOddShape',
  'invalidFields',
  'idempotencyConflict',
  'uploadInternal',
  'officialsOnly',
  'reportNotFound',
  'answerRequired',
  'answerRateLimited',
  'otherAgency',
  'notSaved',
  'uploadUnavailable',
  'outcomeUnknown',
  'tooManyAttempts',
  'adminReportNotFound',
  'sameStatus',
  'closedNeedsReopen',
  'transitionNotAllowed',
  'closedCannotAssign',
  'routeAgencyRequired',
  'sameAgency',
  'committedDateRequired',
  'committedDateInvalid',
  'committedDateNotFuture',
  'committedDateNotWorkingDay',
  'committedDateOnlyInProgress',
  'duplicateNotFound',
  'duplicateSelf',
  'duplicateOfDuplicate',
  'hideReasonRequired',
  'alreadyHidden',
  'notHidden',
  'photoNotFound',
  'progressNoteRequired',
  'reopenNoteRequired',
  'alreadyOpen',
  'cannedTitleRequired',
  'cannedBodyRequired',
  'adminInternal',
  'ratingClosed',
  'consultationSignIn',
  'consultationNotOpen',
  'consultationClosed',
  'consultationWardOutside',
  'consultationAnswerRequired',
  'consultationOptionUnknown',
  'consultationTooManyChoices',
  'consultationRankingInvalid',
  'consultationResultsSealed',
  'consultationLocked',
  'consultationClosesBeforeOpens',
  'consultationNoQuestions',
  'consultationOptionsNeeded',
  'consultationNotClosed',
  'consultationCloseNotOpen',
  'consultationSlugTaken',
  'consultationSlugReserved',
  'consultationWardUnknown',
  'consultationCommentsOff',
  'consultationCommentOwn',
  'consultationPollShape',
  'consultationPlacementInvalid',
  'newsSlugReserved',
  'newsSlugTaken',
  'newsEnglishIncomplete',
  'newsCoverAltRequired',
  'newsImageMissing',
  'newsImageTooBig',
  'newsImageNotImage',
  'newsImageTooSmall',
  'newsImageTooManyPixels',
  'alertExpiresBeforeOnset',
  'alertExpired',
  'alertUnknown',
  'alertNotCurrent',
  'alertWardUnknown',
  'alertPolygonInvalid',
  'alertCircleInvalid',
  'alertAlreadyIssued',
  'targetPositive',
  'targetTooLarge',
  'unitCodeInvalid',
  'unitCodeTaken',
  'invitationUnknown',
  'invitationRevoked',
  'specialHoursLine',
  'specialHoursDate',
  'specialHoursRange',
  'specialHoursTimes',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type ErrorParams = Record<string, string | number>;

/** An error as the portal passes it around: never a sentence, never a key hidden in a string. */
export type PortalError = { code: ErrorCode; params?: ErrorParams; field?: string };

/** A text already written in the visitor's language, as a route handler's JSON answer carries it. */
export type ResolvedError = { message: string };

/** What a form shows: an error to resolve, or a text the server has already resolved. */
export type ShownError = PortalError | ResolvedError;

/** Field name → its errors, first one shown. */
export type FieldErrors = Record<string, PortalError[]>;

const known = new Set<string>(ERROR_CODES);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && known.has(value);
}

/** An error with a code; a code outside the list (a bug) becomes the generic "invalid". */
export function portalError(code: string, params?: ErrorParams, field?: string): PortalError {
  return {
    code: isErrorCode(code) ? code : 'invalid',
    ...(params && Object.keys(params).length ? { params } : {}),
    ...(field ? { field } : {}),
  };
}

/**
 * A zod issue as a portal error. Schemas write the code as the issue's message; parameters come
 * from a custom issue's `params`, or from the limit of a length check (`max` for too long,
 * `min` for too short).
 */
export function issueError(issue: z.core.$ZodIssue): PortalError {
  let params: ErrorParams | undefined;
  if (issue.code === 'custom' && issue.params) params = issue.params as ErrorParams;
  else if (issue.code === 'too_big') params = { max: Number(issue.maximum) };
  else if (issue.code === 'too_small') params = { min: Number(issue.minimum) };
  const field = issue.path.length ? String(issue.path[0]) : undefined;
  return portalError(issue.message, params, field);
}

/** Field name → errors, from zod issues (an issue without a path belongs to "_form"). */
export function issueFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const error = issueError(issue);
    (out[error.field ?? '_form'] ??= []).push(error);
  }
  return out;
}

/** The message lookup of the "Errors" group, as next-intl gives it on both sides. */
export type ErrorTranslator = {
  (key: ErrorCode, values?: ErrorParams): string;
  has(key: string): boolean;
};

/**
 * The one resolver: an error (or a code) as text in the language of `t`, a translator of the
 * "Errors" group (server: `translator(locale, 'Errors')`; browser: `useTranslations('Errors')`).
 */
export function errorText(t: ErrorTranslator, error: ShownError | ErrorCode): string {
  if (typeof error === 'string') return t(isErrorCode(error) ? error : 'invalid');
  if ('message' in error) return error.message;
  const code = isErrorCode(error.code) && t.has(error.code) ? error.code : 'invalid';
  return t(code, error.params);
}

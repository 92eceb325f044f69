/** Short-lived cookie that keeps the email a person typed when a plain sign-in form comes back with an error. */
export const SIGN_IN_FLASH_COOKIE = 'cds_signin_email';

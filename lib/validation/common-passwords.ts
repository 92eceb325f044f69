// Passwords seen most often in leaked lists (and local favourites); any of them is refused.
export const commonPasswords = new Set([
  '1234567890', '12345678910', '0123456789', '1234512345', '1111111111', '0000000000', '1234567899',
  '9876543210', '1122334455', '1234554321', '1q2w3e4r5t', 'qwertyuiop', 'qwerty1234', 'qwerty12345',
  'password12', 'password123', 'password1234', 'password!1', 'passw0rd123', 'iloveyou12', 'iloveyou123',
  'abcdefghij', 'abc1234567', 'abcd123456', 'a123456789', 'asdfghjkl1', 'zxcvbnm123', 'football12',
  'baseball12', 'superman12', 'welcome123', 'welcome1234', 'admin12345', 'administrator', 'letmein123',
  'changeme123', 'trustno1234', 'princess12', 'sunshine12', 'dragon1234', 'monkey1234', 'master1234',
  'matkhau123', 'matkhau1234', 'matkhaumoi', 'anhyeuem123', 'emyeuanh123', 'anhyeuem1234', 'iloveyou1234',
  'congdanso123', 'congdanso2026', 'vietnam123', 'vietnam1234', 'saigon1234', 'hochiminh123', 'tphcm12345',
  'hanoi12345', 'qwerty123456', '123456789a', '123456789q', '12345678a@', 'aa12345678', 'zaq12wsxcde',
  '1qaz2wsx3edc', 'password', 'passwordpassword', 'qwertyqwerty', '11111111111', '123123123123',
]);

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return true;
  // One character repeated, or a plain run of digits, is as weak as the list.
  return /^(.)\1+$/.test(lower) || (/^\d+$/.test(lower) && /^(0123456789|1234567890|9876543210)/.test(lower));
}

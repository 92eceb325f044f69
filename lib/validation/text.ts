import { z } from 'zod';

// Every schema imports this module: without the probe zod makes for `new Function` (its fast
// path), a page's strict Content-Security-Policy reports no `eval` violation.
z.config({ jitless: true });

// Every free-text field of the portal goes through `cleanText`, in the browser and again on the
// server, so what is stored and shown is what a reader can see: one Unicode form (NFC, as the
// Vietnamese keyboards mostly send it, so "Đăng ký" typed on a Mac matches the same words typed on
// Windows), no invisible characters that could make a title look empty or two names look the same,
// and no bidirectional controls that could show text in an order other than the one stored
// ("Trojan Source": U+202E makes "gnp.exe" read as "exe.png").

/** Bidirectional embedding, override and isolate controls: refused, never silently removed. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Characters that draw nothing: format characters (zero-width space and joiners, word joiner, BOM,
 * soft hyphen, direction marks, tags…), controls other than line breaks and tabs, lone surrogates,
 * and the letters and symbols that are blank by design (Hangul fillers, braille blank, combining
 * grapheme joiner, Khmer inherent vowels), the usual ways to make a "blank" name.
 */
const INVISIBLE =
  /[\p{Cf}\p{Cs}\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u034F\u115F\u1160\u17B4\u17B5\u2800\u3164\uFFA0]/gu;
const ZWJ = '\u200D';
/** Emoji presentation selector and skin tones, which may sit between a pictograph and a joiner. */
const EMOJI_TRAILERS = /[\uFE0F\u{1F3FB}-\u{1F3FF}]+$/u;
const PICTOGRAPH_END = /\p{Extended_Pictographic}$/u;
const PICTOGRAPH_START = /^\p{Extended_Pictographic}/u;

/** Line breaks of every kind, for multi-line fields. */
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
/** Spaces other than the line feed (tab, no-break space, the typographic spaces, ideographic space). */
const SPACES = /[\t\p{Zs}]/gu;
/** Something a reader can see: a letter, a digit, punctuation or a symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

export function hasBidiControls(value: string): boolean {
  return BIDI_CONTROLS.test(value);
}

/** A zero-width joiner inside an emoji sequence (👨‍👩‍👧) is part of the picture: it stays. */
function isEmojiJoiner(whole: string, offset: number): boolean {
  const before = whole.slice(Math.max(0, offset - 8), offset).replace(EMOJI_TRAILERS, '');
  return PICTOGRAPH_END.test(before) && PICTOGRAPH_START.test(whole.slice(offset + 1, offset + 3));
}

/**
 * The text as it is stored: NFC, invisible characters removed, spaces of any kind made plain,
 * trimmed. A single-line value becomes one line with single spaces; a multi-line value keeps its
 * line breaks (as "\n", at most one empty line in a row, no spaces at line ends). A value with
 * nothing visible left becomes "".
 */
export function normaliseText(value: string, options: { multiline?: boolean } = {}): string {
  let s = value
    .normalize('NFC')
    .replace(INVISIBLE, (ch: string, offset: number, whole: string) =>
      ch === ZWJ && isEmojiJoiner(whole, offset) ? ch : '',
    );
  if (options.multiline) {
    s = s
      .replace(LINE_BREAKS, '\n')
      .replace(SPACES, ' ')
      .replace(/ +\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  } else {
    s = s.replace(/[\s\u0085]+/gu, ' ').trim();
  }
  return VISIBLE.test(s) ? s : '';
}

export type CleanTextOptions = {
  /** Longest value after normalisation, counted as the browser's maxlength counts (UTF-16 units). */
  max: number;
  /** Shortest value after normalisation; 0 lets an empty value through (optional fields). Default 1. */
  min?: number;
  /** Keep line breaks (text areas). */
  multiline?: boolean;
  /**
   * Messages: error codes of lib/errors.ts by default ("required", "tooLong" and "tooShort", whose
   * limits the issue carries, "textDirectionControls"), or sentences (Open311).
   */
  messages?: { required?: string; tooShort?: string; tooLong?: string; bidi?: string };
};

/**
 * A text field: refuses bidirectional controls, normalises (see `normaliseText`), then checks the
 * length of what is left, so a value of zero-width spaces is "required" like an empty one. Still a
 * `z.string()`, so `.optional()`, `.default()`, `.refine()` and `.transform()` chain as before.
 */
export function cleanText({ max, min = 1, multiline = false, messages = {} }: CleanTextOptions) {
  const required = messages.required ?? 'required';
  let schema = z
    .string({ error: required })
    .refine((v) => !hasBidiControls(v), { message: messages.bidi ?? 'textDirectionControls', abort: true })
    .overwrite((v) => normaliseText(v, { multiline }));
  if (min > 0) schema = schema.min(1, { message: required, abort: true });
  if (min > 1) schema = schema.min(min, messages.tooShort ?? 'tooShort');
  return schema.max(max, messages.tooLong ?? 'tooLong');
}

/** An optional text field: empty (after normalisation) becomes undefined. */
export function optionalCleanText(options: Omit<CleanTextOptions, 'min'>) {
  return cleanText({ ...options, min: 0 })
    .optional()
    .transform((v) => v || undefined);
}

/** Optional multi-line text (notes, reasons, comments of the back office): empty stays "". */
export function noteText(max: number) {
  return cleanText({ max, min: 0, multiline: true }).default('');
}

/**
 * A list typed as text, one item per line or comma (`separator`): each item is a `cleanText`
 * (bidi controls refused, normalised, at most `max`); items that are empty after it are dropped.
 */
export function textList(separator: RegExp, options: { max: number; maxItems: number; min?: number }) {
  return z
    .string()
    .transform((v) => v.split(separator).filter((item) => normaliseText(item) !== ''))
    .pipe(
      z
        .array(cleanText({ max: options.max }))
        .min(options.min ?? 0, 'required')
        .max(options.maxItems, 'tooMany'),
    );
}

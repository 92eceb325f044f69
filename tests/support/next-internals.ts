// The Next.js internals the tests rely on, and the only module that imports from next/dist. Next.js
// has no public API that does what these do:
//   - proxyMatchers: the regular expressions Next.js compiles the proxy's `matcher` into. The public
//     unstable_doesMiddlewareMatch (next/experimental/testing/server) takes a URL and parses it,
//     which encodes the path again: the decoded form of a path, which Next.js also tests, cannot be
//     given to it.
//   - matchSource and fillParams: how Next.js matches a `source` of next.config.ts (strict, and
//     case-sensitive as caseSensitiveRoutes sets it) and fills its parameters into a header value or
//     destination. The public unstable_getResponseFromNextConfig always matches case-insensitively
//     and copies header values without filling their parameters.
// tests/unit/next-internals.test.ts checks what these return on fixed examples, and against the
// public functions where they agree, so a Next.js upgrade that moves or changes one fails there by
// name. Kept out of the portal's code: only tests import this.
import * as staticInfo from 'next/dist/build/analysis/get-page-static-info';
import * as pathMatch from 'next/dist/shared/lib/router/utils/path-match';
import * as destination from 'next/dist/shared/lib/router/utils/prepare-destination';

type Internals = {
  getMiddlewareMatchers: (matcher: string[], config: object) => { regexp: string }[];
  getPathMatch: (
    source: string,
    options: { strict: boolean; removeUnnamedParams: boolean; sensitive: boolean },
  ) => (pathname: string) => Record<string, string> | false;
  compileNonPath: (value: string, params: Record<string, string>) => string;
};

function required<K extends keyof Internals>(module: object, name: K, from: string): Internals[K] {
  const value = (module as Record<string, unknown>)[name];
  if (typeof value !== 'function') {
    throw new Error(
      `Next.js no longer exports ${name} from ${from}: see tests/support/next-internals.ts for what it did and why no public API replaces it.`,
    );
  }
  return value as Internals[K];
}

const getMiddlewareMatchers = required(
  staticInfo,
  'getMiddlewareMatchers',
  'next/dist/build/analysis/get-page-static-info',
);
const getPathMatch = required(pathMatch, 'getPathMatch', 'next/dist/shared/lib/router/utils/path-match');
const compileNonPath = required(destination, 'compileNonPath', 'next/dist/shared/lib/router/utils/prepare-destination');

/** The regular expressions Next.js tests a request's path against before running the proxy. */
export function proxyMatchers(matcher: string[]): RegExp[] {
  return getMiddlewareMatchers(matcher, {}).map((m) => new RegExp(m.regexp));
}

/** Next.js's match of a next.config.ts `source` (strict, case-sensitive): its parameters, or false. */
export function matchSource(source: string): (pathname: string) => Record<string, string> | false {
  return getPathMatch(source, { strict: true, removeUnnamedParams: true, sensitive: true });
}

/** A header value or destination with the parameters of its match filled in, as Next.js does. */
export function fillParams(value: string, params: Record<string, string>): string {
  return compileNonPath(value, params);
}

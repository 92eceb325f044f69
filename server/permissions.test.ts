import { describe, expect, it } from 'vitest';
import { can, isPublicFor, reportFacts, type ReportFacts } from './permissions';

const author = { id: 'a', role: 'CITIZEN' };
const other = { id: 'b', role: 'CITIZEN' };
const holder = { id: 'o', role: 'OFFICIAL', agencyId: 'SO-XD' };
const former = { id: 'f', role: 'OFFICIAL', agencyId: 'P-SAI-GON' };
const stranger = { id: 's', role: 'OFFICIAL', agencyId: 'SO-YT' };
const noAgency = { id: 'n', role: 'OFFICIAL', agencyId: null };
const admin = { id: 'x', role: 'ADMIN', agencyId: null };
const editor = { id: 'e', role: 'EDITOR' };
const people = [null, author, other, holder, former, stranger, noAgency, admin, editor];

const r = (isPublic: boolean, hidden: boolean): ReportFacts => ({
  isPublic, hiddenAt: hidden ? new Date() : null, authorId: 'a', agencyId: 'SO-XD', pastAgencyIds: ['P-SAI-GON'],
});

describe('report:view', () => {
  it.each([
    //                         anon   author other  holder former strang noAg   admin  editor
    ['public', r(true, false), [true, true, true, true, true, true, true, true, true]],
    ['private', r(false, false), [false, true, false, true, true, false, false, true, false]],
    ['hidden', r(true, true), [false, false, false, true, true, false, false, true, false]],
    ['hidden private', r(false, true), [false, false, false, true, true, false, false, true, false]],
  ] as const)('%s report: anonymous, author, other, holding agency, former agency, other agency, no agency, admin, editor', (_n, report, expected) => {
    expect(people.map((u) => can(u, 'report:view', report))).toEqual(expected);
  });

  it('never matches an anonymous viewer to a report without an author', () => {
    expect(can(null, 'report:view', { ...r(false, false), authorId: null })).toBe(false);
  });
});

describe('report:follow, report:view-internal, report:handle', () => {
  it('follow: whoever may view it, signed in', () => {
    expect(people.map((u) => can(u, 'report:follow', r(false, false)))).toEqual([false, true, false, true, true, false, false, true, false]);
    expect(can(null, 'report:follow', r(true, false))).toBe(false);
  });
  it('internal details: the holding and former agencies and admins, even on a public report', () => {
    expect(people.map((u) => can(u, 'report:view-internal', r(true, false)))).toEqual([false, false, false, true, true, false, false, true, false]);
  });
  it('back-office actions: the holding agency and admins only', () => {
    expect(people.map((u) => can(u, 'report:handle', r(true, false)))).toEqual([false, false, false, true, false, false, false, true, false]);
  });
});

describe('photo:view', () => {
  const shown = { hiddenAt: null, internal: false };
  it('a photo follows its report; a hidden or officials-only one is for the agency in charge', () => {
    expect(people.map((u) => can(u, 'photo:view', { report: r(false, false), photo: shown }))).toEqual([false, true, false, true, true, false, false, true, false]);
    for (const photo of [{ hiddenAt: new Date(), internal: false }, { hiddenAt: null, internal: true }]) {
      expect(people.map((u) => can(u, 'photo:view', { report: r(true, false), photo }))).toEqual([false, false, false, true, true, false, false, true, false]);
    }
  });
});

describe('reportFacts', () => {
  it('reads former agencies from the timeline, without the current one or gaps', () => {
    const facts = reportFacts({ authorId: null, isPublic: true, hiddenAt: null, agencyId: 'B', events: [{ agencyId: 'A' }, { agencyId: null }, { agencyId: 'B' }, { agencyId: 'A' }] });
    expect(facts.pastAgencyIds).toEqual(['A']);
    expect(isPublicFor(facts)).toBe(true);
    expect(isPublicFor({ ...facts, hiddenAt: new Date() })).toBe(false);
  });
});

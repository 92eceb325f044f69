// The procedures that have a "Which documents do I need?" wizard, by slug.
import {
  birthRegistration,
  birthRegistrationForeign,
  deathRegistration,
  marriageRegistration,
  marriageRegistrationForeign,
} from './civil-status';
import { businessHousehold, buildingPermit } from './construction-business';
import { certifiedCopy, criminalRecord, permanentResidence, temporaryResidence } from './residence-justice';
import { wizardSchema, type Wizard, type WizardInput } from './types';

export const wizardDefinitions: WizardInput[] = [
  birthRegistration,
  birthRegistrationForeign,
  marriageRegistration,
  marriageRegistrationForeign,
  deathRegistration,
  permanentResidence,
  temporaryResidence,
  criminalRecord,
  certifiedCopy,
  buildingPermit,
  businessHousehold,
];

const bySlug = new Map<string, Wizard>(wizardDefinitions.map((w) => [w.slug, wizardSchema.parse(w)]));

/** The wizard of a procedure, or undefined when it has none. */
export function wizardFor(slug: string): Wizard | undefined {
  return bySlug.get(slug);
}

export const wizardSlugs = [...bySlug.keys()];

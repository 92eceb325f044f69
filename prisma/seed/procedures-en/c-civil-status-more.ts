// English details of the most viewed procedures, ranks 12 to 16 (linked birth services, guardianship,
// birth re-registration, birth and marriage with a foreign element).
import type { EnglishDetails } from '../../../lib/procedures/english';
import {
  COUNCIL_FEE,
  COUNCIL_FEE_UNVERIFIED,
  ID_OF_APPLICANT,
  law,
  issuer,
  MOJ_FORM,
  NATIONAL_PORTAL,
  ONE_STOP,
  SAME,
  SHOW_UNLESS_IN_DB,
} from './shared';

const DECREE_120 =
  "The power moved from the district-level to the commune-level People's Committee under Decree 120/2025/NĐ-CP (in force until 1 March 2027 unless replaced earlier).";
const FREE_IN_COUNTRY = 'No fee (Vietnamese citizens residing in Vietnam)';

export const civilStatusMore: Record<string, EnglishDetails> = {
  'lien-thong-khai-sinh-thuong-tru-bao-hiem-y-te-tre-duoi-6-tuoi': {
    applicants:
      'The parent or the person responsible for registering the birth of a child under 6, with an electronic identification account',
    implementingAgency:
      "People's Committee of the ward, commune or special zone (birth); ward, commune or special zone police (permanent residence); Social Security office (health insurance card)",
    submissionPlace: `${NATIONAL_PORTAL} (linked birth registration service) or the VNeID app; help is available at the ward or commune Public Administrative Service Centre`,
    steps: [
      'Sign in to the National Public Service Portal or VNeID with your electronic identification account and choose the linked birth registration service.',
      'Fill in the electronic form (birth, permanent residence, health insurance) and attach a scan of the birth notice from the health facility and related documents; pay any fee online.',
      "The commune-level People's Committee registers the birth and assigns a personal identification number; the file is passed on for the commune-level police to register the permanent residence and for Social Security to issue the health insurance card.",
      'Receive notices through the Portal, VNeID or text message; receive the birth certificate and the health insurance card in the way you chose.',
    ],
    methods: [
      {
        processingTime: 'No more than 3 working days from receipt of the complete, valid file',
        fee: 'No fee for birth registration on time; the health insurance card of a child under 6 is paid for by the State budget; any permanent residence registration fee is shown when you file',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Linked electronic form (birth, permanent residence, health insurance)' },
          {
            name: 'A scan or electronic copy of the birth notice from the health facility',
            note: "Without it, a witness's statement or a written declaration on the birth",
          },
        ],
      },
      {
        case: 'Where the parents have registered their marriage',
        items: [
          {
            name: "A scan of the parents' marriage certificate",
            note: 'When the information is not yet in the database',
          },
        ],
      },
      {
        case: "Where the child's permanent residence is registered in accommodation the parents do not own",
        items: [
          {
            name: 'The consent of the head of household and the owner of the lawful accommodation',
            note: 'Given in the form or confirmed electronically as the Portal explains',
          },
        ],
      },
    ],
    result:
      "The child's birth certificate and personal identification number; the permanent residence recorded in the Residence Database; the child's health insurance card.",
    conditions:
      'A child under 6 whose birth has not been registered; the person filing has an electronic identification account. Special cases (a child with a foreign element, birth registration combined with the acknowledgement of parentage...) may need a separate procedure.',
    legalBasis: [
      {
        summary:
          'Electronic linking of the birth, permanent residence and health insurance card procedures for children under 6, and of the death registration, removal of permanent residence and funeral and survivor allowance procedures',
        issuer: issuer.government,
      },
      law.civilStatus,
      law.residence,
      { summary: 'Law on Health Insurance (as amended and supplemented)', issuer: issuer.assembly },
      law.twoLevelJustice,
    ],
    uncertain:
      'Code 2.000986 is the code in the linked public services system; it could not be checked against the National Database of Administrative Procedures. The decision number and the 3-working-day limit are those published in 2024 (before the district level was abolished). The permanent residence registration fee in the linked file and whether paper files are accepted have not been verified.',
  },

  'dang-ky-giam-ho': {
    applicants: 'A person appointed as guardian, or a guardian by law under the Civil Code',
    implementingAgency:
      "People's Committee of the ward, commune or special zone where the ward or the guardian resides",
    submissionPlace: `${ONE_STOP}; or online on the ${NATIONAL_PORTAL}`,
    steps: [
      'Prepare the declaration form and the document appointing the guardian, or the documents proving the conditions for guardianship by law.',
      'File in person, by post or online.',
      'The justice and civil status officer checks the conditions for guardianship; if they are met, the guardianship is entered in the civil status register.',
      'The person registering signs the civil status register and receives the guardianship registration extract.',
    ],
    methods: [
      { processingTime: '3 working days from receipt of the complete, valid file', fee: FREE_IN_COUNTRY },
      { processingTime: SAME, fee: FREE_IN_COUNTRY },
      { processingTime: SAME, fee: FREE_IN_COUNTRY },
    ],
    documents: [
      {
        case: 'Appointed guardian',
        items: [
          { name: 'Guardianship registration declaration form', form: MOJ_FORM },
          { name: 'The document appointing the guardian as the Civil Code provides' },
          { name: ID_OF_APPLICANT, note: SHOW_UNLESS_IN_DB },
        ],
      },
      {
        case: 'Guardian by law',
        items: [
          { name: 'Guardianship registration declaration form', form: MOJ_FORM },
          {
            name: 'Documents proving the conditions to be guardian by law (for example documents proving the family relationship)',
          },
          {
            name: 'A written agreement appointing one person as guardian',
            note: 'When several people qualify as guardian by law',
          },
          { name: ID_OF_APPLICANT, note: SHOW_UNLESS_IN_DB },
        ],
      },
    ],
    result: 'Guardianship registration extract.',
    conditions:
      'The guardian must meet the conditions of the Civil Code (for an individual, Article 49: full civil act capacity, good moral character and the means needed to exercise the rights and duties of a guardian, and not falling under an exclusion).',
    legalBasis: [
      law.civilCode,
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      law.civilStatusCircular,
    ],
    uncertain:
      'The documents proving the conditions for guardianship differ from case to case; ask at the place of filing. Guardianship with a foreign element is a separate procedure.',
  },

  'dang-ky-lai-khai-sinh': {
    applicants: 'A person whose birth was registered before 1 January 2016 (or the parent or guardian of a minor)',
    implementingAgency:
      "People's Committee of the ward, commune or special zone where the birth was registered before or where the applicant resides",
    submissionPlace: `${ONE_STOP}; or online on the ${NATIONAL_PORTAL}`,
    steps: [
      'Prepare the declaration form (declaring that the birth was registered but the original is lost) and documents with the birth information.',
      'File in person, by post or online.',
      'The justice and civil status officer checks and verifies the file; if you file somewhere other than where the birth was registered, that office is asked to check whether its register still exists.',
      'If the conditions are met, the birth is entered in the civil status register; the applicant signs the register and receives the birth certificate.',
    ],
    methods: [
      {
        processingTime:
          '5 working days from receipt of the complete file; may take longer when verification is needed where the birth was registered',
        fee: COUNCIL_FEE,
      },
      { processingTime: SAME, fee: COUNCIL_FEE },
      { processingTime: SAME, fee: COUNCIL_FEE },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Declaration form for re-registering a birth', form: MOJ_FORM },
          { name: 'A copy of the birth certificate issued before (if any)' },
          { name: ID_OF_APPLICANT, note: SHOW_UNLESS_IN_DB },
        ],
      },
      {
        case: 'Where there is no copy of the birth certificate',
        items: [
          {
            name: 'Copies of personal records and documents with the birth information (for example passport, identity card, school record, diploma, personal history file)',
          },
        ],
      },
      {
        case: 'Where the applicant is a civil servant or public employee, or serves in the armed forces',
        items: [
          {
            name: 'A letter from the head of the agency or unit confirming the personal information in the records it keeps',
          },
        ],
      },
    ],
    result: 'Birth certificate (original, marked as re-registered).',
    conditions:
      'The birth was registered by a competent Vietnamese authority before 1 January 2016 and both the civil status register and the original birth certificate have been lost. If there is a valid copy of the birth certificate, the entry follows that copy.',
    legalBasis: [
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      law.civilStatusCircular,
    ],
    uncertain: `${COUNCIL_FEE_UNVERIFIED} The time needed for verification when filing somewhere other than where the birth was registered is not stated.`,
  },

  'dang-ky-khai-sinh-co-yeu-to-nuoc-ngoai': {
    applicants: "The child's father or mother, or the person responsible for registering the birth",
    implementingAgency:
      "People's Committee of the ward, commune or special zone where the child's father or mother resides",
    submissionPlace: `${ONE_STOP} where the father or mother resides`,
    steps: [
      'Prepare the declaration form, the birth notice from the health facility and the agreement on the choice of nationality (if any); foreign documents must be consularly legalised and translated into Vietnamese, unless exempt.',
      "File at the ward or commune Public Administrative Service Centre; show the parents' passports or identity documents.",
      'The civil status officer checks the file, enters the birth in the civil status register and updates the database (a personal identification number is assigned if the child has Vietnamese nationality).',
      'The person registering signs the civil status register and receives the birth certificate.',
    ],
    methods: [
      {
        processingTime:
          'The same day the complete, valid file is received (under the Law on Civil Status); longer if verification is needed',
        fee: COUNCIL_FEE,
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Birth registration declaration form', form: MOJ_FORM },
          {
            name: "Birth notice from the health facility or a document in its place (a witness's statement, a written declaration on the birth)",
          },
          {
            name: "The parents' written agreement on the child's nationality",
            note: 'When the father or mother is a foreigner; choosing a foreign nationality needs the confirmation of a competent authority of that country',
          },
          {
            name: 'Passport or travel document of a foreign parent; identity document of a Vietnamese parent',
            note: 'To be shown',
          },
        ],
      },
      {
        case: 'Where a child born abroad whose birth was not registered comes to live in Vietnam',
        items: [
          {
            name: 'Documents proving that the child entered Vietnam (for example a passport with an entry stamp) and a document confirming that the child resides in Vietnam',
          },
        ],
      },
    ],
    result: 'Birth certificate (original); copies if requested.',
    conditions:
      'A child with one Vietnamese parent and one foreign parent has Vietnamese nationality if the parents so agree in writing at the birth registration; a child born in Vietnam whose parents cannot agree has Vietnamese nationality.',
    legalBasis: [
      law.civilStatus,
      { summary: 'Law on Vietnamese Nationality (as amended and supplemented)', issuer: issuer.assembly },
      law.civilStatusDecree,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      law.civilStatusCircular,
    ],
    uncertain: `${DECREE_120} ${COUNCIL_FEE_UNVERIFIED} The time limit is the one in the Law on Civil Status. Filing online has not been verified for this procedure.`,
  },

  'dang-ky-ket-hon-co-yeu-to-nuoc-ngoai': {
    applicants:
      'A Vietnamese citizen marrying a foreigner; a Vietnamese citizen residing in Vietnam marrying a Vietnamese citizen settled abroad; the other cases of Article 37 of the Law on Civil Status',
    implementingAgency:
      "People's Committee of the ward, commune or special zone where the Vietnamese citizen resides; if both are foreigners, where either of them resides",
    submissionPlace: ONE_STOP,
    steps: [
      "Prepare the declaration form and each party's documents; foreign documents must be consularly legalised and translated into Vietnamese, unless exempt.",
      'Either party files in person at the ward or commune Public Administrative Service Centre.',
      "The registering office examines the file and verifies it when needed; if the conditions are met, the Chairperson of the commune-level People's Committee signs the marriage certificate.",
      'Both parties, present together, sign the civil status register and the marriage certificate and receive the result; if they do not come within 60 days of the signature, the procedure must be started again.',
    ],
    methods: [
      {
        processingTime: '15 days from receipt of the complete, valid file (under the Law on Civil Status)',
        fee: COUNCIL_FEE,
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Marriage registration declaration form', form: MOJ_FORM },
          {
            name: "Proof of the foreigner's marital status issued by a competent foreign authority",
            note: 'Still valid; one without a stated validity is valid for only 6 months from its issue',
          },
          {
            name: 'A certificate from a competent health organisation that the person has no mental illness or other disease preventing them from understanding and controlling their acts',
            note: 'For each party; one without a stated validity is valid for only 6 months',
          },
          { name: "The foreigner's passport or travel document" },
          {
            name: "The Vietnamese citizen's identity document (identity card, passport...)",
            note: SHOW_UNLESS_IN_DB,
          },
        ],
      },
      {
        case: 'Where the Vietnamese citizen divorced or had a marriage annulled abroad',
        items: [{ name: 'Extract of the recording of the divorce or annulment' }],
      },
    ],
    result: 'Marriage certificate (one original for each).',
    conditions:
      "Each party must meet the conditions for marriage of Vietnam's Law on Marriage and Family; the foreigner must also meet those of their own country's law. Both must be present together to sign and receive the marriage certificate.",
    legalBasis: [
      law.marriageFamily,
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      law.civilStatusCircular,
    ],
    uncertain: `${DECREE_120} The 15-day limit is the one in the Law on Civil Status; the set of procedures published after 1 July 2025 may set a shorter one. ${COUNCIL_FEE_UNVERIFIED} Filing online has not been verified.`,
  },
};

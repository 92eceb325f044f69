// English details of the five most viewed procedures (birth, residence, identity card, marriage).
import type { EnglishDetails } from '../../../lib/procedures/english';
import {
  COUNCIL_FEE_UNVERIFIED,
  ID_OF_APPLICANT,
  law,
  MOJ_FORM,
  NATIONAL_PORTAL,
  ONE_STOP,
  SAME,
  SHOW_UNLESS_IN_DB,
} from './shared';

const RESIDENCE_CIRCULAR_UNVERIFIED =
  'There are reports that the Ministry of Public Security has issued a new circular on the Law on Residence applying from 1 July 2026 (not verified); the form names (CT01...) and documents may have changed: check on the Public Service Portal or at the ward or commune police.';

export const mostViewed: Record<string, EnglishDetails> = {
  'dang-ky-khai-sinh': {
    applicants:
      "The child's father or mother; a grandparent or another relative; a person or organisation raising the child",
    implementingAgency:
      "People's Committee of the ward, commune or special zone where the child's father or mother resides",
    submissionPlace: `${ONE_STOP} where the father or mother resides; or online on the ${NATIONAL_PORTAL} or the VNeID app`,
    steps: [
      'Prepare the declaration form and the birth notice issued by the health facility (or a document in its place).',
      'File in person, by post or online.',
      "The justice and civil status officer checks the file, enters the birth in the civil status register and updates the electronic civil status database to obtain the child's personal identification number.",
      "The person registering signs the civil status register and receives the birth certificate issued by the Chairperson of the commune-level People's Committee.",
    ],
    methods: [
      {
        processingTime:
          'The same day the complete, valid file is received; a file received after 3 pm that cannot be settled at once is returned on the next working day',
        fee: "No fee if registered on time (within 60 days of the birth); late registration: at the rate set by the City People's Council, shown at the place of filing",
      },
      {
        processingTime: SAME,
        fee: SAME,
        note: "The original birth certificate is collected at the commune-level People's Committee or received by post; an electronic copy may also be received",
      },
      { processingTime: SAME, fee: `${SAME}; postage paid by the sender` },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Birth registration declaration form', form: MOJ_FORM },
          { name: 'Birth notice issued by the health facility' },
          { name: ID_OF_APPLICANT, note: SHOW_UNLESS_IN_DB },
          {
            name: "The parents' marriage certificate (if their marriage is registered)",
            note: 'To be shown when the office cannot look up the information itself',
          },
        ],
      },
      {
        case: 'Where there is no birth notice',
        items: [
          {
            name: 'A written statement by a witness confirming the birth; without a witness, a written declaration on the birth',
          },
        ],
      },
      {
        case: 'Where the child was abandoned or born through gestational surrogacy',
        items: [{ name: 'The record confirming that the child was abandoned, or a document proving the surrogacy' }],
      },
    ],
    result: "Birth certificate (original) showing the child's personal identification number; copies if requested.",
    conditions:
      'Register within 60 days of the birth. Where the parents have not registered their marriage and the father wishes to acknowledge the child, the birth registration is combined with the acknowledgement of parentage. A child with a foreign element, or a person who already has personal documents but whose birth was never registered, follows a separate procedure.',
    legalBasis: [
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusDatabase,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      law.civilStatusCircular,
    ],
    uncertain: `Fee for late birth registration: ${COUNCIL_FEE_UNVERIFIED} Showing the parents' marriage certificate may not be needed when the office can look up the electronic data.`,
  },

  'dang-ky-thuong-tru': {
    applicants:
      'Vietnamese citizens with lawful accommodation in the City who meet the conditions of Article 20 of the Law on Residence.',
    implementingAgency: 'Commune-level police (ward, commune or special zone police) where the accommodation is',
    submissionPlace:
      'The ward, commune or special zone police where the accommodation is; or online through the National Public Service Portal, the Public Service Portal of the Ministry of Public Security or the VNeID app.',
    steps: [
      'Prepare the declaration form and the documents proving lawful accommodation (documents already in a database need not be filed again).',
      'File at the ward or commune police, or online with a level-2 electronic identification account.',
      'The officer checks the file: if complete, issues an appointment slip; if incomplete, explains what to add; if the conditions are not met, refuses in writing.',
      'Pay the fee and receive the notice of the result (in person, through VNeID or the Public Service Portal).',
    ],
    methods: [
      { processingTime: '7 working days', fee: 'VND 20,000 per registration' },
      { processingTime: '7 working days', fee: 'VND 10,000 per registration' },
    ],
    documents: [
      {
        case: 'Where the accommodation is your own property',
        items: [
          { name: 'Residence information change declaration form', form: 'CT01' },
          {
            name: 'Documents proving ownership of the lawful accommodation',
            note: 'Not filed if the information is already in a connected database.',
          },
        ],
      },
      {
        case: 'Where you come to live with relatives (wife with husband, child with parents, an elderly person with siblings...)',
        items: [
          {
            name: 'Residence information change declaration form with the consent of the head of household and the owner of the accommodation',
            form: 'CT01',
            note: 'Consent may be given through VNeID.',
          },
          {
            name: 'Documents proving the family relationship',
            note: 'Not needed if the relationship is already in the National Population Database.',
          },
        ],
      },
      {
        case: 'Where the accommodation is rented, lent or shared free of charge',
        items: [
          {
            name: 'Residence information change declaration form with the consent of the owner of the accommodation',
            form: 'CT01',
          },
          { name: 'The notarised or certified contract or document renting, lending or letting the accommodation' },
          { name: "Documents proving that the floor area meets the City's minimum per person" },
        ],
      },
    ],
    result: 'The permanent residence is recorded in the Residence Database and the National Population Database.',
    conditions:
      "Lawful accommodation. Rented, lent or shared accommodation: the owner's consent and at least the minimum floor area set by the City People's Council (not less than 8 m² of floor per person). A minor needs the consent of a parent or guardian.",
    legalBasis: [law.residence, law.residenceDecree, law.residenceFee],
    uncertain: `The minimum floor area applied by the City since the merger could not be verified; ask the ward or commune police. Some people are exempt from the fee under Article 4 of Circular 75/2022/TT-BTC. ${RESIDENCE_CIRCULAR_UNVERIFIED}`,
  },

  'cap-the-can-cuoc': {
    applicants:
      'Vietnamese citizens aged 14 or over who have never been issued a citizen identity card or an identity card.',
    implementingAgency:
      'Commune-level police (ward, commune or special zone police) or the Administrative Police Division for Social Order, Ho Chi Minh City Police',
    submissionPlace:
      'Any ward, commune or special zone police station or an identity card office of the City Police; an appointment can be booked on the National Public Service Portal or VNeID. Elderly, frail, disabled or seriously ill people may ask for a mobile service.',
    steps: [
      'Book an appointment (optional) on the Public Service Portal or VNeID, then go to the office.',
      'The officer looks up the National Population Database; missing or wrong information is corrected first.',
      'Your face photo, fingerprints and iris are taken; you check the information, sign to confirm it and receive an appointment slip.',
      'Collect the card at the office or receive it by post; the electronic identity is activated on VNeID.',
    ],
    methods: [
      { processingTime: 'No more than 7 working days', fee: 'No fee (first issue)' },
      {
        processingTime: 'No more than 7 working days',
        fee: 'No fee (first issue)',
        note: 'Only booking and declaring in advance; you must still go in person for the biometrics.',
      },
    ],
    documents: [
      {
        case: 'Where your population information is complete and correct',
        items: [
          {
            name: 'No documents to file; give your full name, personal identification number and place of residence for checking',
          },
        ],
      },
      {
        case: 'Where information is missing or needs correcting',
        items: [
          { name: 'Population information collection or correction form', form: 'DC01 / DC02' },
          {
            name: 'Documents proving the information (birth certificate, civil status extract...)',
            note: 'To be shown for checking.',
          },
        ],
      },
    ],
    result: 'A chip-based identity card and an electronic identity on VNeID.',
    conditions: 'Citizens must come in person to have their biometric information taken.',
    legalBasis: [law.identification, law.identificationDecree],
    uncertain:
      'Code 1.014061 is the commune-level code published in 2025; according to unverified reports, Decision 5230/QĐ-BCA-C06 (August 2026) merged the issue, renewal and replacement of identity cards into one procedure and withdrew the separate codes. Children under 14 follow a separate procedure. People who only have an old-style people’s identity card (no longer valid since 1 January 2025) should ask the office whether a first issue or a renewal applies, and which fee.',
  },

  'dang-ky-tam-tru': {
    applicants:
      'Vietnamese citizens who come to live in lawful accommodation outside the commune of their permanent residence; the owner of the premises may register several people on one list.',
    implementingAgency: 'Commune-level police (ward, commune or special zone police) where the person comes to live',
    submissionPlace:
      'The ward, commune or special zone police where the accommodation is; or online through the National Public Service Portal, the Public Service Portal of the Ministry of Public Security or the VNeID app.',
    steps: [
      'Prepare the declaration form and the documents proving lawful accommodation (tenancy contract, letter allowing you to stay...).',
      'File in person or online; the owner can give consent through VNeID.',
      'The officer checks the file: if complete, issues an appointment slip; if incomplete, explains what to add; if the conditions are not met, refuses in writing.',
      'Pay the fee and receive the notice that the temporary residence has been recorded.',
    ],
    methods: [
      {
        processingTime: '3 working days',
        fee: 'VND 15,000 per registration (on a list: VND 10,000 per person per registration)',
      },
      {
        processingTime: '3 working days',
        fee: 'VND 7,000 per registration (on a list: VND 5,000 per person per registration)',
      },
    ],
    documents: [
      {
        case: 'Where an individual or a household registers',
        items: [
          {
            name: 'Residence information change declaration form',
            form: 'CT01',
            note: 'A minor needs the consent of a parent or guardian.',
          },
          {
            name: 'Documents proving lawful accommodation',
            note: 'A document renting, lending or letting the accommodation need not be notarised or certified.',
          },
        ],
      },
      {
        case: "Where people are registered on a list (dormitories, workers' lodgings...)",
        items: [
          { name: 'Residence information change declaration form of each person', form: 'CT01' },
          {
            name: 'A written request with the list of residents (full name, date of birth, sex, identification number, length of stay)',
          },
        ],
      },
    ],
    result: 'The place and length of temporary residence are recorded in the Residence Database.',
    conditions:
      'Lawful accommodation; register when staying 30 days or more. Temporary residence cannot be registered in accommodation barred by Article 23 of the Law on Residence (encroached land, property under dispute, a demolition decision...).',
    legalBasis: [law.residence, law.residenceDecree, law.residenceFee],
    uncertain: RESIDENCE_CIRCULAR_UNVERIFIED,
  },

  'dang-ky-ket-hon': {
    applicants: 'A man and a woman who are Vietnamese citizens residing in Vietnam',
    implementingAgency: "People's Committee of the ward, commune or special zone where the man or the woman resides",
    submissionPlace: `${ONE_STOP} where either of them resides; or online on the ${NATIONAL_PORTAL}`,
    steps: [
      'Prepare the marriage registration declaration form (both may use one form).',
      'File in person or online.',
      'The justice and civil status officer checks the conditions for marriage and verifies them if needed.',
      'Both must be present to sign the civil status register and the marriage certificate; each receives one original.',
    ],
    methods: [
      {
        processingTime:
          'The same day the complete file is received; when the conditions for marriage must be verified, no more than 5 working days',
        fee: 'No fee (Vietnamese citizens residing in Vietnam)',
      },
      {
        processingTime: SAME,
        fee: 'No fee (Vietnamese citizens residing in Vietnam)',
        note: 'Both must still be present to receive the marriage certificate',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Marriage registration declaration form', form: MOJ_FORM },
          { name: 'Identity documents of both (identity card, passport...)', note: SHOW_UNLESS_IN_DB },
        ],
      },
      {
        case: 'Where the marriage is registered somewhere other than where the man or the woman has permanent residence',
        items: [
          {
            name: "Certificate of marital status issued by the commune-level People's Committee where that person has permanent residence",
            note: 'May not be needed if the office can look up the information electronically',
          },
        ],
      },
    ],
    result: 'Marriage certificate (one original for each).',
    conditions:
      'The man is at least 20 and the woman at least 18; both consent freely; neither has lost civil act capacity; the marriage is not prohibited (either is already married; they are related by blood in the direct line or within three generations...). The State does not recognise marriage between people of the same sex.',
    legalBasis: [
      law.marriageFamily,
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      law.civilStatusCircular,
    ],
    uncertain:
      'Filing a certificate of marital status when registering away from the place of permanent residence may be replaced by an electronic look-up; ask at the place of filing.',
  },
};

// English details of the most viewed procedures, ranks 6 to 11 (identity card renewal, civil status).
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

export const civilStatus: Record<string, EnglishDetails> = {
  'cap-doi-the-can-cuoc': {
    applicants:
      'Vietnamese citizens who already have a citizen identity card or an identity card and must renew it under Article 24 of the Law on Identification.',
    implementingAgency:
      'Commune-level police (ward, commune or special zone police) or the Administrative Police Division for Social Order, Ho Chi Minh City Police',
    submissionPlace:
      'Any ward, commune or special zone police station or an identity card office of the City Police, wherever you reside; an appointment can be booked on the National Public Service Portal or VNeID.',
    steps: [
      'Book an appointment (optional), go to the office and bring the card you are using.',
      'If your information has changed, your population data is corrected first.',
      'Your face photo, fingerprints and iris are taken or updated; you sign to confirm the information.',
      'Hand in the old card, pay the fee (if any) and receive an appointment slip.',
      'Collect the new card at the office or receive it by post.',
    ],
    methods: [
      {
        processingTime: 'No more than 7 working days',
        fee: 'VND 50,000 per card; from 1 July 2025 to 31 December 2026, VND 25,000 per card. No fee when the card is renewed because of the age at which it must be renewed, an error of the issuing office or a reorganisation of administrative units',
      },
      {
        processingTime: 'No more than 7 working days',
        fee: SAME,
        note: 'Only registering and declaring in advance; you must still go in person for the biometrics.',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          {
            name: 'The identity card or citizen identity card you are using',
            note: 'Handed in when you receive the new card.',
          },
          {
            name: 'Population information correction form with the supporting documents',
            form: 'DC02',
            note: 'Only when your information has changed.',
          },
        ],
      },
    ],
    result: 'A new identity card; the electronic identity on VNeID is updated.',
    conditions:
      'The information in the National Population Database must be correct before the card is renewed; citizens come in person for the biometrics.',
    legalBasis: [
      law.identification,
      law.identificationDecree,
      {
        summary: 'Reducing a number of fees and charges by 50% from 1 July 2025 to 31 December 2026',
        issuer: issuer.finance,
      },
    ],
    uncertain:
      'Code 1.014063 is the commune-level code published in 2025; according to unverified reports, Decision 5230/QĐ-BCA-C06 (August 2026) merged the issue, renewal and replacement of identity cards into one procedure and withdrew the separate codes. There are reports that from 15 August 2026 to 28 February 2027 no fee is charged when filing online with a level-2 identification account (not verified); after 31 December 2026 the 50% reduction may end. Check the cases without a fee when you file.',
  },

  'dang-ky-khai-tu': {
    applicants:
      'The spouse, a child, a parent or another relative of the deceased; failing them, a representative of the agency, organisation or person concerned',
    implementingAgency:
      "People's Committee of the ward, commune or special zone of the deceased's last residence; if it cannot be determined, where the person died or where the body was found",
    submissionPlace: `${ONE_STOP}; or online on the ${NATIONAL_PORTAL} or the VNeID app`,
    steps: [
      'Prepare the declaration form and the death notice or a document in its place.',
      'File in person, by post or online.',
      'The justice and civil status officer checks the file, enters the death in the civil status register and updates the electronic civil status database.',
      'The person registering the death signs the civil status register and receives the death registration extract.',
    ],
    methods: [
      {
        processingTime:
          'The same day the complete file is received; when verification is needed, no more than 3 working days',
        fee: "No fee if registered on time (within 15 days of the death); late registration: at the rate set by the City People's Council, shown at the place of filing",
      },
      { processingTime: SAME, fee: SAME },
      { processingTime: SAME, fee: `${SAME}; postage paid by the sender` },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Death registration declaration form', form: MOJ_FORM },
          {
            name: 'Death notice or a document in its place',
            note: "Death in a health facility: the death notice issued by the facility; otherwise a document in its place as the law provides, for example a court's decision declaring a person dead",
          },
          {
            name: 'Identity document of the person registering the death (identity card, passport...)',
            note: SHOW_UNLESS_IN_DB,
          },
        ],
      },
    ],
    result: 'Death registration extract (original).',
    conditions: 'Register within 15 days of the death.',
    legalBasis: [
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusDatabase,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      {
        summary:
          'Electronic linking of the birth, permanent residence and health insurance card procedures for children under 6, and of the death registration, removal of permanent residence and funeral and survivor allowance procedures',
        issuer: issuer.government,
      },
    ],
    uncertain: `Fee for late death registration: ${COUNCIL_FEE_UNVERIFIED} The list of documents in place of a death notice given here is only a summary.`,
  },

  'dang-ky-nhan-cha-me-con': {
    applicants: 'A father, mother or child who is a Vietnamese citizen residing in Vietnam',
    implementingAgency:
      "People's Committee of the ward, commune or special zone where the person acknowledging or the person acknowledged as father, mother or child resides",
    submissionPlace: `${ONE_STOP}; or online on the ${NATIONAL_PORTAL}`,
    steps: [
      'Prepare the declaration form and the evidence of the parent-child relationship.',
      'File in person or online.',
      'The justice and civil status officer checks the file and verifies it if needed; if the acknowledgement is well founded and undisputed, it is entered in the civil status register.',
      'The parties, all present, sign the civil status register and receive the extract of the acknowledgement of parentage.',
    ],
    methods: [
      {
        processingTime:
          '3 working days from receipt of the complete file; when verification is needed, up to 5 more working days',
        fee: COUNCIL_FEE,
      },
      {
        processingTime: SAME,
        fee: COUNCIL_FEE,
        note: 'The parties must still be present to sign the civil status register',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Declaration form for the acknowledgement of father, mother or child', form: MOJ_FORM },
          {
            name: 'A document from a health body, a forensic examination body or another competent authority confirming the father-child or mother-child relationship (for example a DNA test result)',
          },
          { name: ID_OF_APPLICANT, note: SHOW_UNLESS_IN_DB },
        ],
      },
      {
        case: 'Where there is no forensic document',
        items: [
          {
            name: "Letters, films, photographs, objects or other material proving the relationship, with the parents' written declaration witnessed by at least two people",
          },
        ],
      },
    ],
    result: 'Extract of the registration of the acknowledgement of father, mother or child.',
    conditions:
      'The acknowledgement is undisputed; the person acknowledging and the person acknowledged are alive; the parties are present at the registration. A dispute is settled by a court. A child whose birth is not yet registered goes through birth registration combined with the acknowledgement of parentage.',
    legalBasis: [
      law.marriageFamily,
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      law.civilStatusCircular,
    ],
    uncertain: `${COUNCIL_FEE_UNVERIFIED} The list of evidence in place of a forensic document (Circular 04/2020/TT-BTP) may have been amended.`,
  },

  'dang-ky-thay-doi-cai-chinh-bo-sung-thong-tin-ho-tich': {
    applicants:
      'A person whose civil status information must be changed, corrected or completed; the parent or guardian of a minor or of a person who has lost civil act capacity',
    implementingAgency:
      "People's Committee of the ward, commune or special zone where the civil status event was registered or where the applicant resides",
    submissionPlace: `${ONE_STOP}; or online on the ${NATIONAL_PORTAL}`,
    steps: [
      'Prepare the declaration form and the supporting documents.',
      'File in person, by post or online.',
      'The justice and civil status officer checks the file, verifies it if needed, then makes the entry in the civil status register; if the event was registered elsewhere, that office is notified to make the entry.',
      'The applicant signs the civil status register and receives the extract or the civil status document with the added entry.',
    ],
    methods: [
      {
        processingTime:
          'Change, correction, re-determination of ethnicity: 3 working days, with up to 3 more working days when verification is needed. Completing information: the same day (a file received after 3 pm is returned on the next working day)',
        fee: COUNCIL_FEE,
      },
      { processingTime: SAME, fee: COUNCIL_FEE },
      { processingTime: SAME, fee: COUNCIL_FEE },
    ],
    documents: [
      {
        case: '',
        items: [
          {
            name: 'Declaration form for changing, correcting or completing civil status information and re-determining ethnicity',
            form: MOJ_FORM,
          },
          {
            name: 'Supporting documents (for example identity card, passport, school record, diploma, personal records with the correct information)',
          },
          {
            name: 'The original civil status document with the information to be corrected (for example the birth certificate)',
          },
          { name: ID_OF_APPLICANT, note: SHOW_UNLESS_IN_DB },
        ],
      },
      {
        case: 'Where the family name, middle name or given name of a person aged 9 or over is changed',
        items: [
          { name: 'The consent of the person concerned (written in the declaration form or in a separate document)' },
        ],
      },
    ],
    result:
      'Extract of the change or correction of civil status or of the re-determination of ethnicity; when information is completed, it is written in the civil status register and the civil status document.',
    conditions:
      'A family name, middle name or given name is changed and ethnicity re-determined only in the cases the Civil Code allows. A correction is made only when there are grounds to establish that the information was recorded wrongly. Changing the family or given name of a person aged 9 or over requires that person’s consent.',
    legalBasis: [
      law.civilCode,
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      law.civilStatusCircular,
    ],
    uncertain: `${COUNCIL_FEE_UNVERIFIED} The power moved from the district-level to the commune-level People's Committee under Decree 120/2025/NĐ-CP (in force until 1 March 2027 unless replaced earlier).`,
  },

  'cap-giay-xac-nhan-tinh-trang-hon-nhan': {
    applicants: 'Vietnamese citizens residing in Vietnam',
    implementingAgency:
      "People's Committee of the ward, commune or special zone where the applicant has permanent residence; without one, where the applicant has temporary residence",
    submissionPlace: `${ONE_STOP}; or online on the ${NATIONAL_PORTAL} or the VNeID app`,
    steps: [
      'Fill in the declaration form, stating what the certificate will be used for.',
      'File in person, by post or online.',
      'The justice and civil status officer checks the file; a person who has lived in several places may have to be verified where they lived before.',
      "Receive the certificate of marital status signed by the Chairperson of the commune-level People's Committee.",
    ],
    methods: [
      {
        processingTime:
          '3 working days from receipt of the complete, valid file; may take longer if verification is needed',
        fee: COUNCIL_FEE,
      },
      { processingTime: SAME, fee: COUNCIL_FEE },
      { processingTime: SAME, fee: COUNCIL_FEE },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Declaration form for a certificate of marital status', form: MOJ_FORM },
          { name: ID_OF_APPLICANT, note: SHOW_UNLESS_IN_DB },
        ],
      },
      {
        case: 'Where you are divorced or your spouse has died',
        items: [
          {
            name: "The final divorce judgment or decision, or the spouse's death registration extract",
            note: 'When the information is not yet in the civil status database',
          },
        ],
      },
      {
        case: 'Where a new certificate is requested for another purpose or because the old one has expired',
        items: [{ name: 'The certificate of marital status issued before', note: 'Handed back' }],
      },
    ],
    result:
      'Certificate of marital status, valid for 6 months from the date of issue and only for the purpose written on it.',
    conditions:
      'If it is for registering a marriage, the certificate must state the full name, year of birth, nationality and identity document of the intended spouse and where the marriage is to be registered.',
    legalBasis: [
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      law.civilStatusCircular,
    ],
    uncertain: COUNCIL_FEE_UNVERIFIED,
  },

  'cap-ban-sao-trich-luc-ho-tich': {
    applicants:
      'A person whose civil status event was registered, or a person authorised by them; agencies and organisations as the law provides',
    implementingAgency:
      "People's Committee of the ward, commune or special zone that keeps the civil status register or can look up the electronic civil status database; the Department of Justice for the data it manages",
    submissionPlace: `${ONE_STOP}; Ho Chi Minh City Department of Justice; or online on the ${NATIONAL_PORTAL} or the VNeID app`,
    steps: [
      'Fill in the declaration form, stating the civil status event to be copied and the number of copies.',
      'File in person, by post or online; pay the charge.',
      'The office looks up the civil status register or the electronic civil status database.',
      'Receive the copy of the extract (on paper or electronically).',
    ],
    methods: [
      {
        processingTime:
          'The same day it is received; a request received after 3 pm is returned on the next working day',
        fee: 'VND 8,000 per copy of an extract per civil status event',
      },
      { processingTime: SAME, fee: 'VND 8,000 per copy of an extract per civil status event' },
      {
        processingTime: `${SAME}, plus delivery time`,
        fee: 'VND 8,000 per copy of an extract per civil status event; postage paid by the applicant',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Declaration form for a copy of a civil status extract', form: MOJ_FORM },
          { name: ID_OF_APPLICANT, note: SHOW_UNLESS_IN_DB },
        ],
      },
      {
        case: 'Where another person is authorised to file',
        items: [
          {
            name: 'Letter of authorisation',
            note: 'Must be certified, unless the authorised person is the grandparent, parent, child, spouse or full sibling of the person giving the authorisation',
          },
        ],
      },
    ],
    result:
      'A copy of the civil status extract (copy of the birth certificate, marriage extract, death registration extract...).',
    conditions:
      'The event was registered by a competent Vietnamese authority and is still kept in the civil status register or the electronic civil status database. If both the register and the original have been lost (registered before 1 January 2016), the event must be registered again.',
    legalBasis: [
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusDatabase,
      law.civilStatusAmendments,
      law.civilStatusCircular,
      {
        summary: 'Charges for using information in the civil status database and a number of other fees and charges',
        issuer: issuer.finance,
      },
    ],
    uncertain:
      "It has not been verified which data the Department of Justice still copies since 1 July 2025; ask the commune-level People's Committee first. The VND 8,000 charge follows Circular 281/2016/TT-BTC; some cases may be exempt or pay less when filing online.",
  },
};

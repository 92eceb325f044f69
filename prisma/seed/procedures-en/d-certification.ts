// English details of the most viewed procedures, ranks 17 to 20 (certification, marriage re-registration).
import type { EnglishDetails } from '../../../lib/procedures/english';
import {
  COUNCIL_FEE,
  COUNCIL_FEE_UNVERIFIED,
  law,
  issuer,
  MOJ_FORM,
  NATIONAL_PORTAL,
  ONE_STOP,
  SAME,
  SHOW_UNLESS_IN_DB,
} from './shared';

const CERTIFYING_OFFICES =
  "People's Committee of the ward, commune or special zone; state notary offices and private notary offices";
const ANY_ONE_STOP = `${ONE_STOP} (any ward or commune); or a state or private notary office`;
const DECREE_23_AMENDED =
  'Decree 23/2015/NĐ-CP was amended in 2025; the documents and time limits in the latest set of procedures may differ slightly.';
const CERTIFICATION_LAWS = [
  {
    summary:
      'Issuing copies from master registers, certifying copies from originals, certifying signatures and certifying contracts and transactions (as amended and supplemented)',
    issuer: issuer.government,
  },
  law.civilStatusAmendments,
  law.twoLevelJustice,
  { summary: 'Detailing, and measures to implement, Decree 23/2015/NĐ-CP', issuer: issuer.justice },
  { summary: 'Rates, collection, payment, management and use of the certification charge', issuer: issuer.finance },
];

export const certification: Record<string, EnglishDetails> = {
  'chung-thuc-ban-sao-tu-ban-chinh': {
    applicants: 'Individuals and organisations',
    implementingAgency: CERTIFYING_OFFICES,
    submissionPlace: ANY_ONE_STOP,
    steps: [
      'Bring the original and the photocopy to be certified (without a photocopy, the office copies the original).',
      'The certifying officer checks the original and compares it with the photocopy.',
      'The certification statement is written, signed and stamped on the copy and entered in the certification register.',
      'Pay the charge and receive the certified copy together with the original.',
    ],
    methods: [
      {
        processingTime:
          'The same day it is received, or the next working day if received after 3 pm; up to 2 more working days when many copies or pages are requested or the content is complex',
        fee: 'VND 2,000 per page; VND 1,000 per page from the third page; at most VND 200,000 per copy (counted by the pages of the original)',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'The original paper or document', note: 'For comparison; it is given back' },
          { name: 'The photocopy of the original to be certified' },
        ],
      },
      {
        case: 'Where the paper was issued by a foreign agency or organisation',
        items: [
          {
            name: 'The original, consularly legalised',
            note: 'Unless exempt under an international treaty or the principle of reciprocity',
          },
        ],
      },
    ],
    result:
      'A certified copy, which may be used in place of the original it was compared with, unless the law provides otherwise.',
    conditions:
      'No certification if the original has been erased, altered, added to or cut in an unlawful way; is damaged or worn so that its content cannot be made out; bears a secrecy stamp or a note that it may not be copied; has content contrary to the law or social morality; or is a personal paper drawn up by oneself without the confirmation of a competent agency or organisation.',
    legalBasis: CERTIFICATION_LAWS,
    uncertain: `${DECREE_23_AMENDED} The charge follows Circular 226/2016/TT-BTC. Whether requests to certify electronic copies are accepted through the Public Service Portal in Ho Chi Minh City has not been verified.`,
  },

  'chung-thuc-chu-ky': {
    applicants: 'Individuals',
    implementingAgency: CERTIFYING_OFFICES,
    submissionPlace: ANY_ONE_STOP,
    steps: [
      'Bring your identity document and the paper whose signature is to be certified (not yet signed).',
      'The officer checks the papers; you sign or put your fingerprint in front of the certifying officer.',
      'The certifying officer writes the certification statement, signs, stamps and enters it in the certification register.',
      'Pay the charge and receive the certified paper.',
    ],
    methods: [
      {
        processingTime: 'The same day it is received, or the next working day if received after 3 pm',
        fee: 'VND 10,000 per case (one or more signatures on the same paper or document)',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          {
            name: 'A valid identity document (identity card, passport...)',
            note: 'The original or a certified copy, to be shown',
          },
          { name: 'The paper or document whose signature is to be certified' },
        ],
      },
    ],
    result: 'The paper or document with its signature certified.',
    conditions:
      'The applicant must sign in front of the certifying officer; the procedure also applies to a fingerprint and to a person who can neither sign nor put a fingerprint. A signature is not certified when the paper has content contrary to the law or social morality, or is a contract or transaction, except a power of attorney without remuneration, without a duty to compensate and not concerning the transfer of ownership of property or of land use rights.',
    legalBasis: CERTIFICATION_LAWS,
    uncertain: `${DECREE_23_AMENDED} The charge follows Circular 226/2016/TT-BTC. For a person who can neither sign nor put a fingerprint, see the guidance at the place of filing.`,
  },

  'chung-thuc-hop-dong-giao-dich-dong-san': {
    applicants: 'Individuals and organisations that are parties to the contract or transaction',
    implementingAgency:
      "People's Committee of the ward, commune or special zone (the Chairperson or a Vice-Chairperson signs the certification)",
    submissionPlace: ONE_STOP,
    steps: [
      'Prepare the draft contract or transaction and the documents on the property.',
      "File; the officer checks the documents and the parties' civil act capacity and free consent.",
      'The parties sign (or put their fingerprints on) the contract in front of the certifying officer.',
      'The competent person writes the certification statement, signs, stamps and enters it in the certification register; the parties pay the charge and receive the contract.',
    ],
    methods: [
      {
        processingTime:
          'No more than 2 working days from receipt of the complete, valid file, or longer as agreed in writing with the applicant',
        fee: 'VND 50,000 per contract or transaction',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'The draft contract or transaction' },
          {
            name: 'A valid identity document of the applicant (identity card, passport...)',
            note: 'To be shown for checking',
          },
          {
            name: 'The certificate of ownership, or a document in its place, for property that must be registered (for example a vehicle registration certificate)',
            note: 'Bring the original for comparison',
          },
        ],
      },
      {
        case: 'Where the signatory is a representative',
        items: [{ name: 'Documents proving the power of representation' }],
      },
    ],
    result: 'The certified contract or transaction.',
    conditions:
      "The parties have civil act capacity, enter into the contract freely and sign it in front of the certifying officer. The applicant is responsible for the content and lawfulness of the contract; the certifying officer is responsible for the time and place of signing and for the parties' civil act capacity, free will and signatures or fingerprints.",
    legalBasis: [law.civilCode, ...CERTIFICATION_LAWS],
    uncertain: `In the National Database, code 2.001035 carries a common name for transactions on movable property, land use rights and housing; this page describes movable property only. A copy of the identity document may no longer have to be filed after the 2025 amendments. ${DECREE_23_AMENDED} The charge follows Circular 226/2016/TT-BTC.`,
  },

  'dang-ky-lai-ket-hon': {
    applicants:
      'A husband and wife whose marriage was registered by a competent Vietnamese authority before 1 January 2016',
    implementingAgency:
      "People's Committee of the ward, commune or special zone where the marriage was registered before or where the wife or husband resides",
    submissionPlace: `${ONE_STOP}; or online on the ${NATIONAL_PORTAL}`,
    steps: [
      'Prepare the declaration form and a copy of the marriage certificate or documents with information on the marriage.',
      'File in person or online.',
      'The justice and civil status officer checks and verifies the file; if you file somewhere other than where the marriage was registered, that office is asked to check whether its register still exists.',
      'Both must be present to sign the civil status register and the marriage certificate; each receives one original.',
    ],
    methods: [
      {
        processingTime:
          '5 working days from receipt of the complete file; may take longer when verification is needed where the marriage was registered',
        fee: COUNCIL_FEE,
      },
      {
        processingTime: SAME,
        fee: COUNCIL_FEE,
        note: 'Both must still be present together to sign and receive the certificate',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Declaration form for re-registering a marriage', form: MOJ_FORM },
          { name: 'A copy of the marriage certificate issued before (if any)' },
          { name: 'Identity documents of both (identity card, passport...)', note: SHOW_UNLESS_IN_DB },
        ],
      },
      {
        case: 'Where there is no copy of the marriage certificate',
        items: [
          { name: 'Copies of personal records and documents with information on the earlier marriage registration' },
        ],
      },
    ],
    result: 'Marriage certificate (re-registered), one original for each.',
    conditions:
      'The marriage was registered by a competent Vietnamese authority before 1 January 2016 and both the civil status register and the original marriage certificate have been lost; both are present at the registration. The marriage is recognised from the date of the earlier registration; if the day and month cannot be determined, from 1 January of that year.',
    legalBasis: [
      law.civilStatus,
      law.civilStatusDecree,
      law.civilStatusAmendments,
      law.twoLevelJustice,
      law.civilStatusCircular,
    ],
    uncertain: `${COUNCIL_FEE_UNVERIFIED} The time needed for verification when filing somewhere other than where the marriage was registered is not stated.`,
  },
};

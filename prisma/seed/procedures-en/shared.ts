// English texts used by more than one translated procedure, with the Vietnamese they render.

/** Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của UBND phường, xã, đặc khu */
export const ONE_STOP =
  "Public Administrative Service Centre (one-stop section) of the People's Committee of the ward, commune or special zone";
/** Cổng Dịch vụ công quốc gia */
export const NATIONAL_PORTAL = 'National Public Service Portal';
/** Như nộp trực tiếp (lib/procedures/summary.ts reads it as "the same as in person"). */
export const SAME = 'As in person';
/** Mẫu của Bộ Tư pháp */
export const MOJ_FORM = 'Form of the Ministry of Justice';
/** Giấy tờ tùy thân của người yêu cầu (thẻ căn cước, hộ chiếu...) */
export const ID_OF_APPLICANT = "The applicant's identity document (identity card, passport...)";
/** Xuất trình; không cần nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư */
export const SHOW_UNLESS_IN_DB =
  'To be shown; not needed if the information is already in the National Population Database';
/** Lệ phí theo mức do HĐND Thành phố quy định, xem tại nơi nộp hồ sơ; miễn cho … */
export const COUNCIL_FEE =
  "A fee at the rate set by the City People's Council, shown at the place of filing; waived for members of families with meritorious service to the revolution, poor households and people with disabilities";
/** Mức lệ phí cụ thể do HĐND Thành phố quy định; chưa xác minh được mức đang áp dụng sau khi hợp nhất Thành phố (01/7/2025). */
export const COUNCIL_FEE_UNVERIFIED =
  "The exact fee is set by the City People's Council; the rate applied since the merger of the City (1 July 2025) could not be verified.";

export const issuer = {
  assembly: 'National Assembly',
  government: 'Government',
  justice: 'Ministry of Justice',
  finance: 'Ministry of Finance',
  security: 'Ministry of Public Security',
} as const;

/** Căn cứ pháp lý cited by many procedures: { summary, issuer } in English. */
export const law = {
  civilStatus: { summary: 'Law on Civil Status', issuer: issuer.assembly },
  civilStatusDecree: {
    summary:
      'Detailing a number of articles of, and measures to implement, the Law on Civil Status (as amended and supplemented)',
    issuer: issuer.government,
  },
  civilStatusDatabase: {
    summary: 'The electronic civil status database and online civil status registration',
    issuer: issuer.government,
  },
  civilStatusAmendments: {
    summary: 'Amending and supplementing the decrees on civil status, nationality and certification',
    issuer: issuer.government,
  },
  twoLevelJustice: {
    summary:
      'Dividing powers between the two levels of local government in the areas of state management of the Ministry of Justice',
    issuer: issuer.government,
  },
  civilStatusCircular: {
    summary: 'Detailing the implementation of the Law on Civil Status and Decree 123/2015/NĐ-CP',
    issuer: issuer.justice,
  },
  marriageFamily: { summary: 'Law on Marriage and Family', issuer: issuer.assembly },
  civilCode: { summary: 'Civil Code', issuer: issuer.assembly },
  residence: { summary: 'Law on Residence', issuer: issuer.assembly },
  residenceDecree: {
    summary: 'Detailing a number of articles of, and measures to implement, the Law on Residence',
    issuer: issuer.government,
  },
  residenceFee: {
    summary: 'Rates, collection, payment and management of the residence registration fee',
    issuer: issuer.finance,
  },
  identification: { summary: 'Law on Identification', issuer: issuer.assembly },
  identificationDecree: {
    summary: 'Detailing a number of articles of, and measures to implement, the Law on Identification',
    issuer: issuer.government,
  },
} as const;

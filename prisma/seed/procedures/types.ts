// The shape of a procedure record in the seed data, following the fields of Vietnam's national
// database of administrative procedures (Cơ sở dữ liệu quốc gia về thủ tục hành chính). The data files
// are checked against procedureSchema (lib/validation/procedures.ts) when read (load.ts).
import type { lifeEvents } from '../../../lib/validation/procedures';

export const fields = {
  'ho-tich': { vi: 'Hộ tịch', en: 'Civil status' },
  'cu-tru': { vi: 'Đăng ký, quản lý cư trú', en: 'Residence' },
  'can-cuoc': { vi: 'Căn cước', en: 'Identity cards' },
  'xuat-nhap-canh': { vi: 'Xuất nhập cảnh', en: 'Exit and entry' },
  'ly-lich-tu-phap': { vi: 'Lý lịch tư pháp', en: 'Judicial records' },
  'chung-thuc': { vi: 'Chứng thực', en: 'Certification' },
  'xay-dung': { vi: 'Hoạt động xây dựng', en: 'Construction' },
  'dat-dai': { vi: 'Đất đai', en: 'Land' },
  'dang-ky-kinh-doanh': { vi: 'Thành lập và hoạt động doanh nghiệp, hộ kinh doanh', en: 'Business registration' },
  'giao-thong': { vi: 'Đường bộ', en: 'Road transport' },
  'viec-lam': { vi: 'Việc làm', en: 'Employment' },
  'bao-hiem': { vi: 'Bảo hiểm xã hội, bảo hiểm y tế', en: 'Social and health insurance' },
  'bao-tro-xa-hoi': { vi: 'Bảo trợ xã hội', en: 'Social assistance' },
  'an-toan-thuc-pham': { vi: 'An toàn thực phẩm', en: 'Food safety' },
  'lao-dong': { vi: 'Lao động', en: 'Labour' },
  'giao-duc': { vi: 'Giáo dục và đào tạo', en: 'Education and training' },
} as const;

export type FieldCode = keyof typeof fields;

export type LifeEvent = (typeof lifeEvents)[number];

export type Channel = 'IN_PERSON' | 'ONLINE' | 'POST';

export type ProcedureSeed = {
  /** Mã thủ tục in the national database, e.g. "1.001193". */
  code: string;
  /** false when the code could not be checked against the national database. */
  codeVerified: boolean;
  /** Số quyết định công bố (the decision that published the procedure), or '' when not known. */
  decisionNumber: string;
  /** From the Vietnamese title, without tone marks, lower case, dashes: "dang-ky-khai-sinh". */
  slug: string;
  titleVi: string;
  titleEn: string;
  summaryVi: string;
  summaryEn: string;
  field: FieldCode;
  /** Cấp thực hiện since 1 July 2025: the city or the commune level (phường, xã, đặc khu). */
  level: 'CITY' | 'COMMUNE';
  /** Dịch vụ công trực tuyến: toàn trình (FULL), một phần (PARTIAL), or only in person (NONE). */
  onlineLevel: 'FULL' | 'PARTIAL' | 'NONE';
  /** Where to submit online (the national public service portal), when online. */
  onlineUrl?: string;
  /** Đối tượng thực hiện. */
  applicants: string;
  /** Cơ quan thực hiện. */
  implementingAgency: string;
  /** Cơ quan có thẩm quyền (when different from the implementing agency). */
  competentAgency?: string;
  /** Địa chỉ tiếp nhận hồ sơ. */
  submissionPlace: string;
  /** Trình tự thực hiện, in order. */
  steps: string[];
  /** Cách thức thực hiện, each with its processing time and fee (in words, as published). */
  methods: { channel: Channel; processingTime: string; fee: string; note?: string }[];
  /** Thành phần hồ sơ, grouped by case ("Trường hợp ..."); one group with case '' when there is one case. */
  documents: {
    case: string;
    items: { name: string; form?: string; originals: number; copies: number; note?: string }[];
  }[];
  /** Kết quả thực hiện. */
  result: string;
  /** Yêu cầu, điều kiện; '' when none. */
  conditions: string;
  /** Căn cứ pháp lý. */
  legalBasis: { number: string; summary: string; date: string; issuer: string }[];
  /** What residents type: synonyms, abbreviations, words without tone marks are handled by search. */
  keywords: string[];
  lifeEvents: LifeEvent[];
  /** What could not be stated with certainty (fee, time limit, code...), shown on the page. */
  uncertain?: string;
};

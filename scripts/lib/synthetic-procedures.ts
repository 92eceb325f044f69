// SYNTHETIC administrative procedures, for benchmarks only: realistic in shape and wording (titles
// combine real verbs, objects and fields of Vietnam's national database of procedures; keywords,
// bodies of the same length as the real ones; varied field, level and online level; popularity with
// a long tail), but NOT real. Each is marked three times: `synthetic: true` in the database, the
// code "SYN.000001" and slug "mo-phong-000001-…", and "(thủ tục mô phỏng)" in its title.
// Procedure i is a pure function of i: runs with the same count hold the same data.
import type { PrismaClient } from '../../generated/prisma/client';
import { procedureRow, seedProcedureFields, sharedText } from '../../prisma/seed/procedures/load';
import { fields, type FieldCode, type LifeEvent, type ProcedureSeed } from '../../prisma/seed/procedures/types';
import { slugify } from '../../lib/search/normalize';

export const SYNTHETIC_CODE_PREFIX = 'SYN.';
const SEED = 0x5eed2026;
/** The national public service portal, as the real procedures cite it (prisma/seed/procedures/shared.json). */
const DVC = sharedText('DVC');

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: one small generator per procedure, seeded from its index.

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rngFor(i: number) {
  const next = mulberry32(Math.imul(i + 1, 0x9e3779b1) ^ SEED);
  next();
  next();
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
    weighted: <T>(list: readonly (readonly [T, number])[]): T => {
      const total = list.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of list) if ((x -= w) < 0) return v;
      return list[list.length - 1]![0];
    },
    /** k distinct items, in list order. */
    some: <T>(list: readonly T[], k: number): T[] => {
      const idx = list.map((_, j) => j);
      for (let j = idx.length - 1; j > 0; j--) {
        const r = Math.floor(next() * (j + 1));
        [idx[j], idx[r]] = [idx[r]!, idx[j]!];
      }
      return idx
        .slice(0, Math.min(k, list.length))
        .sort((a, b) => a - b)
        .map((j) => list[j]!);
    },
  };
}
type Rng = ReturnType<typeof rngFor>;

// ---------------------------------------------------------------------------------------------
// Vocabulary, from the titles of real procedures.

type Pair = readonly [vi: string, en: string];

const V = {
  cap: ['Cấp', 'Issuance of'],
  capDoi: ['Cấp đổi', 'Replacement of'],
  capLai: ['Cấp lại', 'Re-issuance of'],
  giaHan: ['Gia hạn', 'Extension of'],
  dieuChinh: ['Điều chỉnh', 'Amendment of'],
  dieuChinhBoSung: ['Điều chỉnh, bổ sung', 'Amendment and supplement of'],
  thuHoi: ['Thu hồi', 'Revocation of'],
  dangKy: ['Đăng ký', 'Registration of'],
  dangKyLai: ['Đăng ký lại', 'Re-registration of'],
  dangKyThayDoi: ['Đăng ký thay đổi', 'Registration of changes to'],
  xoaDangKy: ['Xóa đăng ký', 'Deregistration of'],
  xacNhan: ['Xác nhận', 'Confirmation of'],
  congNhan: ['Công nhận', 'Recognition of'],
  thongBao: ['Thông báo', 'Notification of'],
  khaiBao: ['Khai báo', 'Declaration of'],
  thanhLap: ['Thành lập', 'Establishment of'],
  giaiThe: ['Giải thể', 'Dissolution of'],
  sapNhap: ['Sáp nhập, chia, tách', 'Merger or division of'],
  choPhep: ['Cho phép hoạt động', 'Permission to operate'],
  tamNgung: ['Tạm ngừng hoạt động', 'Temporary suspension of'],
  chamDut: ['Chấm dứt hoạt động', 'Termination of'],
  giaiQuyet: ['Giải quyết', 'Settlement of'],
  hoTro: ['Hỗ trợ', 'Support for'],
  thucHien: ['Thực hiện, điều chỉnh', 'Granting or adjusting'],
  thoiHuong: ['Thôi hưởng', 'Termination of'],
  ghiSo: ['Ghi vào Sổ hộ tịch việc', 'Recording in the civil status register of'],
  chungThuc: ['Chứng thực', 'Certification of'],
  thamDinh: ['Thẩm định', 'Appraisal of'],
  pheDuyet: ['Phê duyệt', 'Approval of'],
  chuyenDoi: ['Chuyển đổi', 'Conversion of'],
  tiepNhan: ['Tiếp nhận hồ sơ', 'Receipt of the application for'],
  chinhSua: ['Chỉnh sửa nội dung', 'Correction of'],
  tamDung: ['Tạm dừng hưởng', 'Suspension of'],
  tiepTuc: ['Tiếp tục hưởng', 'Resumption of'],
  dangKyChamDut: ['Đăng ký chấm dứt', 'Registration of the end of'],
  chapThuan: ['Chấp thuận', 'Approval of'],
  cungCap: ['Cung cấp', 'Provision of'],
  choPhepLam: ['Cho phép', 'Permission for'],
  thanhToan: ['Thanh toán trực tiếp', 'Direct reimbursement of'],
} as const satisfies Record<string, Pair>;
type Verb = keyof typeof V;

const LICENCE: Verb[] = ['cap', 'capDoi', 'capLai', 'giaHan', 'dieuChinh', 'thuHoi'];
const PERMIT: Verb[] = ['cap', 'capLai', 'dieuChinh', 'giaHan'];
const CARD: Verb[] = ['cap', 'capDoi', 'capLai'];
const ORG: Verb[] = ['thanhLap', 'choPhep', 'sapNhap', 'giaiThe', 'tamNgung', 'chamDut'];
const BENEFIT: Verb[] = ['giaiQuyet', 'thucHien', 'thoiHuong'];

type Obj = {
  vi: string;
  en: string;
  /** What people call it, for keywords and document names. */
  short: string;
  /** Abbreviations and everyday names residents type. */
  keywords: string[];
  verbs: Verb[];
  /** "{x}" in vi/en/short is replaced by one of these. */
  slot?: readonly Pair[];
  result?: string;
};

const o = (
  vi: string,
  en: string,
  short: string,
  verbs: Verb[],
  keywords: string[] = [],
  extra: Partial<Obj> = {},
): Obj => ({ vi, en, short, verbs, keywords, ...extra });

const BUSINESSES: Pair[] = [
  ['karaoke', 'karaoke'],
  ['vũ trường', 'dance club'],
  ['lưu trú du lịch', 'tourist accommodation'],
  ['xoa bóp', 'massage'],
  ['cầm đồ', 'pawnshop'],
  ['in', 'printing'],
  ['trò chơi điện tử công cộng', 'public video games'],
  ['ăn uống', 'food and beverage'],
  ['bán lẻ xăng dầu', 'fuel retail'],
  ['kinh doanh khí', 'gas trading'],
  ['thẩm mỹ', 'cosmetic'],
  ['lữ hành nội địa', 'domestic travel'],
  ['photocopy', 'photocopying'],
  ['sửa chữa xe', 'vehicle repair'],
  ['bảo vệ', 'security'],
  ['giặt là', 'laundry'],
];
const WORKS: Pair[] = [
  ['nhà ở riêng lẻ', 'detached houses'],
  ['công trình cấp III', 'grade III works'],
  ['công trình tôn giáo, tín ngưỡng', 'religious works'],
  ['công trình quảng cáo', 'advertising structures'],
  ['trạm viễn thông', 'telecom stations'],
  ['công trình hạ tầng kỹ thuật', 'technical infrastructure'],
  ['nhà xưởng', 'factories'],
  ['công trình theo tuyến', 'linear works'],
  ['công trình sửa chữa, cải tạo', 'renovation works'],
];
const SCHOOLS: Pair[] = [
  ['trường mầm non', 'kindergarten'],
  ['trường tiểu học', 'primary school'],
  ['trường trung học cơ sở', 'lower secondary school'],
  ['trường trung học phổ thông', 'upper secondary school'],
  ['trung tâm ngoại ngữ, tin học', 'language and IT centre'],
  ['nhóm trẻ độc lập', 'independent day-care group'],
  ['trung tâm giáo dục nghề nghiệp', 'vocational training centre'],
  ['trường phổ thông có nhiều cấp học', 'multi-level school'],
  ['cơ sở giáo dục mầm non tư thục', 'private preschool'],
];
const VEHICLES: Pair[] = [
  ['xe mô tô, xe gắn máy', 'motorcycles and mopeds'],
  ['xe ô tô', 'cars'],
  ['xe máy chuyên dùng', 'special-use machines'],
  ['xe chở người bốn bánh có gắn động cơ', 'four-wheel passenger vehicles'],
  ['rơ moóc, sơ mi rơ moóc', 'trailers and semi-trailers'],
  ['xe mô tô điện, xe gắn máy điện', 'electric motorcycles'],
];
const FOODS: Pair[] = [
  ['thực phẩm bảo vệ sức khỏe', 'health supplements'],
  ['nước uống đóng chai', 'bottled water'],
  ['phụ gia thực phẩm', 'food additives'],
  ['bếp ăn tập thể', 'collective kitchens'],
  ['dịch vụ ăn uống', 'catering'],
  ['sản xuất bánh kẹo', 'confectionery production'],
  ['kinh doanh thực phẩm tươi sống', 'fresh food trading'],
  ['thức ăn đường phố', 'street food'],
];

const objects: Record<FieldCode, Obj[]> = {
  'ho-tich': [
    o('khai sinh', 'birth', 'khai sinh', ['dangKy', 'dangKyLai', 'ghiSo'], ['giấy khai sinh', 'làm khai sinh']),
    o('kết hôn', 'marriage', 'kết hôn', ['dangKy', 'dangKyLai', 'ghiSo'], ['giấy đăng ký kết hôn', 'đăng ký kết hôn']),
    o('khai tử', 'death', 'khai tử', ['dangKy', 'dangKyLai', 'ghiSo'], ['giấy chứng tử', 'báo tử']),
    o('giám hộ', 'guardianship', 'giám hộ', ['dangKy', 'dangKyThayDoi', 'dangKyChamDut'], ['người giám hộ']),
    o('nhận cha, mẹ, con', 'parentage recognition', 'nhận cha mẹ con', ['dangKy', 'ghiSo'], ['nhận con', 'nhận cha']),
    o('nuôi con nuôi', 'adoption', 'nuôi con nuôi', ['dangKy', 'dangKyLai', 'ghiSo'], ['con nuôi', 'nhận con nuôi']),
    o(
      'thay đổi, cải chính, bổ sung thông tin hộ tịch',
      'changes to civil status records',
      'cải chính hộ tịch',
      ['dangKy', 'ghiSo'],
      ['sửa tên khai sinh', 'cải chính'],
    ),
    o(
      'bản sao trích lục hộ tịch',
      'certified civil status extracts',
      'trích lục hộ tịch',
      ['cap'],
      ['trích lục', 'bản sao khai sinh'],
    ),
    o(
      'Giấy xác nhận tình trạng hôn nhân',
      'certificate of marital status',
      'xác nhận tình trạng hôn nhân',
      ['cap', 'capLai'],
      ['xác nhận độc thân', 'giấy độc thân'],
    ),
    o('giám sát việc giám hộ', 'supervision of guardianship', 'giám sát giám hộ', ['dangKy', 'dangKyChamDut'], []),
  ],
  'chung-thuc': [
    o(
      'bản sao từ bản chính giấy tờ, văn bản {x}',
      'copies from originals of {x}',
      'bản sao',
      ['chungThuc'],
      ['sao y', 'sao y bản chính', 'công chứng bản sao'],
      {
        slot: [
          ['do cơ quan Việt Nam cấp', 'issued in Viet Nam'],
          ['do cơ quan nước ngoài cấp', 'issued abroad'],
          ['song ngữ', 'in two languages'],
          ['', ''],
        ],
      },
    ),
    o('chữ ký {x}', 'signatures {x}', 'chữ ký', ['chungThuc'], ['chứng thực chữ ký', 'ký chứng thực'], {
      slot: [
        ['người dịch là cộng tác viên', 'of sworn translators'],
        ['trong giấy tờ, văn bản', 'on documents'],
        ['của người không ký được', 'of people unable to sign'],
      ],
    }),
    o(
      'hợp đồng, giao dịch {x}',
      'contracts and transactions {x}',
      'hợp đồng',
      ['chungThuc'],
      ['chứng thực hợp đồng', 'công chứng hợp đồng'],
      {
        slot: [
          ['liên quan đến động sản', 'on movable property'],
          ['liên quan đến nhà ở', 'on housing'],
          ['về quyền sử dụng đất', 'on land use rights'],
          ['thế chấp', 'of mortgage'],
        ],
      },
    ),
    o('di chúc', 'wills', 'di chúc', ['chungThuc'], ['lập di chúc', 'chứng thực di chúc']),
    o(
      'văn bản thỏa thuận phân chia di sản',
      'agreements on dividing an estate',
      'phân chia di sản',
      ['chungThuc'],
      ['thừa kế', 'chia thừa kế'],
    ),
    o(
      'việc sửa lỗi sai sót trong hợp đồng đã được chứng thực',
      'corrections to certified contracts',
      'sửa lỗi hợp đồng',
      ['chungThuc'],
      [],
    ),
  ],
  'cu-tru': [
    o('thường trú', 'permanent residence', 'thường trú', ['dangKy', 'xoaDangKy'], ['hộ khẩu', 'nhập hộ khẩu']),
    o('tạm trú', 'temporary residence', 'tạm trú', ['dangKy', 'giaHan', 'xoaDangKy'], ['KT3', 'đăng ký tạm trú']),
    o('tạm vắng', 'temporary absence', 'tạm vắng', ['khaiBao'], ['khai báo tạm vắng']),
    o('lưu trú', 'overnight stays', 'lưu trú', ['thongBao'], ['báo lưu trú', 'khai báo lưu trú']),
    o(
      'thông tin về cư trú',
      'residence information',
      'thông tin cư trú',
      ['xacNhan', 'dieuChinh'],
      ['xác nhận cư trú', 'CT07'],
    ),
    o('tách hộ', 'household splitting', 'tách hộ', ['dangKy'], ['tách hộ khẩu']),
    o('lưu trú tại {x}', 'stays at {x}', 'lưu trú', ['thongBao'], ['nhà nghỉ', 'khách sạn'], {
      slot: [
        ['nhà nghỉ', 'guesthouses'],
        ['khách sạn', 'hotels'],
        ['homestay', 'homestays'],
        ['ký túc xá', 'dormitories'],
      ],
    }),
  ],
  'can-cuoc': [
    o('thẻ căn cước', 'identity cards', 'căn cước', CARD, ['CCCD', 'căn cước công dân', 'làm căn cước']),
    o('giấy chứng nhận căn cước', 'identity certificates', 'giấy chứng nhận căn cước', CARD, ['người gốc Việt Nam']),
    o(
      'thông tin trong Cơ sở dữ liệu quốc gia về dân cư',
      'information in the national population database',
      'dữ liệu dân cư',
      ['dieuChinh', 'xacNhan'],
      ['định danh', 'số định danh cá nhân'],
    ),
    o(
      'tài khoản định danh điện tử mức độ 2',
      'level 2 electronic identification accounts',
      'định danh điện tử',
      ['dangKy', 'capLai'],
      ['VNeID', 'tài khoản VNeID'],
    ),
    o('thu nhận sinh trắc học', 'biometric collection', 'sinh trắc học', ['dangKy', 'dieuChinh'], ['mống mắt', 'ADN']),
  ],
  'xuat-nhap-canh': [
    o('hộ chiếu phổ thông {x}', 'ordinary passports {x}', 'hộ chiếu', CARD, ['passport', 'làm hộ chiếu'], {
      slot: [
        ['ở trong nước', 'in the country'],
        ['cho trẻ em dưới 14 tuổi', 'for children under 14'],
        ['có gắn chíp điện tử', 'with an electronic chip'],
        ['', ''],
      ],
    }),
    o('giấy thông hành {x}', 'border passes {x}', 'giấy thông hành', CARD, ['thông hành'], {
      slot: [
        ['biên giới Việt Nam – Campuchia', 'for the Viet Nam – Cambodia border'],
        ['biên giới Việt Nam – Lào', 'for the Viet Nam – Laos border'],
        ['xuất nhập cảnh vùng biên giới', 'for border areas'],
      ],
    }),
    o('thị thực cho người nước ngoài', 'visas for foreigners', 'thị thực', ['cap', 'giaHan'], ['visa', 'gia hạn visa']),
    o(
      'thẻ tạm trú cho người nước ngoài',
      'temporary residence cards for foreigners',
      'thẻ tạm trú',
      ['cap', 'capLai', 'giaHan'],
      ['TRC', 'thẻ tạm trú'],
    ),
    o(
      'việc mất hộ chiếu phổ thông',
      'the loss of an ordinary passport',
      'mất hộ chiếu',
      ['thongBao', 'khaiBao'],
      ['mất hộ chiếu', 'báo mất hộ chiếu'],
    ),
  ],
  'ly-lich-tu-phap': [
    o(
      'Phiếu lý lịch tư pháp số {x}',
      'criminal record certificates no. {x}',
      'lý lịch tư pháp',
      ['cap', 'capLai'],
      ['LLTP', 'phiếu lý lịch'],
      {
        slot: [
          ['1', '1'],
          ['2', '2'],
          ['1 cho người nước ngoài', '1 for foreigners'],
          ['2 cho cơ quan tiến hành tố tụng', '2 for prosecuting bodies'],
        ],
      },
    ),
    o(
      'thông tin lý lịch tư pháp',
      'criminal record information',
      'thông tin lý lịch tư pháp',
      ['xacNhan', 'dieuChinh'],
      ['xác minh lý lịch'],
    ),
  ],
  'xay-dung': [
    o(
      'giấy phép xây dựng {x}',
      'building permits for {x}',
      'giấy phép xây dựng',
      LICENCE,
      ['GPXD', 'xin phép xây dựng', 'giấy phép xây nhà'],
      { slot: WORKS },
    ),
    o('giấy phép di dời công trình', 'permits to relocate works', 'giấy phép di dời', PERMIT, ['di dời công trình']),
    o(
      'chứng chỉ hành nghề hoạt động xây dựng',
      'construction practising certificates',
      'chứng chỉ hành nghề xây dựng',
      LICENCE,
      ['CCHN xây dựng', 'chứng chỉ hành nghề'],
    ),
    o('chứng chỉ năng lực hoạt động xây dựng', 'construction capacity certificates', 'chứng chỉ năng lực', LICENCE, [
      'năng lực xây dựng',
    ]),
    o(
      'thiết kế xây dựng triển khai sau thiết kế cơ sở',
      'construction designs after basic design',
      'thiết kế xây dựng',
      ['thamDinh', 'dieuChinh'],
      ['thẩm định thiết kế'],
    ),
    o(
      'báo cáo nghiên cứu khả thi đầu tư xây dựng',
      'feasibility studies for construction investment',
      'báo cáo khả thi',
      ['thamDinh', 'dieuChinh'],
      ['dự án đầu tư xây dựng'],
    ),
    o(
      'khởi công xây dựng công trình',
      'commencement of construction',
      'khởi công',
      ['thongBao'],
      ['thông báo khởi công'],
    ),
    o(
      'đối tượng được hưởng chính sách nhà ở xã hội {x}',
      'eligibility for social housing {x}',
      'nhà ở xã hội',
      ['xacNhan'],
      ['mua nhà ở xã hội', 'thuê nhà ở xã hội'],
      {
        slot: [
          ['để mua, thuê mua', 'for purchase or hire purchase'],
          ['để thuê', 'for rent'],
          ['cho công nhân khu công nghiệp', 'for industrial workers'],
        ],
      },
    ),
    o(
      'tách thửa hoặc hợp thửa đất',
      'land plot division or merger',
      'tách thửa',
      ['dangKy', 'thamDinh'],
      ['tách sổ', 'hợp thửa'],
    ),
    o(
      'thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
      'mortgages of land use rights',
      'thế chấp',
      ['dangKy', 'xoaDangKy', 'dangKyThayDoi'],
      ['thế chấp sổ đỏ', 'xóa thế chấp'],
    ),
    o('thời hạn sử dụng đất', 'land use terms', 'thời hạn sử dụng đất', ['giaHan', 'dieuChinh'], ['gia hạn sổ đỏ']),
    o(
      'thông tin, dữ liệu đất đai',
      'land information and data',
      'dữ liệu đất đai',
      ['cungCap'],
      ['trích lục bản đồ địa chính', 'tra cứu quy hoạch'],
    ),
    o('giấy phép khai thác {x}', 'permits to extract {x}', 'giấy phép khai thác', LICENCE, ['khai thác tài nguyên'], {
      slot: [
        ['nước dưới đất', 'groundwater'],
        ['nước mặt', 'surface water'],
        ['khoáng sản làm vật liệu xây dựng thông thường', 'common building minerals'],
      ],
    }),
    o('giấy phép môi trường', 'environmental permits', 'giấy phép môi trường', LICENCE, [
      'GPMT',
      'đánh giá tác động môi trường',
    ]),
  ],
  'dang-ky-kinh-doanh': [
    o(
      'hộ kinh doanh',
      'household businesses',
      'hộ kinh doanh',
      ['dangKy', 'dangKyThayDoi', 'tamNgung', 'chamDut'],
      ['hộ kinh doanh cá thể', 'giấy phép kinh doanh'],
    ),
    o(
      'công ty trách nhiệm hữu hạn {x}',
      'limited liability companies {x}',
      'công ty TNHH',
      ['thanhLap', 'dangKyThayDoi', 'giaiThe', 'tamNgung', 'chuyenDoi'],
      ['TNHH', 'mở công ty'],
      {
        slot: [
          ['một thành viên', 'with one member'],
          ['hai thành viên trở lên', 'with two or more members'],
        ],
      },
    ),
    o(
      'công ty cổ phần',
      'joint-stock companies',
      'công ty cổ phần',
      ['thanhLap', 'dangKyThayDoi', 'giaiThe', 'tamNgung', 'chuyenDoi'],
      ['CTCP', 'thành lập công ty'],
    ),
    o(
      'chi nhánh, văn phòng đại diện, địa điểm kinh doanh',
      'branches, representative offices and business locations',
      'chi nhánh',
      ['dangKy', 'dangKyThayDoi', 'chamDut'],
      ['mở chi nhánh', 'văn phòng đại diện'],
    ),
    o(
      'hợp tác xã',
      'cooperatives',
      'hợp tác xã',
      ['dangKy', 'dangKyThayDoi', 'giaiThe', 'sapNhap'],
      ['HTX', 'liên hiệp hợp tác xã'],
    ),
    o(
      'giấy phép kinh doanh dịch vụ {x}',
      'business licences for {x} services',
      'giấy phép kinh doanh',
      LICENCE,
      ['giấy phép con', 'điều kiện kinh doanh'],
      { slot: BUSINESSES },
    ),
    o(
      'giấy chứng nhận đủ điều kiện về an ninh, trật tự cho cơ sở {x}',
      'security and order certificates for {x} businesses',
      'giấy chứng nhận an ninh trật tự',
      CARD,
      ['ANTT', 'an ninh trật tự'],
      { slot: BUSINESSES },
    ),
    o(
      'doanh nghiệp tư nhân',
      'private enterprises',
      'doanh nghiệp tư nhân',
      ['thanhLap', 'dangKyThayDoi', 'giaiThe', 'chuyenDoi'],
      ['DNTN'],
    ),
    o(
      'nội dung đăng ký doanh nghiệp',
      'enterprise registration details',
      'đăng ký doanh nghiệp',
      ['dangKyThayDoi', 'thongBao'],
      ['đổi tên công ty', 'thay đổi người đại diện', 'đổi địa chỉ trụ sở'],
    ),
  ],
  'giao-thong': [
    o(
      'giấy phép lái xe {x}',
      'driving licences {x}',
      'giấy phép lái xe',
      CARD,
      ['bằng lái xe', 'GPLX', 'đổi bằng lái'],
      {
        slot: [
          ['hạng A1, A', 'class A1 and A'],
          ['hạng B', 'class B'],
          ['hạng C1, C', 'class C1 and C'],
          ['quốc tế', 'international'],
          ['do nước ngoài cấp', 'issued abroad'],
          ['', ''],
        ],
      },
    ),
    o('{x}', '{x}', 'đăng ký xe', ['dangKy', 'dangKyLai', 'xoaDangKy'], ['biển số xe', 'cà vẹt xe', 'sang tên xe'], {
      slot: VEHICLES,
    }),
    o('chứng nhận đăng ký xe tạm thời', 'temporary vehicle registration', 'đăng ký xe tạm thời', ['cap'], ['biển tạm']),
    o('phù hiệu xe {x}', 'vehicle badges {x}', 'phù hiệu', CARD, ['phù hiệu xe', 'xe hợp đồng'], {
      slot: [
        ['taxi', 'for taxis'],
        ['hợp đồng', 'for contract vehicles'],
        ['tải', 'for trucks'],
        ['du lịch', 'for tourist vehicles'],
      ],
    }),
    o(
      'giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn',
      'permits for overweight and oversized vehicles',
      'giấy phép lưu hành',
      PERMIT,
      ['xe quá khổ', 'xe quá tải'],
    ),
    o(
      'giấy phép thi công công trình trên đường bộ đang khai thác',
      'permits for works on roads in use',
      'giấy phép thi công',
      PERMIT,
      ['đào đường', 'thi công trên đường'],
    ),
    o(
      'giấy phép vận tải {x}',
      'transport permits {x}',
      'giấy phép vận tải',
      LICENCE,
      ['giấy phép kinh doanh vận tải'],
      {
        slot: [
          ['bằng xe ô tô', 'by car'],
          ['hành khách theo tuyến cố định', 'for scheduled passenger routes'],
          ['hàng hóa bằng công-te-nơ', 'for container freight'],
        ],
      },
    ),
  ],
  'dat-dai': [
    o(
      'giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất {x}',
      'land use right certificates {x}',
      'giấy chứng nhận quyền sử dụng đất',
      ['cap', 'capDoi', 'capLai', 'dieuChinh'],
      ['sổ đỏ', 'sổ hồng', 'giấy chứng nhận'],
      {
        slot: [
          ['lần đầu', 'for the first time'],
          ['do bị mất', 'after loss'],
          ['do bị hư hỏng', 'after damage'],
          ['cho hộ gia đình, cá nhân', 'for households and individuals'],
          ['cho tổ chức', 'for organisations'],
          ['', ''],
        ],
      },
    ),
    o(
      'biến động đất đai do {x}',
      'land changes through {x}',
      'biến động đất đai',
      ['dangKy'],
      ['sang tên sổ đỏ', 'sang tên'],
      {
        slot: [
          ['chuyển nhượng', 'transfer'],
          ['tặng cho', 'gift'],
          ['thừa kế', 'inheritance'],
          ['góp vốn', 'capital contribution'],
          ['đổi tên', 'change of name'],
          ['thay đổi diện tích', 'change of area'],
        ],
      },
    ),
    o(
      'chuyển mục đích sử dụng đất',
      'change of land use purpose',
      'chuyển mục đích sử dụng đất',
      ['dangKy', 'choPhepLam'],
      ['chuyển đất nông nghiệp sang đất ở', 'lên thổ cư'],
    ),
    o(
      'đấu nối vào đường bộ',
      'road access connections',
      'đấu nối đường bộ',
      ['chapThuan'],
      ['đấu nối', 'làm đường vào'],
    ),
  ],
  'viec-lam': [
    o(
      'trợ cấp thất nghiệp',
      'unemployment benefit',
      'trợ cấp thất nghiệp',
      ['giaiQuyet', 'tamDung', 'tiepTuc', 'thoiHuong'],
      ['BHTN', 'hưởng thất nghiệp', 'bảo hiểm thất nghiệp'],
    ),
    o(
      'học nghề cho người lao động {x}',
      'vocational training for workers {x}',
      'học nghề',
      ['hoTro'],
      ['học nghề miễn phí'],
      {
        slot: [
          ['đang hưởng trợ cấp thất nghiệp', 'receiving unemployment benefit'],
          ['bị thu hồi đất nông nghiệp', 'whose farmland was taken'],
          ['khuyết tật', 'with disabilities'],
        ],
      },
    ),
    o('giấy phép hoạt động dịch vụ việc làm', 'employment service licences', 'giấy phép dịch vụ việc làm', LICENCE, [
      'trung tâm giới thiệu việc làm',
    ]),
    o(
      'tình trạng việc làm hằng tháng',
      'monthly employment status',
      'tìm kiếm việc làm',
      ['thongBao', 'khaiBao'],
      ['thông báo tìm việc'],
    ),
    o(
      'vay vốn tạo việc làm từ Quỹ quốc gia về việc làm',
      'job-creation loans from the national employment fund',
      'vay vốn tạo việc làm',
      ['hoTro', 'thamDinh'],
      ['vay vốn giải quyết việc làm'],
    ),
    o(
      'người lao động đi làm việc ở nước ngoài theo hợp đồng',
      'workers going abroad under contract',
      'xuất khẩu lao động',
      ['dangKy', 'hoTro'],
      ['XKLĐ', 'đi làm việc ở nước ngoài'],
    ),
  ],
  'bao-hiem': [
    o('thẻ bảo hiểm y tế {x}', 'health insurance cards {x}', 'thẻ BHYT', CARD, ['BHYT', 'thẻ bảo hiểm'], {
      slot: [
        ['do bị mất, hỏng', 'after loss or damage'],
        ['do thay đổi thông tin', 'after changes of information'],
        ['cho trẻ em dưới 6 tuổi', 'for children under 6'],
        ['cho học sinh, sinh viên', 'for students'],
        ['', ''],
      ],
    }),
    o(
      'tham gia bảo hiểm xã hội {x}',
      'social insurance participation {x}',
      'bảo hiểm xã hội',
      ['dangKy', 'dieuChinh'],
      ['BHXH', 'đóng bảo hiểm xã hội'],
      {
        slot: [
          ['tự nguyện', 'on a voluntary basis'],
          ['bắt buộc', 'on a compulsory basis'],
          ['cho người lao động nước ngoài', 'for foreign workers'],
        ],
      },
    ),
    o('chế độ {x}', '{x} benefits', 'chế độ bảo hiểm xã hội', BENEFIT, ['hưởng chế độ', 'BHXH một lần'], {
      slot: [
        ['ốm đau', 'sickness'],
        ['thai sản', 'maternity'],
        ['hưu trí', 'retirement'],
        ['tử tuất', 'survivorship'],
        ['tai nạn lao động, bệnh nghề nghiệp', 'occupational accident'],
        ['bảo hiểm xã hội một lần', 'lump-sum social insurance'],
      ],
    }),
    o(
      'sổ bảo hiểm xã hội',
      'social insurance books',
      'sổ BHXH',
      ['cap', 'capLai', 'dieuChinh'],
      ['sổ BHXH', 'gộp sổ bảo hiểm'],
    ),
    o(
      'chi phí khám bệnh, chữa bệnh bảo hiểm y tế',
      'health insurance medical costs',
      'chi phí khám chữa bệnh BHYT',
      ['thanhToan'],
      ['thanh toán trực tiếp BHYT'],
    ),
  ],
  'bao-tro-xa-hoi': [
    o(
      'trợ cấp xã hội hằng tháng {x}',
      'monthly social allowances {x}',
      'trợ cấp xã hội',
      BENEFIT,
      ['trợ cấp hằng tháng', 'bảo trợ xã hội'],
      {
        slot: [
          ['cho người cao tuổi', 'for the elderly'],
          ['cho người khuyết tật', 'for people with disabilities'],
          ['cho trẻ em mồ côi', 'for orphans'],
          ['cho người đơn thân nghèo', 'for poor single parents'],
        ],
      },
    ),
    o('chi phí mai táng', 'funeral costs', 'mai táng phí', ['hoTro'], ['hỗ trợ mai táng', 'tiền mai táng']),
    o(
      'hộ nghèo, hộ cận nghèo',
      'poor and near-poor households',
      'hộ nghèo',
      ['xacNhan', 'congNhan'],
      ['sổ hộ nghèo', 'cận nghèo'],
    ),
    o(
      'cơ sở trợ giúp xã hội {x}',
      'social assistance facilities {x}',
      'cơ sở trợ giúp xã hội',
      ORG,
      ['trung tâm bảo trợ'],
      {
        slot: [
          ['ngoài công lập', 'outside the public sector'],
          ['công lập', 'in the public sector'],
          ['chăm sóc người cao tuổi', 'caring for the elderly'],
        ],
      },
    ),
    o(
      'mức độ khuyết tật',
      'degree of disability',
      'khuyết tật',
      ['xacNhan', 'dieuChinh'],
      ['giấy xác nhận khuyết tật'],
    ),
    o('hỗ trợ khẩn cấp {x}', 'emergency aid {x}', 'hỗ trợ khẩn cấp', ['giaiQuyet'], ['thiên tai', 'cứu trợ'], {
      slot: [
        ['khi bị thiên tai', 'after natural disasters'],
        ['về nhà ở', 'for housing'],
        ['cho trẻ em bị bỏ rơi', 'for abandoned children'],
      ],
    }),
  ],
  'an-toan-thuc-pham': [
    o(
      'giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với {x}',
      'food safety certificates for {x}',
      'giấy chứng nhận an toàn thực phẩm',
      CARD,
      ['ATTP', 'giấy ATTP', 'vệ sinh an toàn thực phẩm'],
      { slot: FOODS },
    ),
    o(
      'bản công bố sản phẩm {x}',
      'product declarations for {x}',
      'công bố sản phẩm',
      ['tiepNhan', 'dieuChinh'],
      ['tự công bố sản phẩm', 'công bố chất lượng'],
      { slot: FOODS },
    ),
    o(
      'nội dung quảng cáo thực phẩm',
      'food advertising content',
      'quảng cáo thực phẩm',
      ['xacNhan'],
      ['quảng cáo thực phẩm chức năng'],
    ),
    o(
      'giấy chứng nhận lưu hành tự do đối với thực phẩm xuất khẩu',
      'free sale certificates for exported food',
      'CFS',
      CARD,
      ['CFS', 'giấy chứng nhận lưu hành tự do'],
    ),
  ],
  'lao-dong': [
    o(
      'giấy phép lao động cho người lao động nước ngoài',
      'work permits for foreign workers',
      'giấy phép lao động',
      LICENCE,
      ['work permit', 'GPLĐ'],
    ),
    o('nội quy lao động', 'workplace rules', 'nội quy lao động', ['dangKy'], ['đăng ký nội quy']),
    o(
      'thỏa ước lao động tập thể',
      'collective labour agreements',
      'thỏa ước lao động',
      ['dangKy', 'thongBao'],
      ['thỏa ước tập thể'],
    ),
    o('giấy phép hoạt động cho thuê lại lao động', 'labour sub-leasing licences', 'cho thuê lại lao động', LICENCE, [
      'cho thuê lao động',
    ]),
    o('hệ thống thang lương, bảng lương', 'pay scales', 'thang lương', ['thongBao', 'dangKy'], ['bảng lương']),
    o(
      'báo cáo tình hình sử dụng lao động',
      'reports on workforce use',
      'báo cáo lao động',
      ['tiepNhan'],
      ['khai trình lao động'],
    ),
    o(
      'người lao động nước ngoài không thuộc diện cấp giấy phép lao động',
      'foreign workers exempt from work permits',
      'miễn giấy phép lao động',
      ['xacNhan'],
      ['miễn work permit'],
    ),
  ],
  'giao-duc': [
    o('{x}', '{x}', 'cơ sở giáo dục', ORG, ['mở trường', 'thành lập trường'], { slot: SCHOOLS }),
    o('học sinh {x}', 'pupils {x}', 'chuyển trường', ['tiepNhan', 'xacNhan'], ['chuyển trường', 'xin học'], {
      slot: [
        ['chuyển trường trung học cơ sở', 'transferring lower secondary schools'],
        ['chuyển trường trung học phổ thông', 'transferring upper secondary schools'],
        ['từ nước ngoài về nước', 'returning from abroad'],
        ['học tại nhà', 'studying at home'],
      ],
    }),
    o(
      'bằng tốt nghiệp, chứng chỉ {x}',
      'diplomas and certificates {x}',
      'bằng tốt nghiệp',
      ['capLai', 'chinhSua'],
      ['bản sao bằng', 'văn bằng'],
      {
        slot: [
          ['trung học cơ sở', 'of lower secondary school'],
          ['trung học phổ thông', 'of upper secondary school'],
          ['ngoại ngữ, tin học', 'in languages and IT'],
        ],
      },
    ),
    o(
      'văn bằng, chứng chỉ do cơ sở giáo dục nước ngoài cấp',
      'foreign diplomas and certificates',
      'công nhận văn bằng',
      ['congNhan'],
      ['công nhận bằng nước ngoài'],
    ),
    o(
      'tuyển sinh {x}',
      'admission {x}',
      'tuyển sinh',
      ['thongBao', 'pheDuyet', 'dangKy'],
      ['tuyển sinh đầu cấp', 'nhập học'],
      {
        slot: [
          ['vào lớp 1', 'to grade 1'],
          ['vào lớp 6', 'to grade 6'],
          ['vào lớp 10', 'to grade 10'],
          ['mầm non', 'to preschool'],
        ],
      },
    ),
    o(
      'hoạt động dạy thêm, học thêm',
      'extra tutoring',
      'dạy thêm',
      ['dangKy', 'chapThuan'],
      ['dạy thêm học thêm', 'giấy phép dạy thêm'],
    ),
  ],
};

// Subjects and circumstances that follow the object in real titles; some only fit some verbs.
const QUALIFIERS: { vi: string; en: string; verbs?: Verb[] }[] = [
  { vi: 'trên địa bàn Thành phố', en: 'in the city' },
  { vi: 'đối với tổ chức', en: 'for organisations' },
  { vi: 'đối với cá nhân', en: 'for individuals' },
  { vi: 'có yếu tố nước ngoài', en: 'with a foreign element' },
  { vi: 'thực hiện tại cấp xã', en: 'at commune level' },
  { vi: 'theo hình thức trực tuyến', en: 'online' },
  { vi: 'trong khu công nghiệp, khu chế xuất', en: 'in industrial and export zones' },
  { vi: 'đối với hộ gia đình, cá nhân', en: 'for households and individuals' },
  { vi: 'trong khu công nghệ cao', en: 'in the high-tech park' },
  { vi: 'cho người Việt Nam định cư ở nước ngoài', en: 'for overseas Vietnamese' },
  { vi: 'theo thủ tục rút gọn', en: 'under the simplified procedure' },
  { vi: 'tại đặc khu Côn Đảo', en: 'in Con Dao special zone' },
  { vi: 'đối với đối tượng chính sách', en: 'for policy beneficiaries' },
  { vi: 'trường hợp bị mất, hỏng', en: 'after loss or damage', verbs: ['capDoi', 'capLai'] },
  {
    vi: 'trường hợp thay đổi thông tin',
    en: 'after a change of information',
    verbs: ['capDoi', 'dieuChinh', 'dangKyThayDoi', 'dieuChinhBoSung'],
  },
  { vi: 'do hết thời hạn', en: 'on expiry', verbs: ['capDoi', 'giaHan'] },
  {
    vi: 'theo đề nghị của tổ chức, cá nhân',
    en: 'at the request of the holder',
    verbs: ['thuHoi', 'giaiThe', 'chamDut', 'tamNgung', 'xoaDangKy'],
  },
];

const FIELD_WEIGHTS: (readonly [FieldCode, number])[] = [
  ['dat-dai', 10],
  ['dang-ky-kinh-doanh', 10],
  ['xay-dung', 9],
  ['giao-duc', 8],
  ['giao-thong', 8],
  ['ho-tich', 6],
  ['bao-hiem', 6],
  ['lao-dong', 6],
  ['an-toan-thuc-pham', 5],
  ['bao-tro-xa-hoi', 5],
  ['viec-lam', 4],
  ['cu-tru', 4],
  ['chung-thuc', 3],
  ['xuat-nhap-canh', 3],
  ['can-cuoc', 2],
  ['ly-lich-tu-phap', 2],
];
const COMMUNE_SHARE: Partial<Record<FieldCode, number>> = {
  'ho-tich': 0.75,
  'chung-thuc': 0.7,
  'cu-tru': 0.7,
  'bao-tro-xa-hoi': 0.7,
  'dang-ky-kinh-doanh': 0.3,
  'dat-dai': 0.35,
};

const CITY_AGENCY: Record<FieldCode, string> = {
  'ho-tich': 'Sở Tư pháp Thành phố Hồ Chí Minh',
  'chung-thuc': 'Sở Tư pháp Thành phố Hồ Chí Minh; tổ chức hành nghề công chứng',
  'cu-tru': 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an Thành phố',
  'can-cuoc': 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an Thành phố',
  'xuat-nhap-canh': 'Phòng Quản lý xuất nhập cảnh, Công an Thành phố',
  'ly-lich-tu-phap': 'Sở Tư pháp Thành phố Hồ Chí Minh',
  'xay-dung': 'Sở Xây dựng Thành phố Hồ Chí Minh',
  'dat-dai': 'Sở Nông nghiệp và Môi trường; Văn phòng Đăng ký đất đai Thành phố',
  'dang-ky-kinh-doanh': 'Phòng Đăng ký kinh doanh, Sở Tài chính Thành phố',
  'giao-thong': 'Sở Xây dựng Thành phố Hồ Chí Minh (lĩnh vực giao thông)',
  'viec-lam': 'Sở Nội vụ; Trung tâm Dịch vụ việc làm Thành phố',
  'bao-hiem': 'Bảo hiểm xã hội Thành phố Hồ Chí Minh',
  'bao-tro-xa-hoi': 'Sở Y tế Thành phố Hồ Chí Minh',
  'an-toan-thuc-pham': 'Ban Quản lý An toàn thực phẩm Thành phố Hồ Chí Minh',
  'lao-dong': 'Sở Nội vụ Thành phố Hồ Chí Minh',
  'giao-duc': 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
};
const COMMUNE_AGENCY = 'UBND phường, xã, đặc khu nơi cư trú hoặc nơi có trụ sở của người yêu cầu';
const ONE_STOP_COMMUNE = 'Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của UBND phường, xã, đặc khu';
const ONE_STOP_CITY = 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh';

const APPLICANTS: Record<FieldCode, string[]> = {
  'ho-tich': [
    'Công dân Việt Nam cư trú ở trong nước',
    'Cha, mẹ, người thân thích hoặc người được ủy quyền',
    'Người nước ngoài thường trú tại Việt Nam',
    'Cá nhân có yêu cầu',
  ],
  'chung-thuc': [
    'Cá nhân, tổ chức có yêu cầu chứng thực',
    'Người yêu cầu chứng thực là người Việt Nam định cư ở nước ngoài',
    'Các bên tham gia hợp đồng, giao dịch',
  ],
  'cu-tru': [
    'Công dân Việt Nam',
    'Chủ hộ hoặc người được chủ hộ đồng ý',
    'Người đại diện cơ sở lưu trú',
    'Người chưa thành niên thông qua cha, mẹ hoặc người giám hộ',
  ],
  'can-cuoc': [
    'Công dân Việt Nam từ đủ 14 tuổi',
    'Người dưới 14 tuổi thông qua người đại diện hợp pháp',
    'Người gốc Việt Nam chưa xác định được quốc tịch',
  ],
  'xuat-nhap-canh': [
    'Công dân Việt Nam',
    'Người nước ngoài đang tạm trú tại Việt Nam',
    'Cơ quan, tổ chức mời, bảo lãnh người nước ngoài',
  ],
  'ly-lich-tu-phap': [
    'Công dân Việt Nam',
    'Người nước ngoài đã hoặc đang cư trú tại Việt Nam',
    'Cơ quan tiến hành tố tụng',
  ],
  'xay-dung': [
    'Chủ đầu tư là hộ gia đình, cá nhân',
    'Chủ đầu tư là tổ chức',
    'Doanh nghiệp hoạt động xây dựng',
    'Cá nhân hành nghề hoạt động xây dựng',
  ],
  'dat-dai': [
    'Hộ gia đình, cá nhân sử dụng đất',
    'Tổ chức trong nước sử dụng đất',
    'Người Việt Nam định cư ở nước ngoài sở hữu nhà ở',
    'Người nhận chuyển nhượng, tặng cho, thừa kế',
  ],
  'dang-ky-kinh-doanh': [
    'Cá nhân, thành viên hộ gia đình',
    'Tổ chức, cá nhân thành lập doanh nghiệp',
    'Doanh nghiệp đang hoạt động',
    'Hợp tác xã, liên hiệp hợp tác xã',
  ],
  'giao-thong': [
    'Cá nhân có phương tiện',
    'Tổ chức, doanh nghiệp kinh doanh vận tải',
    'Người có giấy phép lái xe còn hạn',
    'Chủ đầu tư công trình',
  ],
  'viec-lam': [
    'Người lao động đã đóng bảo hiểm thất nghiệp',
    'Người lao động bị chấm dứt hợp đồng lao động',
    'Doanh nghiệp hoạt động dịch vụ việc làm',
    'Cơ sở sản xuất, kinh doanh',
  ],
  'bao-hiem': [
    'Người lao động, người sử dụng lao động',
    'Người tham gia bảo hiểm y tế',
    'Thân nhân của người tham gia bảo hiểm xã hội',
    'Học sinh, sinh viên',
  ],
  'bao-tro-xa-hoi': [
    'Người cao tuổi, người khuyết tật, trẻ em có hoàn cảnh đặc biệt',
    'Hộ nghèo, hộ cận nghèo',
    'Cơ quan, tổ chức, cá nhân tổ chức mai táng',
    'Tổ chức, cá nhân thành lập cơ sở trợ giúp xã hội',
  ],
  'an-toan-thuc-pham': [
    'Cơ sở sản xuất, kinh doanh thực phẩm',
    'Cơ sở kinh doanh dịch vụ ăn uống',
    'Tổ chức, cá nhân sản xuất thực phẩm bảo vệ sức khỏe',
  ],
  'lao-dong': [
    'Người sử dụng lao động',
    'Người lao động nước ngoài làm việc tại Việt Nam',
    'Doanh nghiệp cho thuê lại lao động',
    'Tổ chức đại diện người lao động',
  ],
  'giao-duc': [
    'Tổ chức, cá nhân thành lập cơ sở giáo dục',
    'Học sinh và cha mẹ học sinh',
    'Người đã được cấp văn bằng, chứng chỉ',
    'Cơ sở giáo dục',
  ],
};

const FIELD_DOCUMENTS: Record<FieldCode, string[]> = {
  'ho-tich': [
    'Tờ khai theo mẫu của Bộ Tư pháp',
    'Giấy chứng sinh hoặc giấy tờ thay thế',
    'Văn bản ủy quyền có chứng thực (nếu ủy quyền)',
    'Giấy tờ chứng minh nơi cư trú',
  ],
  'chung-thuc': [
    'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực',
    'Dự thảo hợp đồng, giao dịch',
    'Giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản',
  ],
  'cu-tru': [
    'Tờ khai thay đổi thông tin cư trú (mẫu CT01)',
    'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp',
    'Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp',
  ],
  'can-cuoc': ['Tờ khai căn cước (mẫu CC01)', 'Thẻ căn cước đang sử dụng', 'Giấy tờ chứng minh thông tin thay đổi'],
  'xuat-nhap-canh': [
    'Tờ khai đề nghị cấp hộ chiếu (mẫu TK01)',
    'Ảnh chân dung cỡ 4 x 6 cm, phông nền trắng',
    'Hộ chiếu còn giá trị sử dụng',
    'Văn bản bảo lãnh của cơ quan, tổ chức',
  ],
  'ly-lich-tu-phap': [
    'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (mẫu số 03/2013/TT-LLTP)',
    'Giấy tờ chứng minh nơi cư trú',
    'Văn bản ủy quyền (nếu ủy quyền)',
  ],
  'xay-dung': [
    'Bản vẽ thiết kế xây dựng',
    'Giấy tờ hợp pháp về đất đai',
    'Báo cáo kết quả thẩm định thiết kế',
    'Cam kết bảo đảm an toàn đối với công trình liền kề',
  ],
  'dat-dai': [
    'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (mẫu số 11/ĐK)',
    'Bản gốc Giấy chứng nhận đã cấp',
    'Hợp đồng, văn bản về chuyển quyền đã công chứng, chứng thực',
    'Sơ đồ, mảnh trích đo địa chính thửa đất',
  ],
  'dang-ky-kinh-doanh': [
    'Giấy đề nghị đăng ký theo mẫu',
    'Điều lệ',
    'Danh sách thành viên, cổ đông sáng lập',
    'Giấy tờ pháp lý của cá nhân, tổ chức',
  ],
  'giao-thong': [
    'Giấy khai đăng ký xe',
    'Giấy tờ nguồn gốc, chứng từ lệ phí trước bạ',
    'Giấy khám sức khỏe của người lái xe',
    'Giấy phép lái xe đang sử dụng',
  ],
  'viec-lam': [
    'Đề nghị hưởng trợ cấp thất nghiệp theo mẫu',
    'Quyết định thôi việc hoặc hợp đồng lao động đã hết hạn',
    'Sổ bảo hiểm xã hội',
    'Phương án sử dụng vốn vay',
  ],
  'bao-hiem': [
    'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (mẫu TK1-TS)',
    'Giấy ra viện, giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội',
    'Sổ bảo hiểm xã hội',
    'Danh sách người lao động tham gia',
  ],
  'bao-tro-xa-hoi': [
    'Tờ khai đề nghị trợ giúp xã hội theo mẫu',
    'Giấy xác nhận khuyết tật',
    'Giấy chứng tử hoặc trích lục khai tử',
    'Đề án thành lập cơ sở',
  ],
  'an-toan-thuc-pham': [
    'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ',
    'Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh',
    'Giấy xác nhận đã được tập huấn kiến thức an toàn thực phẩm',
    'Phiếu kết quả kiểm nghiệm sản phẩm',
  ],
  'lao-dong': [
    'Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài',
    'Giấy chứng nhận sức khỏe',
    'Phiếu lý lịch tư pháp',
    'Văn bằng, chứng chỉ chứng minh chuyên môn',
    'Bản nội quy lao động',
  ],
  'giao-duc': [
    'Tờ trình đề nghị',
    'Đề án thành lập hoặc cho phép hoạt động',
    'Học bạ và giấy chuyển trường',
    'Bản sao văn bằng, chứng chỉ',
  ],
};

// Papers many procedures ask for, whatever their field.
const COMMON_DOCUMENTS = [
  'Bản sao Giấy khai sinh',
  'Giấy chứng nhận kết hôn hoặc trích lục kết hôn',
  'Giấy xác nhận thông tin về cư trú',
  'Sổ bảo hiểm xã hội',
  'Giấy chứng nhận đăng ký doanh nghiệp',
  'Giấy chứng nhận quyền sử dụng đất (sổ đỏ, sổ hồng)',
  'Hộ chiếu còn giá trị sử dụng',
  'Giấy phép lái xe',
  'Phiếu lý lịch tư pháp',
  'Giấy chứng nhận đăng ký hộ kinh doanh',
  'Trích lục khai tử',
  'Thẻ bảo hiểm y tế',
  'Hai ảnh chân dung cỡ 4 x 6 cm',
  'Biên lai nộp phí, lệ phí',
  'Văn bản xác nhận của UBND cấp xã nơi cư trú',
];
const RECEPTION = ['Bộ phận Một cửa của UBND phường, xã, đặc khu', 'Bộ phận tiếp nhận và trả kết quả'];

const LAWS: Record<FieldCode, ProcedureSeed['legalBasis']> = {
  'ho-tich': [{ number: '60/2014/QH13', summary: 'Luật Hộ tịch', date: '20/11/2014', issuer: 'Quốc hội' }],
  'chung-thuc': [
    {
      number: '23/2015/NĐ-CP',
      summary:
        'Cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
      date: '16/02/2015',
      issuer: 'Chính phủ',
    },
  ],
  'cu-tru': [{ number: '68/2020/QH14', summary: 'Luật Cư trú', date: '13/11/2020', issuer: 'Quốc hội' }],
  'can-cuoc': [{ number: '26/2023/QH15', summary: 'Luật Căn cước', date: '27/11/2023', issuer: 'Quốc hội' }],
  'xuat-nhap-canh': [
    {
      number: '49/2019/QH14',
      summary: 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam',
      date: '22/11/2019',
      issuer: 'Quốc hội',
    },
  ],
  'ly-lich-tu-phap': [
    { number: '28/2009/QH12', summary: 'Luật Lý lịch tư pháp', date: '17/06/2009', issuer: 'Quốc hội' },
  ],
  'xay-dung': [
    { number: '50/2014/QH13', summary: 'Luật Xây dựng (đã sửa đổi, bổ sung)', date: '18/06/2014', issuer: 'Quốc hội' },
  ],
  'dat-dai': [{ number: '31/2024/QH15', summary: 'Luật Đất đai', date: '18/01/2024', issuer: 'Quốc hội' }],
  'dang-ky-kinh-doanh': [
    { number: '59/2020/QH14', summary: 'Luật Doanh nghiệp', date: '17/06/2020', issuer: 'Quốc hội' },
  ],
  'giao-thong': [
    {
      number: '36/2024/QH15',
      summary: 'Luật Trật tự, an toàn giao thông đường bộ',
      date: '27/06/2024',
      issuer: 'Quốc hội',
    },
  ],
  'viec-lam': [{ number: '38/2013/QH13', summary: 'Luật Việc làm', date: '16/11/2013', issuer: 'Quốc hội' }],
  'bao-hiem': [{ number: '41/2024/QH15', summary: 'Luật Bảo hiểm xã hội', date: '29/06/2024', issuer: 'Quốc hội' }],
  'bao-tro-xa-hoi': [
    {
      number: '20/2021/NĐ-CP',
      summary: 'Chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
      date: '15/03/2021',
      issuer: 'Chính phủ',
    },
  ],
  'an-toan-thuc-pham': [
    { number: '55/2010/QH12', summary: 'Luật An toàn thực phẩm', date: '17/06/2010', issuer: 'Quốc hội' },
  ],
  'lao-dong': [{ number: '45/2019/QH14', summary: 'Bộ luật Lao động', date: '20/11/2019', issuer: 'Quốc hội' }],
  'giao-duc': [{ number: '43/2019/QH14', summary: 'Luật Giáo dục', date: '14/06/2019', issuer: 'Quốc hội' }],
};
const SHARED_LAWS: ProcedureSeed['legalBasis'] = [
  {
    number: '118/2025/NĐ-CP',
    summary:
      'Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    date: '09/06/2025',
    issuer: 'Chính phủ',
  },
  {
    number: '45/2020/NĐ-CP',
    summary: 'Thực hiện thủ tục hành chính trên môi trường điện tử',
    date: '08/04/2020',
    issuer: 'Chính phủ',
  },
];

const LIFE_EVENTS: Partial<Record<FieldCode, LifeEvent[]>> = {
  'ho-tich': ['baby', 'marriage', 'death'],
  'cu-tru': ['moving'],
  'xay-dung': ['house'],
  'dat-dai': ['house'],
  'dang-ky-kinh-doanh': ['business'],
  'an-toan-thuc-pham': ['business'],
  'viec-lam': ['work'],
  'lao-dong': ['work'],
  'giao-duc': ['school'],
  'bao-tro-xa-hoi': ['death'],
};

const FEES = [
  'Không thu phí, lệ phí',
  'Lệ phí theo mức do HĐND Thành phố quy định',
  'Miễn lệ phí khi nộp trực tuyến; nộp trực tiếp: theo mức do HĐND Thành phố quy định',
  'Phí thẩm định theo quy định của Bộ Tài chính',
];

// ---------------------------------------------------------------------------------------------

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (s: string, x: string) => s.replace('{x}', x).replace(/\s+/g, ' ').trim();

/** Pareto-distributed popularity: most synthetic procedures are rarely viewed, a few often. */
export function syntheticViews(i: number): number {
  const u = mulberry32(Math.imul(i + 7, 0x85ebca6b) ^ SEED)();
  return Math.min(8000, Math.floor(5 * Math.pow(1 - u, -1 / 1.1)) - 5);
}

export function syntheticCode(i: number): string {
  return `${SYNTHETIC_CODE_PREFIX}${String(i).padStart(6, '0')}`;
}

/** The i-th synthetic procedure (i ≥ 1): the same for the same i, on every machine. */
export function syntheticProcedure(i: number): ProcedureSeed {
  const r: Rng = rngFor(i);
  const field = r.weighted(FIELD_WEIGHTS);
  const obj = r.pick(objects[field]);
  const slot = obj.slot ? r.pick(obj.slot) : (['', ''] as const);
  const verbKey = r.pick(obj.verbs);
  const verb = V[verbKey];
  const fitting = QUALIFIERS.filter((q) => !q.verbs || q.verbs.includes(verbKey));
  const picked = r.chance(0.55) ? r.pick(fitting) : null;
  const qualifier = picked ? ([picked.vi, picked.en] as const) : null;

  const objVi = fill(obj.vi, slot[0]);
  const objEn = fill(obj.en, slot[1]);
  const short = fill(obj.short, '');
  const verbLower = verb[0].charAt(0).toLowerCase() + verb[0].slice(1);
  const base = `${verb[0]} ${objVi}${qualifier ? ` ${qualifier[0]}` : ''}`;
  const titleVi = `${base} (thủ tục mô phỏng)`;
  const titleEn = `${cap(`${verb[1]} ${objEn}${qualifier ? ` ${qualifier[1]}` : ''}`)} (simulated procedure)`;
  const code = syntheticCode(i);
  const slug = `mo-phong-${code.slice(SYNTHETIC_CODE_PREFIX.length)}-${slugify(base)}`.slice(0, 120).replace(/-+$/, '');

  const level: ProcedureSeed['level'] = r.chance(COMMUNE_SHARE[field] ?? 0.25) ? 'COMMUNE' : 'CITY';
  const onlineLevel = r.weighted([
    ['FULL', 35],
    ['PARTIAL', 45],
    ['NONE', 20],
  ] as const);
  const agency = level === 'COMMUNE' ? COMMUNE_AGENCY : CITY_AGENCY[field];
  const oneStop = level === 'COMMUNE' ? ONE_STOP_COMMUNE : ONE_STOP_CITY;
  const days = r.pick([1, 3, 5, 7, 10, 15, 20, 30]);
  const time = `${days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`;
  const applicants = r.some(APPLICANTS[field], r.int(1, 2)).join('; ');
  const online = onlineLevel !== 'NONE';

  const summaryVi =
    `${verb[0]} ${objVi}${qualifier ? ` ${qualifier[0]}` : ''} cho ${applicants.split('; ')[0]!.toLowerCase()}. ` +
    `Hồ sơ nộp tại ${level === 'COMMUNE' ? 'UBND phường, xã, đặc khu' : CITY_AGENCY[field].split(/[;,]/)[0]}${online ? ' hoặc trực tuyến trên Cổng Dịch vụ công quốc gia' : ''}; ` +
    `thời hạn giải quyết ${days} ngày làm việc. Thủ tục mô phỏng, sinh tự động để đo hiệu năng tìm kiếm.`;
  const summaryEn =
    `${cap(verb[1])} ${objEn}${qualifier ? ` ${qualifier[1]}` : ''}. Submitted at the ${level === 'COMMUNE' ? 'ward or commune' : 'city department'}${online ? ' or online on the National Public Service Portal' : ''}; ` +
    `handled within ${days} working day${days > 1 ? 's' : ''}. A simulated procedure, generated to benchmark search.`;

  const steps = [
    `Chuẩn bị hồ sơ đề nghị ${verbLower} ${short} theo thành phần quy định.`,
    `Nộp hồ sơ tại ${level === 'CITY' && r.chance(0.3) ? ONE_STOP_CITY : level === 'CITY' ? `${RECEPTION[1]} của ${agency.split(';')[0]}` : r.pick(RECEPTION)}${online ? ', trực tuyến trên Cổng Dịch vụ công quốc gia' : ''}${r.chance(0.5) ? ' hoặc qua dịch vụ bưu chính công ích' : ''}.`,
    'Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản.',
    ...(r.chance(0.7)
      ? [
          `${agency.split(';')[0]} thẩm định hồ sơ, kiểm tra thực tế khi cần và trình người có thẩm quyền xem xét, quyết định.`,
        ]
      : []),
    ...(r.chance(0.5) ? ['Trường hợp không giải quyết, cơ quan trả lời bằng văn bản và nêu rõ lý do.'] : []),
    `Nhận kết quả tại nơi nộp hồ sơ${online ? ', trên tài khoản dịch vụ công' : ''}${r.chance(0.5) ? ' hoặc qua bưu chính' : ''}.`,
  ];

  const main: ProcedureSeed['documents'][number]['items'] = [
    {
      name: `Đơn đề nghị ${verbLower} ${short} theo mẫu`,
      form: 'Mẫu ban hành kèm theo văn bản quy phạm pháp luật chuyên ngành',
      originals: 1,
      copies: 0,
    },
    ...r
      .some(FIELD_DOCUMENTS[field], r.int(1, 3))
      .map((name) => (r.chance(0.5) ? { name, originals: 1, copies: 0 } : { name, originals: 0, copies: r.int(1, 2) })),
    ...r.some(COMMON_DOCUMENTS, r.int(0, 2)).map((name) => ({ name, originals: 0, copies: 1 })),
    ...(r.chance(0.6)
      ? [
          {
            name: r.chance(0.5)
              ? 'Giấy tờ tùy thân của người nộp hồ sơ (thẻ căn cước, hộ chiếu)'
              : 'Thẻ căn cước hoặc giấy tờ tùy thân có ảnh',
            originals: 1,
            copies: 0,
            note: 'Xuất trình; không cần nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư',
          },
        ]
      : []),
  ];
  const documents: ProcedureSeed['documents'] = [{ case: '', items: main }];
  if (verbKey === 'capDoi' || verbKey === 'capLai' || verbKey === 'giaHan' || verbKey === 'dieuChinh') {
    documents.push({
      case: `Trường hợp ${verbLower} do thay đổi nội dung hoặc bị mất, hỏng`,
      items: [
        { name: `Bản chính ${short} đã được cấp (trừ trường hợp bị mất)`, originals: 1, copies: 0 },
        { name: 'Giấy tờ chứng minh nội dung thay đổi', originals: 0, copies: 1 },
      ],
    });
  }
  if (r.chance(0.4)) {
    documents.push({
      case: 'Trường hợp nộp thay hoặc ủy quyền',
      items: [{ name: 'Văn bản ủy quyền được công chứng hoặc chứng thực theo quy định', originals: 1, copies: 0 }],
    });
  }

  const result =
    obj.result ??
    (verbKey === 'thongBao' || verbKey === 'khaiBao' || verbKey === 'tiepNhan'
      ? `Thông báo bằng văn bản hoặc văn bản điện tử về việc tiếp nhận ${short}`
      : `${cap(short)} hoặc quyết định ${verbLower} ${short} (bản chính); bản điện tử khi nộp trực tuyến`);
  const conditions = r.chance(0.6)
    ? `Người đề nghị ${verbLower} ${short} phải đáp ứng các điều kiện theo quy định chuyên ngành; hồ sơ phải đầy đủ, hợp lệ và thông tin kê khai trung thực. ${r.chance(0.5) ? 'Nộp đúng thời hạn, không đang bị xử lý vi phạm trong lĩnh vực liên quan.' : ''}`.trim()
    : '';

  const methods: ProcedureSeed['methods'] = [{ channel: 'IN_PERSON', processingTime: time, fee: r.pick(FEES) }];
  if (online)
    methods.push({
      channel: 'ONLINE',
      processingTime: time,
      fee: 'Như nộp trực tiếp',
      ...(onlineLevel === 'PARTIAL' ? { note: 'Nộp hồ sơ trực tuyến; nhận kết quả trực tiếp tại nơi nộp' } : {}),
    });
  if (r.chance(0.5))
    methods.push({ channel: 'POST', processingTime: time, fee: 'Như nộp trực tiếp; cước bưu chính do người gửi trả' });

  const keywords = [
    ...new Set([
      ...obj.keywords,
      // What people type, rather than the title itself.
      `${r.pick(['làm', 'xin', 'nộp hồ sơ'])} ${short}`,
      `thủ tục ${short}`,
      r.chance(0.5) ? `hồ sơ ${short}` : `lệ phí ${short}`,
      ...(online && r.chance(0.5) ? [`${short} online`] : []),
      ...(r.chance(0.4) ? [fields[field].vi.toLowerCase()] : []),
    ]),
  ].slice(0, 8);

  return {
    code,
    codeVerified: false,
    decisionNumber: '',
    slug,
    titleVi,
    titleEn,
    summaryVi,
    summaryEn,
    field,
    level,
    onlineLevel,
    ...(online ? { onlineUrl: DVC } : {}),
    applicants,
    implementingAgency: agency,
    ...(level === 'COMMUNE' && r.chance(0.3) ? { competentAgency: 'Chủ tịch UBND phường, xã, đặc khu' } : {}),
    submissionPlace: `${oneStop}${online ? '; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia' : ''}`,
    steps,
    methods,
    documents,
    result,
    conditions,
    legalBasis: [...LAWS[field], ...r.some(SHARED_LAWS, r.int(1, 2))],
    keywords,
    lifeEvents: LIFE_EVENTS[field] ? r.some(LIFE_EVENTS[field], 1) : [],
    uncertain: 'Thủ tục mô phỏng: sinh tự động để đo hiệu năng, không phải thủ tục hành chính thật.',
  };
}

type Row = ReturnType<typeof procedureRow> & { id: string; updatedAt: Date };

/** Rows for procedures first … first + n - 1, yielding to the event loop now and then so an insert in flight proceeds. */
async function buildRows(first: number, n: number): Promise<Row[]> {
  const rows: Row[] = [];
  const now = new Date();
  for (let k = 0; k < n; k++) {
    const i = first + k;
    rows.push({
      id: `synthetic-${syntheticCode(i).slice(SYNTHETIC_CODE_PREFIX.length)}`,
      updatedAt: now,
      ...procedureRow(syntheticProcedure(i), { synthetic: true, views: syntheticViews(i) }),
    });
    if (k % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
  }
  return rows;
}

/**
 * One statement per batch: the rows travel as one JSON document that PostgreSQL unpacks with
 * jsonb_populate_recordset, so every column keeps its type (enums, text[], jsonb, timestamps).
 * The columns are those of procedureRow() (plus id and updatedAt, which Prisma fills client-side);
 * existing codes or slugs are skipped, as createMany's skipDuplicates would.
 */
async function insertRows(db: PrismaClient, rows: Row[]): Promise<number> {
  if (!rows.length) return 0;
  const columns = Object.keys(rows[0]!)
    .map((c) => `"${c.replace(/"/g, '')}"`)
    .join(', ');
  return db.$executeRawUnsafe(
    `INSERT INTO "Procedure" (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::"Procedure", $1::jsonb) ON CONFLICT DO NOTHING`,
    JSON.stringify(rows),
  );
}

async function insertAll(
  db: PrismaClient,
  first: number,
  count: number,
  batchSize: number,
  onProgress?: (done: number, total: number) => void,
) {
  let added = 0;
  let next: Promise<Row[]> | null = count ? buildRows(first, Math.min(batchSize, count)) : null;
  for (let start = 0; next; start += batchSize) {
    const rows = await next;
    const inserting = insertRows(db, rows);
    const following = start + batchSize;
    next = following < count ? buildRows(first + following, Math.min(batchSize, count - following)) : null;
    added += await inserting;
    onProgress?.(Math.min(count, following), count);
  }
  return added;
}

/**
 * Adds `count` synthetic procedures after those already in the database (SYN.000001 … then on), in
 * batches, with the procedure fields and synonyms in place first. Returns how many were added.
 *
 * Rows come from procedureRow(), as the demo seed's do, but are written with one INSERT … SELECT
 * per batch rather than Prisma's createMany: createMany spends about 1.4 ms of Node CPU per row
 * serialising (≈ 70 s for 50,000 on this 2-core machine), the JSON path about 0.15 ms. The next
 * batch is generated while the current one is being inserted.
 */
export async function insertSyntheticProcedures(
  db: PrismaClient,
  count: number,
  onProgress?: (done: number, total: number) => void,
  { batchSize = 2000 }: { batchSize?: number } = {},
): Promise<number> {
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`The number of synthetic procedures must be a whole number ≥ 0, not ${count}.`);
  await seedProcedureFields(db);
  const [last] = await db.$queryRaw<{ n: number | null }[]>`
    SELECT max(substring("code" from 5)::int) AS n
    FROM "Procedure" WHERE "synthetic" AND "code" ~ '^SYN[.][0-9]+$'`;
  const first = Number(last?.n ?? 0) + 1;
  if (first + count - 1 > 999_999) throw new Error('At most 999,999 synthetic procedures.');
  return insertAll(db, first, count, batchSize, onProgress);
}

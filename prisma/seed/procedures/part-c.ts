// Seed data, part C: construction (xây dựng), land (đất đai), business registration (đăng ký kinh
// doanh) and food safety (an toàn thực phẩm) procedures for Ho Chi Minh City. Written from public
// legal texts in our own words; codes could not be checked against the national database and are
// marked codeVerified: false. What could not be checked is stated in `uncertain` and shown on the page.
// Since 1 July 2025 the district level no longer exists: house building permits, first land
// certificates for households and household business registration moved to wards, communes and
// special zones; land registration changes are handled by the city's land registration office.
import type { ProcedureSeed } from './types';

type Law = ProcedureSeed['legalBasis'][number];

const DVC = 'https://dichvucong.gov.vn';
const DKKD = 'https://dangkykinhdoanh.gov.vn';
const ONE_STOP = 'Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của UBND phường, xã, đặc khu';
const VPDK = 'Văn phòng Đăng ký đất đai Thành phố Hồ Chí Minh hoặc Chi nhánh Văn phòng Đăng ký đất đai nơi có đất';
const FEE_HDND = 'Lệ phí, phí theo mức do HĐND Thành phố Hồ Chí Minh quy định, xem tại nơi nộp hồ sơ';
const U_FEE =
  'Mức phí, lệ phí cụ thể do HĐND Thành phố quy định; chưa xác minh được mức đang áp dụng sau khi hợp nhất Thành phố (01/7/2025).';
const U_CODE = 'Mã thủ tục chưa đối chiếu được với Cơ sở dữ liệu quốc gia về thủ tục hành chính sau khi sắp xếp chính quyền hai cấp.';
const U_LEVEL_XD =
  'Từ 01/7/2025 việc cấp phép xây dựng nhà ở riêng lẻ do UBND cấp huyện trước đây chuyển về UBND phường, xã, đặc khu (theo văn bản phân định thẩm quyền chính quyền địa phương hai cấp trong lĩnh vực xây dựng, chưa đối chiếu số hiệu); Thành phố có thể phân công khác cho một số khu vực, nên hỏi trước tại nơi nộp hồ sơ.';
const U_LAW_XD =
  'Luật Xây dựng đang được sửa đổi, thay thế; các quy định về miễn giấy phép, hồ sơ và thời hạn có thể thay đổi khi văn bản mới có hiệu lực.';
const U_LAND_TIME =
  'Thời hạn giải quyết lấy theo Nghị định 101/2024/NĐ-CP; chưa xác minh được thời hạn rút ngắn (nếu có) mà Thành phố đang áp dụng. Thời hạn không tính thời gian thực hiện nghĩa vụ tài chính, thời gian xem xét xử lý vi phạm và thời gian trưng cầu giám định.';

const LXD: Law = { number: '50/2014/QH13', summary: 'Luật Xây dựng', date: '18/06/2014', issuer: 'Quốc hội' };
const LXD62: Law = {
  number: '62/2020/QH14',
  summary: 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng',
  date: '17/06/2020',
  issuer: 'Quốc hội',
};
const ND175: Law = {
  number: '175/2024/NĐ-CP',
  summary: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
  date: '30/12/2024',
  issuer: 'Chính phủ',
};
const LDD: Law = { number: '31/2024/QH15', summary: 'Luật Đất đai', date: '18/01/2024', issuer: 'Quốc hội' };
const ND101: Law = {
  number: '101/2024/NĐ-CP',
  summary: 'Quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai',
  date: '29/07/2024',
  issuer: 'Chính phủ',
};
const ND151: Law = {
  number: '151/2025/NĐ-CP',
  summary: 'Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
  date: '12/06/2025',
  issuer: 'Chính phủ',
};
const ND99: Law = {
  number: '99/2022/NĐ-CP',
  summary: 'Về đăng ký biện pháp bảo đảm',
  date: '30/11/2022',
  issuer: 'Chính phủ',
};
const BLDS: Law = { number: '91/2015/QH13', summary: 'Bộ luật Dân sự', date: '24/11/2015', issuer: 'Quốc hội' };
const TT85: Law = {
  number: '85/2019/TT-BTC',
  summary: 'Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương',
  date: '29/11/2019',
  issuer: 'Bộ Tài chính',
};

const LDN: Law = { number: '59/2020/QH14', summary: 'Luật Doanh nghiệp (đã được sửa đổi, bổ sung)', date: '17/06/2020', issuer: 'Quốc hội' };
const ND168: Law = {
  number: '168/2025/NĐ-CP',
  summary: 'Về đăng ký doanh nghiệp (gồm đăng ký hộ kinh doanh)',
  date: '30/06/2025',
  issuer: 'Chính phủ',
};

const ENT_AGENCY = 'Phòng Đăng ký kinh doanh thuộc Sở Tài chính Thành phố Hồ Chí Minh';
const ENT_SUBMIT =
  'Nộp trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp (dangkykinhdoanh.gov.vn); hoặc nộp trực tiếp, gửi bưu chính đến Phòng Đăng ký kinh doanh – Sở Tài chính Thành phố Hồ Chí Minh (địa điểm tiếp nhận xem tại trang của Sở)';
const ENT_FEE_PAPER =
  'Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần';
const ENT_FEE_ONLINE = 'Miễn lệ phí đăng ký doanh nghiệp; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần';
const ENT_TIME = '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ';
const ENT_METHODS: ProcedureSeed['methods'] = [
  {
    channel: 'ONLINE',
    processingTime: ENT_TIME,
    fee: ENT_FEE_ONLINE,
    note: 'Xác thực bằng chữ ký số hoặc tài khoản định danh điện tử; nhận Giấy chứng nhận bản điện tử và có thể nhận bản giấy',
  },
  { channel: 'IN_PERSON', processingTime: ENT_TIME, fee: ENT_FEE_PAPER },
  { channel: 'POST', processingTime: ENT_TIME, fee: `${ENT_FEE_PAPER}; cước bưu chính do người gửi trả` },
];
const ENT_AFTER =
  'Sau khi có Giấy chứng nhận: công bố nội dung đăng ký, treo biển tên tại trụ sở, góp đủ vốn trong 90 ngày, mở tài khoản, đăng ký sử dụng hóa đơn và kê khai, nộp thuế.';
const U_ENT_FEE =
  'Mức lệ phí 50.000 đồng, phí công bố 100.000 đồng và việc miễn lệ phí khi nộp trực tuyến theo biểu phí của Bộ Tài chính trước đây; chưa đối chiếu được văn bản phí mới nhất.';
const U_ENT_DOCS =
  'Yêu cầu kê khai thông tin chủ sở hữu hưởng lợi và việc không phải nộp bản sao giấy tờ cá nhân khi đã xác thực qua Cơ sở dữ liệu quốc gia về dân cư theo quy định mới (Luật Doanh nghiệp sửa đổi năm 2025, Nghị định 168/2025/NĐ-CP) chưa đối chiếu chi tiết.';
const ENT_ID = {
  name: 'Bản sao giấy tờ pháp lý của cá nhân (thẻ căn cước, hộ chiếu) của người đại diện theo pháp luật',
  originals: 0,
  copies: 1,
  note: 'Có thể không phải nộp nếu thông tin đã được xác thực qua Cơ sở dữ liệu quốc gia về dân cư',
};
const ENT_PROXY = {
  case: 'Trường hợp ủy quyền cho người khác nộp hồ sơ',
  items: [{ name: 'Văn bản ủy quyền và bản sao giấy tờ pháp lý của người được ủy quyền', originals: 1, copies: 1 }],
};
const ENT_FOREIGN = {
  case: 'Trường hợp có nhà đầu tư nước ngoài',
  items: [{ name: 'Giấy chứng nhận đăng ký đầu tư (nếu thuộc diện phải có theo Luật Đầu tư)', originals: 0, copies: 1 }],
};

const ID_DOC = {
  name: 'Giấy tờ tùy thân của người nộp hồ sơ (thẻ căn cước, hộ chiếu còn giá trị)',
  originals: 1,
  copies: 0,
  note: 'Xuất trình khi nộp trực tiếp',
};
const GCN_ORIG = {
  name: 'Bản gốc Giấy chứng nhận đã cấp (sổ đỏ, sổ hồng hoặc Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất)',
  originals: 1,
  copies: 0,
};

export const procedures: ProcedureSeed[] = [
  // 1
  {
    code: '1.009994',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-giay-phep-xay-dung-nha-o-rieng-le',
    titleVi: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    titleEn: 'Building permit for a detached house',
    summaryVi:
      'Xin giấy phép trước khi xây mới, sửa chữa, cải tạo làm thay đổi kết cấu chịu lực hoặc kiến trúc mặt ngoài của nhà ở riêng lẻ (nhà phố, nhà liền kề, biệt thự do hộ gia đình, cá nhân xây). Hồ sơ nộp tại UBND phường, xã, đặc khu nơi có đất.',
    summaryEn:
      'A permit needed before building, or structurally or externally altering, a detached family house (town house, row house, villa). Apply at the ward, commune or special-zone People\'s Committee where the land is.',
    field: 'xay-dung',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Hộ gia đình, cá nhân (chủ đầu tư) có quyền sử dụng đất hợp pháp muốn xây dựng, sửa chữa, cải tạo nhà ở riêng lẻ',
    implementingAgency: 'UBND phường, xã, đặc khu nơi có công trình (bộ phận quản lý xây dựng, đô thị)',
    submissionPlace: `${ONE_STOP} nơi có công trình; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Chuẩn bị đơn đề nghị cấp giấy phép xây dựng, giấy tờ về quyền sử dụng đất và bản vẽ thiết kế.',
      'Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến; nhận giấy biên nhận hẹn trả kết quả.',
      'Cơ quan cấp phép kiểm tra hồ sơ, khảo sát thực địa, đối chiếu quy hoạch; nếu hồ sơ cần bổ sung thì thông báo một lần bằng văn bản.',
      'Nhận giấy phép xây dựng kèm bản vẽ được đóng dấu; nộp lệ phí khi nhận kết quả.',
      'Trước khi khởi công, chủ nhà thông báo ngày khởi công cho UBND cấp xã nơi xây dựng.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
        fee: FEE_HDND,
      },
      {
        channel: 'ONLINE',
        processingTime: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
        fee: FEE_HDND,
        note: 'Tải lên bản điện tử của giấy tờ và bản vẽ; nhận giấy phép bản giấy tại nơi nộp hoặc qua bưu chính',
      },
      {
        channel: 'POST',
        processingTime: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
        fee: `${FEE_HDND}; cước bưu chính do người gửi trả`,
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Đơn đề nghị cấp giấy phép xây dựng', form: 'Mẫu ban hành kèm Nghị định 175/2024/NĐ-CP', originals: 1, copies: 0 },
          {
            name: 'Giấy tờ chứng minh quyền sử dụng đất (Giấy chứng nhận hoặc giấy tờ hợp lệ khác theo pháp luật đất đai)',
            originals: 0,
            copies: 1,
            note: 'Bản sao có chứng thực hoặc bản sao kèm bản chính để đối chiếu',
          },
          {
            name: 'Bản vẽ thiết kế xây dựng: mặt bằng vị trí công trình trên lô đất, mặt bằng các tầng, mặt đứng, mặt cắt chính, mặt bằng móng, sơ đồ đấu nối hạ tầng (cấp, thoát nước, điện)',
            originals: 2,
            copies: 0,
          },
        ],
      },
      {
        case: 'Trường hợp công trình có tầng hầm hoặc xây chen, liền kề công trình khác',
        items: [
          { name: 'Văn bản cam kết bảo đảm an toàn đối với công trình liền kề', originals: 1, copies: 0 },
        ],
      },
      {
        case: 'Trường hợp sửa chữa, cải tạo',
        items: [
          { name: 'Ảnh chụp hiện trạng công trình đề nghị sửa chữa, cải tạo', originals: 1, copies: 0 },
        ],
      },
    ],
    result: 'Giấy phép xây dựng kèm bản vẽ thiết kế có đóng dấu của cơ quan cấp phép; hoặc văn bản trả lời nêu rõ lý do nếu không cấp.',
    conditions:
      'Phù hợp quy hoạch, quy chế quản lý kiến trúc được duyệt; có quyền sử dụng đất hợp pháp; bảo đảm an toàn cho công trình, công trình lân cận và yêu cầu phòng cháy. Được miễn giấy phép đối với một số trường hợp như: nhà ở riêng lẻ dưới 07 tầng thuộc dự án khu đô thị, dự án nhà ở có quy hoạch chi tiết 1/500 đã duyệt; nhà ở riêng lẻ dưới 07 tầng ở nông thôn thuộc khu vực chưa có quy hoạch được duyệt (trừ khu vực bảo tồn, di tích); sửa chữa bên trong không làm thay đổi kết cấu chịu lực, công năng và kiến trúc mặt ngoài. Trường hợp được miễn vẫn phải gửi hồ sơ thiết kế và thông báo khởi công cho UBND cấp xã. Giấy phép hết hiệu lực nếu sau 12 tháng kể từ ngày cấp mà chưa khởi công.',
    legalBasis: [LXD, LXD62, ND175, TT85],
    keywords: [
      'giấy phép xây dựng',
      'GPXD',
      'xin phép xây nhà',
      'xin giấy phép xây dựng nhà ở',
      'phép xây dựng nhà phố',
      'sửa chữa cải tạo nhà',
      'miễn giấy phép xây dựng',
      'xây nhà cần giấy tờ gì',
    ],
    lifeEvents: ['house'],
    uncertain: `${U_CODE} ${U_LEVEL_XD} ${U_FEE} ${U_LAW_XD}`,
  },

  // 2
  {
    code: '1.009997',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dieu-chinh-giay-phep-xay-dung-nha-o-rieng-le',
    titleVi: 'Điều chỉnh giấy phép xây dựng nhà ở riêng lẻ',
    titleEn: 'Amending a building permit for a detached house',
    summaryVi:
      'Đề nghị điều chỉnh giấy phép xây dựng đã cấp khi muốn thay đổi thiết kế: đổi hình thức kiến trúc mặt ngoài ở khu vực có yêu cầu quản lý kiến trúc, đổi vị trí, diện tích xây dựng, quy mô, chiều cao, số tầng hoặc kết cấu chịu lực chính. Thực hiện tại cơ quan đã cấp giấy phép.',
    summaryEn:
      'Request to amend an issued building permit when the design changes: façade in areas with architectural controls, location, footprint, size, height, number of storeys or main load-bearing structure. Apply to the authority that issued the permit.',
    field: 'xay-dung',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Hộ gia đình, cá nhân đã được cấp giấy phép xây dựng nhà ở riêng lẻ',
    implementingAgency: 'UBND phường, xã, đặc khu nơi có công trình',
    submissionPlace: `${ONE_STOP} nơi có công trình; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Chuẩn bị đơn đề nghị điều chỉnh giấy phép xây dựng, bản gốc giấy phép đã cấp và bản vẽ thiết kế điều chỉnh.',
      'Nộp hồ sơ tại nơi tiếp nhận hoặc trực tuyến; nhận giấy biên nhận.',
      'Cơ quan cấp phép kiểm tra hồ sơ, đối chiếu quy hoạch và điều kiện cấp phép với phần điều chỉnh.',
      'Nhận giấy phép xây dựng điều chỉnh (hoặc văn bản trả lời nêu lý do nếu không chấp thuận).',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ', fee: FEE_HDND },
      { channel: 'ONLINE', processingTime: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ', fee: FEE_HDND },
      { channel: 'POST', processingTime: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ', fee: `${FEE_HDND}; cước bưu chính do người gửi trả` },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Đơn đề nghị điều chỉnh giấy phép xây dựng', form: 'Mẫu ban hành kèm Nghị định 175/2024/NĐ-CP', originals: 1, copies: 0 },
          { name: 'Bản gốc giấy phép xây dựng đã được cấp (kèm bản vẽ đã đóng dấu)', originals: 1, copies: 0 },
          { name: 'Bản vẽ thiết kế phần điều chỉnh (mặt bằng, mặt đứng, mặt cắt liên quan)', originals: 2, copies: 0 },
        ],
      },
    ],
    result: 'Giấy phép xây dựng điều chỉnh kèm bản vẽ được đóng dấu.',
    conditions:
      'Phần điều chỉnh phải đáp ứng điều kiện cấp giấy phép như khi cấp mới (phù hợp quy hoạch, an toàn công trình). Thay đổi bố trí bên trong không làm thay đổi kết cấu chịu lực, công năng và an toàn công trình thì không phải điều chỉnh giấy phép.',
    legalBasis: [LXD, LXD62, ND175, TT85],
    keywords: [
      'điều chỉnh giấy phép xây dựng',
      'điều chỉnh GPXD',
      'thay đổi thiết kế nhà',
      'thêm tầng',
      'sửa giấy phép xây dựng',
    ],
    lifeEvents: ['house'],
    uncertain: `${U_CODE} ${U_LEVEL_XD} ${U_FEE} Thời hạn 15 ngày lấy theo thời hạn cấp giấy phép nhà ở riêng lẻ; chưa đối chiếu thời hạn Thành phố công bố cho thủ tục điều chỉnh.`,
  },

  // 3
  {
    code: '1.009998',
    codeVerified: false,
    decisionNumber: '',
    slug: 'gia-han-giay-phep-xay-dung',
    titleVi: 'Gia hạn giấy phép xây dựng',
    titleEn: 'Extending a building permit',
    summaryVi:
      'Giấy phép xây dựng hết hiệu lực nếu sau 12 tháng kể từ ngày cấp mà chưa khởi công. Chủ nhà chưa kịp khởi công phải đề nghị gia hạn trước khi giấy phép hết hạn; mỗi lần gia hạn 12 tháng, tối đa 02 lần.',
    summaryEn:
      'A building permit lapses if work has not started within 12 months of issue. Owners who have not started must apply for an extension before it lapses; each extension is 12 months, at most twice.',
    field: 'xay-dung',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Chủ đầu tư (hộ gia đình, cá nhân) có giấy phép xây dựng sắp hết hiệu lực mà chưa khởi công',
    implementingAgency: 'Cơ quan đã cấp giấy phép xây dựng (với nhà ở riêng lẻ: UBND phường, xã, đặc khu nơi có công trình)',
    submissionPlace: `${ONE_STOP} nơi có công trình; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Trước khi giấy phép hết hiệu lực, chuẩn bị đơn đề nghị gia hạn và bản gốc giấy phép đã cấp.',
      'Nộp hồ sơ tại nơi tiếp nhận hoặc trực tuyến.',
      'Cơ quan cấp phép xem xét; nếu đồng ý thì ghi gia hạn vào giấy phép.',
      'Nhận lại giấy phép đã gia hạn và nộp lệ phí.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: FEE_HDND },
      { channel: 'ONLINE', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: FEE_HDND },
      { channel: 'POST', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: `${FEE_HDND}; cước bưu chính do người gửi trả` },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Đơn đề nghị gia hạn giấy phép xây dựng', form: 'Mẫu ban hành kèm Nghị định 175/2024/NĐ-CP', originals: 1, copies: 0 },
          { name: 'Bản gốc giấy phép xây dựng đã được cấp', originals: 1, copies: 0 },
        ],
      },
    ],
    result: 'Giấy phép xây dựng được gia hạn thời gian khởi công.',
    conditions:
      'Chỉ áp dụng khi giấy phép còn hiệu lực mà công trình chưa khởi công. Mỗi giấy phép được gia hạn tối đa 02 lần, mỗi lần 12 tháng. Nếu giấy phép đã hết hạn mà chưa khởi công thì phải xin cấp giấy phép mới.',
    legalBasis: [LXD, LXD62, ND175, TT85],
    keywords: [
      'gia hạn giấy phép xây dựng',
      'gia hạn GPXD',
      'giấy phép xây dựng hết hạn',
      'chưa khởi công',
      'giấy phép xây dựng quá 12 tháng',
    ],
    lifeEvents: ['house'],
    uncertain: `${U_CODE} ${U_LEVEL_XD} ${U_FEE} Thời điểm nộp đơn trước khi hết hạn (ví dụ 30 ngày) chưa đối chiếu được với Nghị định 175/2024/NĐ-CP; nên nộp sớm.`,
  },

  // 4
  {
    code: '1.012756',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-giay-chung-nhan-quyen-su-dung-dat-lan-dau',
    titleVi: 'Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu',
    titleEn: 'First-time land use right and property ownership certificate',
    summaryVi:
      'Đăng ký đất đai và đề nghị cấp Giấy chứng nhận (thường gọi là sổ đỏ, sổ hồng) lần đầu cho thửa đất đang sử dụng mà chưa được cấp. Với hộ gia đình, cá nhân, hồ sơ nộp tại UBND phường, xã, đặc khu hoặc Chi nhánh Văn phòng Đăng ký đất đai; Chủ tịch UBND cấp xã ký cấp Giấy chứng nhận.',
    summaryEn:
      'Registers land and issues the first land use right certificate (the "red/pink book") for a plot in use that has never been certified. Households and individuals apply at the ward, commune or special zone, or at a branch of the Land Registration Office; the commune chairperson signs the certificate.',
    field: 'dat-dai',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Hộ gia đình, cá nhân, cộng đồng dân cư đang sử dụng đất, sở hữu nhà ở, tài sản gắn liền với đất chưa được cấp Giấy chứng nhận',
    implementingAgency: 'UBND phường, xã, đặc khu nơi có đất; Chi nhánh Văn phòng Đăng ký đất đai (đăng ký, đo đạc, cập nhật hồ sơ địa chính)',
    competentAgency: 'Chủ tịch UBND phường, xã, đặc khu (đối với hộ gia đình, cá nhân, cộng đồng dân cư)',
    submissionPlace: `${ONE_STOP} nơi có đất, hoặc Chi nhánh Văn phòng Đăng ký đất đai; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Nộp đơn đăng ký, cấp Giấy chứng nhận kèm giấy tờ về quyền sử dụng đất, tài sản (nếu có).',
      'UBND cấp xã xác nhận hiện trạng sử dụng đất, tình trạng tranh chấp, thời điểm sử dụng, sự phù hợp quy hoạch và niêm yết công khai kết quả kiểm tra.',
      'Văn phòng Đăng ký đất đai (chi nhánh) trích đo hoặc kiểm tra bản đồ địa chính, cập nhật hồ sơ địa chính và gửi thông tin để cơ quan thuế xác định nghĩa vụ tài chính.',
      'Người sử dụng đất nộp tiền sử dụng đất, lệ phí trước bạ và các khoản khác theo thông báo của cơ quan thuế (nếu có).',
      'Nhận Giấy chứng nhận tại nơi nộp hồ sơ.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: 'Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (gồm đăng ký lần đầu và cấp Giấy chứng nhận), không kể thời gian thực hiện nghĩa vụ tài chính',
        fee: `${FEE_HDND} (lệ phí cấp Giấy chứng nhận, phí thẩm định hồ sơ); tiền sử dụng đất và lệ phí trước bạ (0,5%) nếu phải nộp`,
      },
      {
        channel: 'ONLINE',
        processingTime: 'Như nộp trực tiếp',
        fee: `${FEE_HDND}; tiền sử dụng đất và lệ phí trước bạ nếu phải nộp`,
        note: 'Nộp bản điện tử của hồ sơ; nhận Giấy chứng nhận bản giấy tại nơi nộp',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Đơn đăng ký đất đai, tài sản gắn liền với đất', form: 'Mẫu ban hành kèm Nghị định 101/2024/NĐ-CP', originals: 1, copies: 0 },
          {
            name: 'Một trong các giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai (nếu có), ví dụ giấy tờ giao đất, mua bán, thừa kế, tặng cho trước ngày 15/10/1993',
            originals: 0,
            copies: 1,
            note: 'Bản sao kèm bản chính để đối chiếu hoặc bản sao có chứng thực',
          },
          { name: 'Giấy tờ về quyền sở hữu nhà ở, công trình xây dựng (nếu đề nghị chứng nhận tài sản), ví dụ giấy phép xây dựng', originals: 0, copies: 1 },
          { name: 'Mảnh trích đo bản đồ địa chính thửa đất (nếu có)', originals: 1, copies: 0 },
          { name: 'Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ về miễn, giảm (nếu có)', originals: 0, copies: 1 },
          ID_DOC,
        ],
      },
      {
        case: 'Trường hợp nộp thay',
        items: [{ name: 'Văn bản ủy quyền (công chứng hoặc chứng thực)', originals: 1, copies: 0 }],
      },
    ],
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; thông tin được cập nhật vào hồ sơ địa chính và cơ sở dữ liệu đất đai.',
    conditions:
      'Đất sử dụng ổn định, không có tranh chấp, phù hợp quy hoạch hoặc thuộc trường hợp được cấp theo Điều 137, 138, 139, 140 Luật Đất đai 2024 (có hoặc không có giấy tờ về quyền sử dụng đất). Đất lấn chiếm, giao trái thẩm quyền chỉ được xem xét theo điều kiện riêng.',
    legalBasis: [LDD, ND101, ND151, TT85],
    keywords: [
      'sổ đỏ',
      'sổ hồng',
      'cấp sổ đỏ lần đầu',
      'làm sổ đỏ',
      'giấy chứng nhận quyền sử dụng đất',
      'đất chưa có sổ',
      'đăng ký đất đai lần đầu',
      'GCN QSDĐ',
    ],
    lifeEvents: ['house'],
    uncertain: `${U_CODE} Thẩm quyền ký cấp Giấy chứng nhận lần đầu cho hộ gia đình, cá nhân chuyển từ UBND cấp huyện sang Chủ tịch UBND cấp xã theo Nghị định 151/2025/NĐ-CP; việc phân công tiếp nhận giữa UBND cấp xã và chi nhánh Văn phòng Đăng ký đất đai tại Thành phố có thể khác, nên hỏi trước. ${U_LAND_TIME} ${U_FEE}`,
  },

  // 5
  {
    code: '1.012760',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-bien-dong-dat-dai-chuyen-nhuong-tang-cho-thua-ke',
    titleVi: 'Đăng ký biến động đất đai do chuyển nhượng, tặng cho, thừa kế',
    titleEn: 'Registering a land transfer by sale, gift or inheritance',
    summaryVi:
      'Thủ tục "sang tên sổ đỏ": đăng ký việc chuyển quyền sử dụng đất, quyền sở hữu nhà ở sau khi mua bán, tặng cho hoặc nhận thừa kế. Phải đăng ký trong 30 ngày kể từ ngày có biến động; hợp đồng, văn bản phải được công chứng hoặc chứng thực trước khi nộp.',
    summaryEn:
      'Transferring the land certificate to a new owner after a sale, gift or inheritance. It must be registered within 30 days of the change; the contract or inheritance document must be notarised or certified first.',
    field: 'dat-dai',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Bên nhận chuyển nhượng, nhận tặng cho, người nhận thừa kế quyền sử dụng đất, tài sản gắn liền với đất (hoặc bên chuyển quyền)',
    implementingAgency: VPDK,
    submissionPlace: `Chi nhánh Văn phòng Đăng ký đất đai hoặc ${ONE_STOP} nơi có đất; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Công chứng hoặc chứng thực hợp đồng chuyển nhượng, tặng cho, hoặc văn bản khai nhận, thỏa thuận phân chia di sản thừa kế.',
      'Nộp hồ sơ đăng ký biến động kèm tờ khai thuế thu nhập cá nhân và tờ khai lệ phí trước bạ.',
      'Văn phòng Đăng ký đất đai kiểm tra hồ sơ, gửi thông tin sang cơ quan thuế để xác định nghĩa vụ tài chính.',
      'Nộp thuế thu nhập cá nhân, lệ phí trước bạ theo thông báo (hoặc được miễn nếu đủ điều kiện).',
      'Nhận Giấy chứng nhận đã được cập nhật biến động hoặc Giấy chứng nhận mới mang tên người nhận.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: 'Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, không kể thời gian thực hiện nghĩa vụ tài chính',
        fee: `${FEE_HDND}; thuế thu nhập cá nhân 2% giá chuyển nhượng và lệ phí trước bạ 0,5% (trừ trường hợp được miễn)`,
      },
      {
        channel: 'ONLINE',
        processingTime: 'Như nộp trực tiếp',
        fee: `${FEE_HDND}; thuế thu nhập cá nhân và lệ phí trước bạ như nộp trực tiếp`,
        note: 'Bản gốc Giấy chứng nhận vẫn phải nộp để cập nhật hoặc thu hồi',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', form: 'Mẫu ban hành kèm Nghị định 101/2024/NĐ-CP', originals: 1, copies: 0 },
          GCN_ORIG,
          { name: 'Tờ khai thuế thu nhập cá nhân và tờ khai lệ phí trước bạ nhà, đất', originals: 1, copies: 0 },
          ID_DOC,
        ],
      },
      {
        case: 'Trường hợp chuyển nhượng, tặng cho',
        items: [{ name: 'Hợp đồng chuyển nhượng hoặc hợp đồng tặng cho quyền sử dụng đất, tài sản gắn liền với đất đã công chứng, chứng thực', originals: 1, copies: 0 }],
      },
      {
        case: 'Trường hợp thừa kế',
        items: [
          {
            name: 'Văn bản khai nhận di sản hoặc văn bản thỏa thuận phân chia di sản đã công chứng, chứng thực; hoặc bản án, quyết định của Tòa án',
            originals: 1,
            copies: 0,
          },
        ],
      },
      {
        case: 'Trường hợp được miễn thuế, lệ phí (giữa vợ chồng, cha mẹ và con, ông bà và cháu, anh chị em ruột...)',
        items: [{ name: 'Giấy tờ chứng minh quan hệ nhân thân (giấy khai sinh, giấy chứng nhận kết hôn...)', originals: 0, copies: 1 }],
      },
    ],
    result: 'Giấy chứng nhận được xác nhận nội dung biến động hoặc Giấy chứng nhận mới cấp cho người nhận quyền; hồ sơ địa chính được cập nhật.',
    conditions:
      'Có Giấy chứng nhận; đất không có tranh chấp, không bị kê biên để bảo đảm thi hành án, còn thời hạn sử dụng và không bị áp dụng biện pháp khẩn cấp tạm thời (Điều 45 Luật Đất đai 2024). Phải đăng ký trong 30 ngày kể từ ngày có biến động.',
    legalBasis: [LDD, ND101, ND151, BLDS, TT85],
    keywords: [
      'sang tên sổ đỏ',
      'sang tên sổ hồng',
      'đăng ký biến động',
      'mua bán nhà đất',
      'chuyển nhượng quyền sử dụng đất',
      'tặng cho nhà đất',
      'thừa kế nhà đất',
      'thuế sang tên',
    ],
    lifeEvents: ['house', 'death'],
    uncertain: `${U_CODE} ${U_LAND_TIME} Kết quả là xác nhận trên Giấy chứng nhận cũ hay cấp Giấy chứng nhận mới tùy trường hợp và yêu cầu của người đăng ký. ${U_FEE}`,
  },

  // 6
  {
    code: '1.012764',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-doi-giay-chung-nhan-quyen-su-dung-dat',
    titleVi: 'Cấp đổi giấy chứng nhận quyền sử dụng đất',
    titleEn: 'Replacing a land use right certificate',
    summaryVi:
      'Đổi Giấy chứng nhận đã cấp sang Giấy chứng nhận mới khi sổ bị ố, nhòe, rách, hư hỏng; khi đo đạc lại làm thay đổi kích thước, diện tích thửa đất; hoặc khi người có sổ cũ (sổ đỏ, sổ hồng mẫu cũ) muốn đổi sang mẫu mới.',
    summaryEn:
      'Replaces an issued land certificate with a new one when it is stained, torn or damaged, when re-surveying changes the plot size, or when the holder of an old-form certificate wants the current form.',
    field: 'dat-dai',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất đã được cấp Giấy chứng nhận',
    implementingAgency: VPDK,
    submissionPlace: `Chi nhánh Văn phòng Đăng ký đất đai hoặc ${ONE_STOP} nơi có đất; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Nộp đơn đề nghị cấp đổi kèm bản gốc Giấy chứng nhận đã cấp.',
      'Văn phòng Đăng ký đất đai kiểm tra hồ sơ; trích đo lại thửa đất nếu cần.',
      'Cập nhật hồ sơ địa chính, in Giấy chứng nhận mới và thu hồi Giấy chứng nhận cũ.',
      'Nhận Giấy chứng nhận mới tại nơi nộp hồ sơ.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: 'Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
        fee: FEE_HDND,
      },
      { channel: 'ONLINE', processingTime: 'Như nộp trực tiếp', fee: FEE_HDND, note: 'Bản gốc Giấy chứng nhận cũ vẫn phải nộp' },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (ghi đề nghị cấp đổi)', form: 'Mẫu ban hành kèm Nghị định 101/2024/NĐ-CP', originals: 1, copies: 0 },
          GCN_ORIG,
          ID_DOC,
        ],
      },
      {
        case: 'Trường hợp Giấy chứng nhận đang thế chấp tại ngân hàng',
        items: [{ name: 'Văn bản đồng ý của bên nhận thế chấp hoặc hợp đồng thế chấp (theo hướng dẫn tại nơi nộp)', originals: 1, copies: 0 }],
      },
    ],
    result: 'Giấy chứng nhận mới thay cho Giấy chứng nhận đã cấp.',
    conditions: 'Giấy chứng nhận cũ phải được nộp lại. Giấy chứng nhận đã cấp trước đây vẫn có giá trị pháp lý; việc đổi sang mẫu mới là tự nguyện.',
    legalBasis: [LDD, ND101, ND151, TT85],
    keywords: [
      'cấp đổi sổ đỏ',
      'đổi sổ hồng',
      'sổ đỏ bị rách',
      'sổ bị hư hỏng',
      'đổi sổ mẫu mới',
      'đo đạc lại diện tích',
    ],
    lifeEvents: ['house'],
    uncertain: `${U_CODE} ${U_LAND_TIME} Giấy tờ cần thêm khi Giấy chứng nhận đang thế chấp chưa đối chiếu được. ${U_FEE}`,
  },

  // 7
  {
    code: '1.012766',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-lai-giay-chung-nhan-quyen-su-dung-dat-do-bi-mat',
    titleVi: 'Cấp lại giấy chứng nhận quyền sử dụng đất do bị mất',
    titleEn: 'Reissuing a lost land use right certificate',
    summaryVi:
      'Đề nghị cấp lại Giấy chứng nhận (sổ đỏ, sổ hồng) khi bị mất. Việc mất được niêm yết công khai tại UBND phường, xã nơi có đất (hoặc đăng tin đối với tổ chức) trong thời hạn luật định trước khi cấp lại; Giấy chứng nhận bị mất bị hủy.',
    summaryEn:
      'Reissues a lost land certificate. The loss is posted publicly at the commune where the land is (or announced in the media for organisations) for the statutory period before reissue; the lost certificate is cancelled.',
    field: 'dat-dai',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất bị mất Giấy chứng nhận',
    implementingAgency: VPDK,
    submissionPlace: `Chi nhánh Văn phòng Đăng ký đất đai hoặc ${ONE_STOP} nơi có đất; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Nộp đơn đề nghị cấp lại Giấy chứng nhận bị mất.',
      'Việc mất Giấy chứng nhận được niêm yết công khai tại trụ sở UBND cấp xã nơi có đất trong 15 ngày (tổ chức thì đăng tin trên phương tiện thông tin đại chúng).',
      'Hết thời hạn niêm yết mà không có khiếu nại, Văn phòng Đăng ký đất đai kiểm tra hồ sơ, trích đo nếu cần, lập thủ tục hủy Giấy chứng nhận bị mất.',
      'Nhận Giấy chứng nhận được cấp lại.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: 'Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, không kể thời gian niêm yết, đăng tin',
        fee: FEE_HDND,
      },
      { channel: 'ONLINE', processingTime: 'Như nộp trực tiếp', fee: FEE_HDND },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Đơn đề nghị cấp lại Giấy chứng nhận (đơn đăng ký biến động ghi lý do bị mất)', form: 'Mẫu ban hành kèm Nghị định 101/2024/NĐ-CP', originals: 1, copies: 0 },
          ID_DOC,
        ],
      },
      {
        case: 'Trường hợp mất do thiên tai, hỏa hoạn',
        items: [{ name: 'Giấy xác nhận của UBND cấp xã về việc thiên tai, hỏa hoạn', originals: 1, copies: 0 }],
      },
    ],
    result: 'Giấy chứng nhận được cấp lại; quyết định hủy Giấy chứng nhận bị mất.',
    conditions: 'Giấy chứng nhận bị mất không đang được dùng để thế chấp hoặc giao dịch mà chưa giải quyết; nếu có người khiếu nại trong thời gian niêm yết thì tạm dừng để xem xét.',
    legalBasis: [LDD, ND101, ND151, TT85],
    keywords: [
      'mất sổ đỏ',
      'mất sổ hồng',
      'cấp lại sổ đỏ',
      'làm lại sổ đỏ bị mất',
      'thất lạc giấy chứng nhận',
      'cháy sổ đỏ',
    ],
    lifeEvents: ['house'],
    uncertain: `${U_CODE} Thứ tự báo mất – niêm yết – nộp hồ sơ và thời gian niêm yết 15 ngày theo quy định trước đây; chưa đối chiếu chi tiết với Nghị định 101/2024/NĐ-CP. ${U_LAND_TIME} ${U_FEE}`,
  },

  // 8
  {
    code: '1.011193',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-the-chap-quyen-su-dung-dat-tai-san-gan-lien-voi-dat',
    titleVi: 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
    titleEn: 'Registering a mortgage over land use rights and attached property',
    summaryVi:
      'Đăng ký việc thế chấp sổ đỏ, sổ hồng để vay vốn ngân hàng hoặc bảo đảm nghĩa vụ khác. Việc đăng ký làm cho thế chấp có hiệu lực đối kháng với người thứ ba; nội dung thế chấp được ghi vào Giấy chứng nhận và hồ sơ địa chính. Thường do ngân hàng (bên nhận thế chấp) hoặc bên thế chấp nộp.',
    summaryEn:
      'Registers a mortgage of a land certificate, usually for a bank loan. Registration makes the mortgage enforceable against third parties; it is recorded on the certificate and in the cadastral file. Usually filed by the bank or the owner.',
    field: 'dat-dai',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Bên thế chấp hoặc bên nhận thế chấp (tổ chức tín dụng, cá nhân, tổ chức) hoặc người được ủy quyền',
    implementingAgency: VPDK,
    submissionPlace: `Văn phòng Đăng ký đất đai, Chi nhánh Văn phòng Đăng ký đất đai hoặc ${ONE_STOP} nơi có đất; hoặc trực tuyến`,
    steps: [
      'Ký hợp đồng thế chấp và công chứng, chứng thực theo quy định.',
      'Nộp phiếu yêu cầu đăng ký kèm hợp đồng thế chấp và bản gốc Giấy chứng nhận.',
      'Văn phòng Đăng ký đất đai kiểm tra, ghi nội dung thế chấp vào sổ địa chính và Giấy chứng nhận.',
      'Trả Giấy chứng nhận đã chứng nhận đăng ký thế chấp (thường cho bên nhận thế chấp giữ theo thỏa thuận).',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime:
          'Trong ngày làm việc nhận hồ sơ hợp lệ; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo; trường hợp có lý do chính đáng có thể kéo dài nhưng không quá 03 ngày làm việc',
        fee: FEE_HDND,
      },
      { channel: 'ONLINE', processingTime: 'Như nộp trực tiếp', fee: FEE_HDND },
      { channel: 'POST', processingTime: 'Như nộp trực tiếp, tính từ khi nhận được hồ sơ', fee: `${FEE_HDND}; cước bưu chính do người gửi trả` },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Phiếu yêu cầu đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', form: 'Mẫu ban hành kèm Nghị định 99/2022/NĐ-CP', originals: 1, copies: 0 },
          { name: 'Hợp đồng thế chấp (đã công chứng, chứng thực theo quy định)', originals: 1, copies: 0, note: 'Hoặc bản sao có chứng thực' },
          GCN_ORIG,
        ],
      },
      {
        case: 'Trường hợp người yêu cầu đăng ký là người được ủy quyền',
        items: [{ name: 'Văn bản ủy quyền', originals: 1, copies: 0, note: 'Hoặc bản sao có chứng thực' }],
      },
    ],
    result: 'Nội dung đăng ký thế chấp được ghi vào Giấy chứng nhận và sổ địa chính.',
    conditions:
      'Quyền sử dụng đất có Giấy chứng nhận, không có tranh chấp, không bị kê biên, còn thời hạn sử dụng. Khi trả xong nợ phải làm thủ tục xóa đăng ký thế chấp (thủ tục riêng).',
    legalBasis: [BLDS, LDD, ND99, ND101, TT85],
    keywords: [
      'thế chấp sổ đỏ',
      'đăng ký thế chấp',
      'đăng ký giao dịch bảo đảm',
      'vay ngân hàng bằng sổ đỏ',
      'thế chấp nhà đất',
      'xóa thế chấp',
    ],
    lifeEvents: ['house', 'business'],
    uncertain: `${U_CODE} Mức phí đăng ký thế chấp do HĐND Thành phố quy định; chưa xác minh mức hiện hành. Trường hợp không phải công chứng hợp đồng thế chấp (nếu có) chưa đối chiếu.`,
  },

  // 9
  {
    code: '2.000575',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-thanh-lap-ho-kinh-doanh',
    titleVi: 'Đăng ký thành lập hộ kinh doanh',
    titleEn: 'Registering a household business',
    summaryVi:
      'Đăng ký để được cấp Giấy chứng nhận đăng ký hộ kinh doanh (thường gọi là giấy phép kinh doanh hộ cá thể) cho cửa hàng, quán ăn, tiệm nhỏ do một cá nhân hoặc các thành viên hộ gia đình làm chủ. Từ 01/7/2025 nộp tại cơ quan đăng ký kinh doanh của UBND phường, xã, đặc khu nơi đặt địa điểm kinh doanh.',
    summaryEn:
      'Registers a household business (small shop, eatery or stall owned by one person or family members) and issues its registration certificate. Since 1 July 2025 it is filed with the business registration office of the ward, commune or special zone where the business is located.',
    field: 'dang-ky-kinh-doanh',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Cá nhân hoặc các thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ',
    implementingAgency: 'Cơ quan đăng ký kinh doanh cấp xã (phòng chuyên môn về kinh tế của UBND phường, xã, đặc khu nơi đặt trụ sở hộ kinh doanh)',
    submissionPlace: `${ONE_STOP} nơi đặt trụ sở hộ kinh doanh; hoặc nộp trực tuyến`,
    steps: [
      'Chọn tên hộ kinh doanh, ngành nghề và địa điểm kinh doanh; chuẩn bị giấy đề nghị đăng ký.',
      'Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến; nhận giấy biên nhận.',
      'Cơ quan đăng ký kinh doanh cấp xã kiểm tra hồ sơ; nếu chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
      'Nhận Giấy chứng nhận đăng ký hộ kinh doanh; thông tin được chuyển sang cơ quan thuế để quản lý thuế.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: FEE_HDND },
      { channel: 'ONLINE', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: FEE_HDND },
      { channel: 'POST', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: `${FEE_HDND}; cước bưu chính do người gửi trả` },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Giấy đề nghị đăng ký hộ kinh doanh', form: 'Mẫu ban hành theo quy định về đăng ký doanh nghiệp, hộ kinh doanh', originals: 1, copies: 0 },
          {
            name: 'Bản sao giấy tờ pháp lý của cá nhân (thẻ căn cước, hộ chiếu) của chủ hộ kinh doanh và các thành viên hộ gia đình tham gia',
            originals: 0,
            copies: 1,
            note: 'Có thể không phải nộp nếu thông tin đã được xác thực qua Cơ sở dữ liệu quốc gia về dân cư',
          },
        ],
      },
      {
        case: 'Trường hợp các thành viên hộ gia đình cùng đăng ký',
        items: [{ name: 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh và cử chủ hộ', originals: 1, copies: 0 }],
      },
      {
        case: 'Trường hợp nộp thay',
        items: [{ name: 'Văn bản ủy quyền cho người nộp hồ sơ', originals: 1, copies: 0 }],
      },
    ],
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh.',
    conditions:
      'Ngành nghề không bị cấm; tên hộ kinh doanh gồm cụm từ "Hộ kinh doanh" và tên riêng, không dùng từ ngữ vi phạm truyền thống, thuần phong mỹ tục. Mỗi cá nhân chỉ được làm chủ một hộ kinh doanh. Ngành nghề kinh doanh có điều kiện phải đáp ứng điều kiện riêng (ví dụ an toàn thực phẩm). Người sản xuất nông, lâm, ngư nghiệp, làm muối, bán hàng rong, buôn chuyến, kinh doanh lưu động, dịch vụ có thu nhập thấp không phải đăng ký, trừ ngành nghề kinh doanh có điều kiện.',
    legalBasis: [LDN, ND168, TT85],
    keywords: [
      'giấy phép kinh doanh',
      'đăng ký hộ kinh doanh',
      'hộ kinh doanh cá thể',
      'giấy phép kinh doanh hộ gia đình',
      'mở quán ăn',
      'mở cửa hàng',
      'đăng ký kinh doanh cá thể',
    ],
    lifeEvents: ['business'],
    uncertain: `${U_CODE} Tên cơ quan đăng ký kinh doanh cấp xã (Phòng Kinh tế hoặc Phòng Kinh tế, Hạ tầng và Đô thị) khác nhau giữa phường và xã. ${U_FEE} Việc miễn nộp bản sao giấy tờ cá nhân khi đã xác thực qua Cơ sở dữ liệu quốc gia về dân cư và mức độ trực tuyến chưa đối chiếu được.`,
  },

  // 10
  {
    code: '2.000720',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-thay-doi-noi-dung-dang-ky-ho-kinh-doanh',
    titleVi: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    titleEn: 'Changing the registration of a household business',
    summaryVi:
      'Đăng ký khi hộ kinh doanh thay đổi tên, địa chỉ, ngành nghề, vốn, chủ hộ hoặc thông tin khác trên Giấy chứng nhận đăng ký hộ kinh doanh. Chuyển địa chỉ sang phường, xã khác thì nộp tại nơi đặt địa chỉ mới.',
    summaryEn:
      'Registers changes to a household business: name, address, lines of business, capital, owner or other details on its certificate. When moving to another ward or commune, apply where the new address is.',
    field: 'dang-ky-kinh-doanh',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Chủ hộ kinh doanh hoặc người được ủy quyền',
    implementingAgency: 'Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đặt trụ sở (hoặc nơi đặt trụ sở mới nếu chuyển địa chỉ)',
    submissionPlace: `${ONE_STOP}; hoặc nộp trực tuyến`,
    steps: [
      'Chuẩn bị thông báo thay đổi nội dung đăng ký hộ kinh doanh và giấy tờ theo từng trường hợp.',
      'Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.',
      'Cơ quan đăng ký kinh doanh cấp xã kiểm tra hồ sơ.',
      'Nhận Giấy chứng nhận đăng ký hộ kinh doanh mới ghi nội dung thay đổi.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: FEE_HDND },
      { channel: 'ONLINE', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: FEE_HDND },
      { channel: 'POST', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: `${FEE_HDND}; cước bưu chính do người gửi trả` },
    ],
    documents: [
      {
        case: '',
        items: [{ name: 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', form: 'Mẫu ban hành theo quy định về đăng ký doanh nghiệp, hộ kinh doanh', originals: 1, copies: 0 }],
      },
      {
        case: 'Trường hợp thay đổi chủ hộ kinh doanh',
        items: [
          {
            name: 'Giấy tờ làm căn cứ thay đổi: hợp đồng mua bán, tặng cho hộ kinh doanh; văn bản thừa kế; hoặc biên bản họp thành viên hộ gia đình về việc thay đổi chủ hộ',
            originals: 1,
            copies: 0,
          },
          { name: 'Bản sao giấy tờ pháp lý cá nhân của chủ hộ mới', originals: 0, copies: 1 },
        ],
      },
      {
        case: 'Trường hợp nộp thay',
        items: [{ name: 'Văn bản ủy quyền', originals: 1, copies: 0 }],
      },
    ],
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh được cấp lại với nội dung đã thay đổi.',
    conditions: 'Đăng ký trong thời hạn luật định kể từ ngày có thay đổi. Nội dung thay đổi phải đáp ứng điều kiện như khi đăng ký mới (tên, ngành nghề, địa điểm).',
    legalBasis: [LDN, ND168, TT85],
    keywords: [
      'thay đổi giấy phép kinh doanh',
      'thay đổi hộ kinh doanh',
      'đổi địa chỉ kinh doanh',
      'thêm ngành nghề hộ kinh doanh',
      'đổi chủ hộ kinh doanh',
      'sang tên hộ kinh doanh',
    ],
    lifeEvents: ['business', 'moving'],
    uncertain: `${U_CODE} Thời hạn phải đăng ký thay đổi (trước đây 10 ngày kể từ ngày thay đổi) và việc phải nộp bản gốc Giấy chứng nhận cũ chưa đối chiếu với Nghị định 168/2025/NĐ-CP. ${U_FEE}`,
  },

  // 11
  {
    code: '2.000644',
    codeVerified: false,
    decisionNumber: '',
    slug: 'thong-bao-tam-ngung-tiep-tuc-kinh-doanh-ho-kinh-doanh',
    titleVi: 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh của hộ kinh doanh',
    titleEn: 'Notifying suspension or resumption of a household business',
    summaryVi:
      'Hộ kinh doanh báo cho cơ quan đăng ký kinh doanh cấp xã khi muốn tạm nghỉ bán một thời gian, hoặc khi muốn mở cửa lại trước thời hạn đã thông báo. Thông tin được chuyển sang cơ quan thuế. Không mất lệ phí.',
    summaryEn:
      'A household business tells the commune business registration office when it pauses trading for a period, or when it reopens earlier than notified. The tax office is informed. No fee.',
    field: 'dang-ky-kinh-doanh',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Chủ hộ kinh doanh hoặc người được ủy quyền',
    implementingAgency: 'Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đặt trụ sở',
    submissionPlace: `${ONE_STOP}; hoặc nộp trực tuyến`,
    steps: [
      'Lập thông báo về việc tạm ngừng kinh doanh (ghi rõ thời gian tạm ngừng) hoặc tiếp tục kinh doanh trước thời hạn.',
      'Nộp thông báo trước ngày tạm ngừng hoặc ngày tiếp tục kinh doanh theo thời hạn quy định.',
      'Cơ quan đăng ký kinh doanh cấp xã kiểm tra và cấp giấy xác nhận; thông tin được chuyển cho cơ quan thuế.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: 'Không thu phí, lệ phí' },
      { channel: 'ONLINE', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: 'Không thu phí, lệ phí' },
      { channel: 'POST', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: 'Không thu phí, lệ phí; cước bưu chính do người gửi trả' },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Thông báo về việc tạm ngừng kinh doanh / tiếp tục kinh doanh trước thời hạn đã thông báo', form: 'Mẫu ban hành theo quy định về đăng ký doanh nghiệp, hộ kinh doanh', originals: 1, copies: 0 },
        ],
      },
      {
        case: 'Trường hợp nộp thay',
        items: [{ name: 'Văn bản ủy quyền', originals: 1, copies: 0 }],
      },
    ],
    result: 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn.',
    conditions:
      'Hộ kinh doanh vẫn phải nộp đủ số thuế còn nợ và thực hiện các nghĩa vụ với người lao động, khách hàng trong thời gian tạm ngừng. Muốn chấm dứt hẳn thì làm thủ tục chấm dứt hoạt động hộ kinh doanh (thủ tục riêng).',
    legalBasis: [ND168],
    keywords: [
      'tạm ngừng kinh doanh',
      'tạm nghỉ kinh doanh hộ cá thể',
      'tạm ngưng hộ kinh doanh',
      'tiếp tục kinh doanh',
      'mở lại kinh doanh',
      'đóng cửa hàng tạm thời',
    ],
    lifeEvents: ['business'],
    uncertain: `${U_CODE} Thời hạn phải thông báo (trước đây: chậm nhất 03 ngày làm việc trước ngày tạm ngừng, áp dụng khi tạm ngừng từ 30 ngày trở lên) chưa đối chiếu được với Nghị định 168/2025/NĐ-CP. Thời hạn giải quyết 03 ngày làm việc chưa đối chiếu.`,
  },

  // 12
  {
    code: '2.002035',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-thanh-lap-cong-ty-tnhh-mot-thanh-vien',
    titleVi: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    titleEn: 'Registering a single-member limited liability company',
    summaryVi:
      'Thành lập công ty TNHH do một cá nhân hoặc một tổ chức làm chủ sở hữu, chịu trách nhiệm trong phạm vi vốn điều lệ. Hồ sơ nộp tại Phòng Đăng ký kinh doanh thuộc Sở Tài chính Thành phố, chủ yếu qua mạng; kết quả là Giấy chứng nhận đăng ký doanh nghiệp, mã số doanh nghiệp đồng thời là mã số thuế.',
    summaryEn:
      'Sets up a limited liability company owned by one individual or organisation, liable up to its charter capital. File with the Business Registration Office of the city Department of Finance, mostly online; the result is an enterprise registration certificate whose number is also the tax code.',
    field: 'dang-ky-kinh-doanh',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DKKD,
    applicants: 'Cá nhân, tổ chức (người thành lập doanh nghiệp) hoặc người được ủy quyền',
    implementingAgency: ENT_AGENCY,
    submissionPlace: ENT_SUBMIT,
    steps: [
      'Chọn tên, địa chỉ trụ sở, ngành nghề, vốn điều lệ, người đại diện theo pháp luật; tra cứu tên trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.',
      'Chuẩn bị giấy đề nghị đăng ký doanh nghiệp, điều lệ công ty và giấy tờ pháp lý của chủ sở hữu.',
      'Nộp hồ sơ (trực tuyến hoặc trực tiếp, bưu chính) và nộp lệ phí, phí công bố.',
      'Phòng Đăng ký kinh doanh xem xét; nếu hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
      `Nhận Giấy chứng nhận đăng ký doanh nghiệp. ${ENT_AFTER}`,
    ],
    methods: ENT_METHODS,
    documents: [
      {
        case: '',
        items: [
          { name: 'Giấy đề nghị đăng ký doanh nghiệp', form: 'Mẫu theo quy định về đăng ký doanh nghiệp', originals: 1, copies: 0 },
          { name: 'Điều lệ công ty', originals: 1, copies: 0 },
          ENT_ID,
        ],
      },
      {
        case: 'Trường hợp chủ sở hữu là cá nhân',
        items: [{ name: 'Bản sao giấy tờ pháp lý của cá nhân chủ sở hữu', originals: 0, copies: 1 }],
      },
      {
        case: 'Trường hợp chủ sở hữu là tổ chức',
        items: [
          { name: 'Bản sao giấy tờ pháp lý của tổ chức chủ sở hữu (hợp pháp hóa lãnh sự nếu là tổ chức nước ngoài)', originals: 0, copies: 1 },
          { name: 'Văn bản cử người đại diện theo ủy quyền và bản sao giấy tờ pháp lý của người đại diện theo ủy quyền', originals: 1, copies: 1 },
        ],
      },
      ENT_FOREIGN,
      ENT_PROXY,
    ],
    result: 'Giấy chứng nhận đăng ký doanh nghiệp (mã số doanh nghiệp đồng thời là mã số thuế).',
    conditions:
      'Ngành nghề không bị cấm; tên không trùng, không gây nhầm lẫn với doanh nghiệp đã đăng ký; hồ sơ hợp lệ; nộp đủ lệ phí. Người thành lập không thuộc đối tượng bị cấm thành lập doanh nghiệp theo Điều 17 Luật Doanh nghiệp (ví dụ cán bộ, công chức, viên chức). Chủ sở hữu phải góp đủ vốn điều lệ trong 90 ngày kể từ ngày được cấp Giấy chứng nhận.',
    legalBasis: [LDN, ND168],
    keywords: [
      'thành lập công ty',
      'mở công ty',
      'công ty TNHH một thành viên',
      'TNHH MTV',
      'đăng ký doanh nghiệp',
      'giấy phép kinh doanh công ty',
      'đăng ký kinh doanh qua mạng',
    ],
    lifeEvents: ['business'],
    uncertain: `${U_CODE} ${U_ENT_FEE} ${U_ENT_DOCS}`,
  },

  // 13
  {
    code: '2.002036',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-thanh-lap-cong-ty-co-phan',
    titleVi: 'Đăng ký thành lập công ty cổ phần',
    titleEn: 'Registering a joint-stock company',
    summaryVi:
      'Thành lập công ty cổ phần có từ 03 cổ đông trở lên, vốn điều lệ chia thành cổ phần. Hồ sơ nộp tại Phòng Đăng ký kinh doanh thuộc Sở Tài chính Thành phố, chủ yếu qua mạng; kết quả là Giấy chứng nhận đăng ký doanh nghiệp.',
    summaryEn:
      'Sets up a joint-stock company with at least three shareholders and capital divided into shares. File with the Business Registration Office of the city Department of Finance, mostly online; the result is an enterprise registration certificate.',
    field: 'dang-ky-kinh-doanh',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DKKD,
    applicants: 'Các cổ đông sáng lập (cá nhân, tổ chức) hoặc người được ủy quyền',
    implementingAgency: ENT_AGENCY,
    submissionPlace: ENT_SUBMIT,
    steps: [
      'Thống nhất tên, trụ sở, ngành nghề, vốn điều lệ, số cổ phần của từng cổ đông sáng lập và người đại diện theo pháp luật.',
      'Chuẩn bị giấy đề nghị đăng ký doanh nghiệp, điều lệ công ty, danh sách cổ đông sáng lập.',
      'Nộp hồ sơ (trực tuyến hoặc trực tiếp, bưu chính) và nộp lệ phí, phí công bố.',
      'Phòng Đăng ký kinh doanh xem xét; nếu hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
      `Nhận Giấy chứng nhận đăng ký doanh nghiệp. ${ENT_AFTER}`,
    ],
    methods: ENT_METHODS,
    documents: [
      {
        case: '',
        items: [
          { name: 'Giấy đề nghị đăng ký doanh nghiệp', form: 'Mẫu theo quy định về đăng ký doanh nghiệp', originals: 1, copies: 0 },
          { name: 'Điều lệ công ty', originals: 1, copies: 0 },
          { name: 'Danh sách cổ đông sáng lập; danh sách cổ đông là nhà đầu tư nước ngoài (nếu có)', originals: 1, copies: 0 },
          ENT_ID,
          { name: 'Bản sao giấy tờ pháp lý của cổ đông sáng lập là cá nhân', originals: 0, copies: 1 },
        ],
      },
      {
        case: 'Trường hợp cổ đông sáng lập là tổ chức',
        items: [
          { name: 'Bản sao giấy tờ pháp lý của tổ chức (hợp pháp hóa lãnh sự nếu là tổ chức nước ngoài)', originals: 0, copies: 1 },
          { name: 'Văn bản cử người đại diện theo ủy quyền và bản sao giấy tờ pháp lý của người đó', originals: 1, copies: 1 },
        ],
      },
      ENT_FOREIGN,
      ENT_PROXY,
    ],
    result: 'Giấy chứng nhận đăng ký doanh nghiệp (mã số doanh nghiệp đồng thời là mã số thuế).',
    conditions:
      'Tối thiểu 03 cổ đông, không hạn chế số lượng tối đa; các cổ đông sáng lập phải cùng nhau đăng ký mua ít nhất 20% tổng số cổ phần phổ thông được quyền chào bán khi đăng ký thành lập. Cổ đông phải thanh toán đủ số cổ phần đã đăng ký mua trong 90 ngày kể từ ngày được cấp Giấy chứng nhận. Tên, ngành nghề, người thành lập phải đáp ứng điều kiện như các loại hình doanh nghiệp khác.',
    legalBasis: [LDN, ND168],
    keywords: [
      'thành lập công ty cổ phần',
      'mở công ty cổ phần',
      'CTCP',
      'cổ đông sáng lập',
      'đăng ký doanh nghiệp',
      'mở công ty',
    ],
    lifeEvents: ['business'],
    uncertain: `${U_CODE} ${U_ENT_FEE} ${U_ENT_DOCS}`,
  },

  // 14
  {
    code: '2.001610',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-thanh-lap-doanh-nghiep-tu-nhan',
    titleVi: 'Đăng ký thành lập doanh nghiệp tư nhân',
    titleEn: 'Registering a sole proprietorship (private enterprise)',
    summaryVi:
      'Thành lập doanh nghiệp tư nhân do một cá nhân làm chủ và tự chịu trách nhiệm bằng toàn bộ tài sản của mình về mọi hoạt động của doanh nghiệp. Hồ sơ đơn giản, nộp tại Phòng Đăng ký kinh doanh thuộc Sở Tài chính Thành phố.',
    summaryEn:
      'Sets up a private enterprise owned by one individual who is liable with all personal assets for its obligations. Simple file, lodged with the Business Registration Office of the city Department of Finance.',
    field: 'dang-ky-kinh-doanh',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DKKD,
    applicants: 'Cá nhân là chủ doanh nghiệp tư nhân hoặc người được ủy quyền',
    implementingAgency: ENT_AGENCY,
    submissionPlace: ENT_SUBMIT,
    steps: [
      'Chọn tên, trụ sở, ngành nghề, vốn đầu tư của chủ doanh nghiệp; tra cứu tên doanh nghiệp.',
      'Chuẩn bị giấy đề nghị đăng ký doanh nghiệp và giấy tờ pháp lý của chủ doanh nghiệp.',
      'Nộp hồ sơ (trực tuyến hoặc trực tiếp, bưu chính) và nộp lệ phí, phí công bố.',
      'Nhận Giấy chứng nhận đăng ký doanh nghiệp; thực hiện các việc sau đăng ký như treo biển, kê khai thuế.',
    ],
    methods: ENT_METHODS,
    documents: [
      {
        case: '',
        items: [
          { name: 'Giấy đề nghị đăng ký doanh nghiệp', form: 'Mẫu theo quy định về đăng ký doanh nghiệp', originals: 1, copies: 0 },
          { ...ENT_ID, name: 'Bản sao giấy tờ pháp lý của cá nhân (thẻ căn cước, hộ chiếu) của chủ doanh nghiệp tư nhân' },
        ],
      },
      ENT_PROXY,
    ],
    result: 'Giấy chứng nhận đăng ký doanh nghiệp (mã số doanh nghiệp đồng thời là mã số thuế).',
    conditions:
      'Mỗi cá nhân chỉ được thành lập một doanh nghiệp tư nhân; chủ doanh nghiệp tư nhân không được đồng thời là chủ hộ kinh doanh hoặc thành viên hợp danh của công ty hợp danh. Doanh nghiệp tư nhân không có tư cách pháp nhân, không được phát hành chứng khoán, không được góp vốn thành lập hoặc mua cổ phần, phần vốn góp trong công ty khác.',
    legalBasis: [LDN, ND168],
    keywords: [
      'doanh nghiệp tư nhân',
      'DNTN',
      'thành lập doanh nghiệp tư nhân',
      'mở doanh nghiệp một chủ',
      'đăng ký doanh nghiệp',
    ],
    lifeEvents: ['business'],
    uncertain: `${U_CODE} ${U_ENT_FEE} ${U_ENT_DOCS}`,
  },

  // 15
  {
    code: '2.000591',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-giay-chung-nhan-co-so-du-dieu-kien-an-toan-thuc-pham',
    titleVi: 'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    titleEn: 'Food safety eligibility certificate for food businesses',
    summaryVi:
      'Cơ sở sản xuất, kinh doanh thực phẩm và kinh doanh dịch vụ ăn uống (nhà hàng, bếp ăn tập thể, cơ sở chế biến suất ăn sẵn...) phải có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm trước khi hoạt động, trừ các trường hợp được miễn. Tại Thành phố Hồ Chí Minh, việc cấp do Ban Quản lý An toàn thực phẩm Thành phố thực hiện; giấy có hiệu lực 03 năm.',
    summaryEn:
      'Food producers, food traders and catering businesses (restaurants, canteens, ready-meal kitchens...) need a food safety eligibility certificate before operating, unless exempt. In Ho Chi Minh City it is issued by the City Food Safety Management Board; it is valid for three years.',
    field: 'an-toan-thuc-pham',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Tổ chức, cá nhân, hộ kinh doanh sản xuất, kinh doanh thực phẩm, kinh doanh dịch vụ ăn uống thuộc diện phải cấp Giấy chứng nhận',
    implementingAgency: 'Ban Quản lý An toàn thực phẩm Thành phố Hồ Chí Minh',
    submissionPlace: 'Bộ phận tiếp nhận hồ sơ của Ban Quản lý An toàn thực phẩm Thành phố Hồ Chí Minh; hoặc nộp trực tuyến trên Cổng Dịch vụ công',
    steps: [
      'Kiểm tra cơ sở có thuộc diện phải cấp hay được miễn; chuẩn bị đơn, bản thuyết minh cơ sở vật chất và giấy tờ về sức khỏe, kiến thức an toàn thực phẩm của người trực tiếp sản xuất, kinh doanh.',
      'Nộp hồ sơ; nếu hồ sơ chưa hợp lệ, cơ quan tiếp nhận thông báo để bổ sung.',
      'Đoàn thẩm định kiểm tra thực tế tại cơ sở (điều kiện nhà xưởng, bếp, trang thiết bị, dụng cụ, nguồn nước, con người).',
      'Cơ sở đạt yêu cầu được cấp Giấy chứng nhận; chưa đạt thì khắc phục và đề nghị thẩm định lại theo biên bản.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (gồm thời gian thẩm định tại cơ sở)',
        fee: 'Phí thẩm định điều kiện an toàn thực phẩm theo biểu phí của Bộ Tài chính, tùy loại và quy mô cơ sở; xem tại nơi nộp hồ sơ',
      },
      {
        channel: 'ONLINE',
        processingTime: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
        fee: 'Như nộp trực tiếp',
        note: 'Vẫn có đoàn thẩm định thực tế tại cơ sở',
      },
      {
        channel: 'POST',
        processingTime: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
        fee: 'Như nộp trực tiếp; cước bưu chính do người gửi trả',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', form: 'Mẫu theo quy định của bộ quản lý ngành', originals: 1, copies: 0 },
          { name: 'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện an toàn thực phẩm', originals: 1, copies: 0 },
          {
            name: 'Giấy xác nhận đủ sức khỏe và xác nhận đã được tập huấn kiến thức an toàn thực phẩm của chủ cơ sở và người trực tiếp sản xuất, kinh doanh (hoặc danh sách tổng hợp có xác nhận của chủ cơ sở)',
            originals: 1,
            copies: 0,
          },
          { name: 'Giấy chứng nhận đăng ký doanh nghiệp hoặc đăng ký hộ kinh doanh có ngành nghề phù hợp (nếu cơ quan không tự tra cứu được)', originals: 0, copies: 1 },
        ],
      },
    ],
    result: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, hiệu lực 03 năm; hoặc văn bản nêu lý do không cấp.',
    conditions:
      'Cơ sở đáp ứng điều kiện về địa điểm, thiết kế, trang thiết bị, nguồn nước, người trực tiếp chế biến theo Luật An toàn thực phẩm và quy định của bộ quản lý ngành. Không phải cấp Giấy chứng nhận (nhưng vẫn phải bảo đảm an toàn thực phẩm) đối với: sản xuất ban đầu nhỏ lẻ; sản xuất, kinh doanh không có địa điểm cố định; sơ chế nhỏ lẻ; kinh doanh thực phẩm bao gói sẵn; sản xuất, kinh doanh dụng cụ, bao bì chứa đựng thực phẩm; nhà hàng trong khách sạn; bếp ăn tập thể không có đăng ký ngành nghề kinh doanh thực phẩm; kinh doanh thức ăn đường phố; cơ sở đã có chứng nhận hệ thống quản lý an toàn thực phẩm như GMP, HACCP, ISO 22000 còn hiệu lực. Trước khi hết hạn 06 tháng, cơ sở nộp hồ sơ đề nghị cấp lại.',
    legalBasis: [
      { number: '55/2010/QH12', summary: 'Luật An toàn thực phẩm', date: '17/06/2010', issuer: 'Quốc hội' },
      { number: '15/2018/NĐ-CP', summary: 'Quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm', date: '02/02/2018', issuer: 'Chính phủ' },
      {
        number: '155/2018/NĐ-CP',
        summary: 'Sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế',
        date: '12/11/2018',
        issuer: 'Chính phủ',
      },
    ],
    keywords: [
      'giấy chứng nhận ATTP',
      'ATTP',
      'VSATTP',
      'giấy phép vệ sinh an toàn thực phẩm',
      'giấy chứng nhận đủ điều kiện an toàn thực phẩm',
      'mở nhà hàng',
      'mở quán ăn',
      'bếp ăn tập thể',
    ],
    lifeEvents: ['business'],
    uncertain: `${U_CODE} Thành phố Hồ Chí Minh có Ban Quản lý An toàn thực phẩm cấp giấy cho cả ba ngành (y tế, nông nghiệp, công thương); chưa xác minh được phân công sau khi hợp nhất với Bình Dương, Bà Rịa – Vũng Tàu và việc UBND phường, xã có được giao cấp giấy cho cơ sở nhỏ hay không. Mức phí thẩm định (theo Thông tư 67/2021/TT-BTC, ví dụ cơ sở dịch vụ ăn uống phục vụ dưới 200 suất ăn 700.000 đồng/lần, từ 200 suất trở lên 1.000.000 đồng/lần) chưa đối chiếu văn bản hiện hành. Thành phần hồ sơ khác nhau theo ngành quản lý; thời hạn 20 ngày làm việc và hiệu lực 03 năm theo quy định trước đây, có thể đã thay đổi khi quy định mới về an toàn thực phẩm được ban hành.`,
  },

  // 16
  {
    code: '2.002041',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-thay-doi-noi-dung-dang-ky-doanh-nghiep',
    titleVi: 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp',
    titleEn: 'Changing enterprise registration details',
    summaryVi:
      'Doanh nghiệp đăng ký khi thay đổi tên, địa chỉ trụ sở, người đại diện theo pháp luật, vốn điều lệ, thành viên, chủ sở hữu (được cấp Giấy chứng nhận mới), hoặc thông báo khi thay đổi ngành nghề và các thông tin khác. Phải đăng ký trong 10 ngày kể từ ngày có thay đổi.',
    summaryEn:
      'A company registers changes to its name, head office, legal representative, charter capital, members or owner (a new certificate is issued), or notifies changes such as lines of business. It must be filed within 10 days of the change.',
    field: 'dang-ky-kinh-doanh',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DKKD,
    applicants: 'Doanh nghiệp (người đại diện theo pháp luật) hoặc người được ủy quyền',
    implementingAgency: `${ENT_AGENCY} (nơi doanh nghiệp đặt trụ sở chính)`,
    submissionPlace: ENT_SUBMIT,
    steps: [
      'Hội đồng thành viên, Đại hội đồng cổ đông hoặc chủ sở hữu ra nghị quyết, quyết định về nội dung thay đổi.',
      'Chuẩn bị giấy đề nghị / thông báo thay đổi nội dung đăng ký doanh nghiệp và giấy tờ theo từng trường hợp.',
      'Nộp hồ sơ trong 10 ngày kể từ ngày có thay đổi (trực tuyến hoặc trực tiếp, bưu chính).',
      'Phòng Đăng ký kinh doanh xem xét; cấp Giấy chứng nhận đăng ký doanh nghiệp mới hoặc giấy xác nhận thay đổi.',
    ],
    methods: ENT_METHODS,
    documents: [
      {
        case: '',
        items: [
          { name: 'Giấy đề nghị hoặc thông báo thay đổi nội dung đăng ký doanh nghiệp', form: 'Mẫu theo quy định về đăng ký doanh nghiệp', originals: 1, copies: 0 },
          {
            name: 'Nghị quyết, quyết định và bản sao biên bản họp của Hội đồng thành viên / Đại hội đồng cổ đông, hoặc quyết định của chủ sở hữu về việc thay đổi',
            originals: 1,
            copies: 0,
          },
        ],
      },
      {
        case: 'Trường hợp thay đổi người đại diện theo pháp luật',
        items: [{ name: 'Bản sao giấy tờ pháp lý của cá nhân người đại diện mới', originals: 0, copies: 1 }],
      },
      {
        case: 'Trường hợp chuyển nhượng vốn, thay đổi thành viên hoặc chủ sở hữu',
        items: [
          { name: 'Hợp đồng chuyển nhượng hoặc giấy tờ chứng minh hoàn tất việc chuyển nhượng, tặng cho, thừa kế phần vốn góp', originals: 0, copies: 1 },
          { name: 'Bản sao giấy tờ pháp lý của thành viên mới, chủ sở hữu mới; điều lệ sửa đổi (nếu có)', originals: 0, copies: 1 },
        ],
      },
      {
        case: 'Trường hợp chuyển trụ sở sang địa bàn do cơ quan đăng ký khác quản lý',
        items: [{ name: 'Điều lệ sửa đổi (nếu có) và giấy tờ khác theo hướng dẫn của Phòng Đăng ký kinh doanh nơi đặt trụ sở mới', originals: 1, copies: 0 }],
      },
      ENT_PROXY,
    ],
    result: 'Giấy chứng nhận đăng ký doanh nghiệp mới (khi thay đổi nội dung ghi trên Giấy chứng nhận) hoặc giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp.',
    conditions:
      'Phải đăng ký, thông báo trong 10 ngày kể từ ngày có thay đổi. Nội dung thay đổi phải đáp ứng điều kiện như khi đăng ký (tên, ngành nghề, người đại diện).',
    legalBasis: [LDN, ND168],
    keywords: [
      'thay đổi giấy phép kinh doanh',
      'thay đổi đăng ký kinh doanh',
      'đổi tên công ty',
      'đổi địa chỉ công ty',
      'thay đổi người đại diện',
      'tăng vốn điều lệ',
      'bổ sung ngành nghề',
      'chuyển nhượng vốn góp',
    ],
    lifeEvents: ['business'],
    uncertain: `${U_CODE} ${U_ENT_FEE} Thành phần hồ sơ khác nhau theo từng loại thay đổi và loại hình doanh nghiệp; danh sách trên chỉ nêu các trường hợp thường gặp.`,
  },
];

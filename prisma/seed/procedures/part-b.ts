// Seed procedures, part B: residence, identity cards, passports, judicial records and road transport.
// Written from published procedure records and the laws they cite. What could not be confirmed is
// said in `uncertain` (shown on the page); codes not checked are marked codeVerified: false.
import type { ProcedureSeed } from './types';

const DVC = 'https://dichvucong.gov.vn';

// Legal references used by several procedures.
const luatCuTru = { number: '68/2020/QH14', summary: 'Luật Cư trú', date: '13/11/2020', issuer: 'Quốc hội' };
const ndCuTru = {
  number: '154/2024/NĐ-CP',
  summary: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
  date: '26/11/2024',
  issuer: 'Chính phủ',
};
const ttPhiCuTru = {
  number: '75/2022/TT-BTC',
  summary: 'Quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú',
  date: '22/12/2022',
  issuer: 'Bộ Tài chính',
};
const luatCanCuoc = { number: '26/2023/QH15', summary: 'Luật Căn cước', date: '27/11/2023', issuer: 'Quốc hội' };
const ndCanCuoc = {
  number: '70/2024/NĐ-CP',
  summary: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước',
  date: '25/6/2024',
  issuer: 'Chính phủ',
};
const ttGiamPhi = {
  number: '64/2025/TT-BTC',
  summary: 'Giảm 50% mức thu một số khoản phí, lệ phí từ 01/7/2025 đến hết 31/12/2026',
  date: '30/6/2025',
  issuer: 'Bộ Tài chính',
};
const luatXNC = { number: '49/2019/QH14', summary: 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam', date: '22/11/2019', issuer: 'Quốc hội' };
const luatXNCSua = {
  number: '23/2023/QH15',
  summary: 'Sửa đổi, bổ sung Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
  date: '24/6/2023',
  issuer: 'Quốc hội',
};
const luatLLTP = { number: '28/2009/QH12', summary: 'Luật Lý lịch tư pháp', date: '17/6/2009', issuer: 'Quốc hội' };
const ndLLTP = {
  number: '111/2010/NĐ-CP',
  summary: 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp',
  date: '23/11/2010',
  issuer: 'Chính phủ',
};
const luatGT = { number: '36/2024/QH15', summary: 'Luật Trật tự, an toàn giao thông đường bộ', date: '27/6/2024', issuer: 'Quốc hội' };

// Texts shared by several procedures.
const tbd = 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ';
const tbdOnline = 'Theo quy định hiện hành, hiển thị khi thanh toán trực tuyến';
const truc = 'hoặc trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an, ứng dụng VNeID.';
const ct01 = { name: 'Tờ khai thay đổi thông tin cư trú', form: 'CT01', originals: 1, copies: 0 };
const kiemTra = 'Cán bộ kiểm tra hồ sơ: đủ thì cấp phiếu hẹn, thiếu thì hướng dẫn bổ sung, không đủ điều kiện thì từ chối bằng văn bản.';
const cuTruNote =
  'Có thông tin Bộ Công an đã ban hành thông tư mới hướng dẫn Luật Cư trú áp dụng từ 01/7/2026 (chưa kiểm chứng); tên biểu mẫu (CT01...) và giấy tờ có thể đã thay đổi, kiểm tra trên Cổng Dịch vụ công hoặc tại Công an phường, xã.';
const ccAgency = 'Công an cấp xã (Công an phường, xã, đặc khu) hoặc Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an Thành phố Hồ Chí Minh';
const ccCode = (code: string) =>
  `Mã ${code} là mã cấp xã công bố năm 2025; theo thông tin chưa kiểm chứng, Quyết định 5230/QĐ-BCA-C06 (8/2026) đã gộp cấp, cấp đổi, cấp lại thẻ căn cước thành một thủ tục và bãi bỏ các mã riêng.`;
const lltpAgency = 'Công an Thành phố Hồ Chí Minh (đơn vị phụ trách lý lịch tư pháp)';
const lltpMethods: ProcedureSeed['methods'] = [
  { channel: 'IN_PERSON', processingTime: 'Không quá 10 ngày; trường hợp cần xác minh (cư trú nhiều nơi, ở nước ngoài, người nước ngoài, xét xóa án tích) không quá 15 ngày', fee: tbd },
  { channel: 'ONLINE', processingTime: 'Không quá 10 ngày; trường hợp cần xác minh không quá 15 ngày', fee: tbdOnline },
  { channel: 'POST', processingTime: 'Không quá 10 ngày (15 ngày nếu cần xác minh), cộng thời gian chuyển phát', fee: 'Theo quy định hiện hành, cộng cước chuyển phát' },
];
const lltpFee =
  'Phí: nhiều năm là 200.000 đồng/lần/người (sinh viên, người có công... 100.000 đồng; từ Phiếu thứ 3 trở đi 5.000 đồng/Phiếu) theo Thông tư 244/2016/TT-BTC; có thông tin biểu phí mới (Thông tư 16/2025/TT-BTC) khi Công an thực hiện, mức thu chưa xác minh.';
const gplxAgency = 'Phòng Cảnh sát giao thông, Công an Thành phố Hồ Chí Minh';
const gplxCompetent = 'Cục Cảnh sát giao thông, Bộ Công an';
const gplxPlace =
  'Trực tuyến qua Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công Bộ Công an (đăng nhập VNeID); hoặc trực tiếp tại các điểm tiếp nhận hồ sơ giấy phép lái xe của Phòng Cảnh sát giao thông Công an Thành phố.';
const khamSK = {
  name: 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp',
  originals: 1,
  copies: 0,
  note: 'Với hạng phải khám sức khỏe; không nộp nếu đã có dữ liệu điện tử.',
};
const canCuocXuatTrinh = { name: 'Thẻ căn cước hoặc tài khoản định danh điện tử', originals: 1, copies: 0, note: 'Xuất trình.' };
const gplxRule =
  'Thông tư 12/2025/TT-BCA về sát hạch, cấp giấy phép lái xe được cho là đã được thay bằng thông tư mới từ 01/7/2026; theo nguồn chưa kiểm chứng, giấy phép quá hạn dưới 30 ngày không phải sát hạch, từ 30 ngày đến dưới 01 năm sát hạch lại lý thuyết, từ 01 năm trở lên sát hạch lại toàn bộ. Lệ phí trước đây 135.000 đồng/lần (Thông tư 37/2023/TT-BTC); mức hiện hành chưa xác minh.';

export const procedures: ProcedureSeed[] = [
  // 1
  {
    code: '1.004222',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-thuong-tru',
    titleVi: 'Đăng ký thường trú',
    titleEn: 'Permanent residence registration',
    summaryVi:
      'Đăng ký nơi thường trú (trước đây gọi là nhập hộ khẩu) vào chỗ ở hợp pháp của mình, của người thân hoặc nhà thuê, mượn, ở nhờ. Kết quả được cập nhật vào Cơ sở dữ liệu về cư trú; không còn cấp sổ hộ khẩu giấy.',
    summaryEn:
      'Register your permanent address (formerly the household book, "hộ khẩu") at a home you own, a relative\'s home or a rented or borrowed home. The result is recorded in the residence database; paper household books are no longer issued.',
    field: 'cu-tru',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam có chỗ ở hợp pháp tại Thành phố và đủ điều kiện theo Điều 20 Luật Cư trú.',
    implementingAgency: 'Công an cấp xã (Công an phường, xã, đặc khu) nơi có chỗ ở',
    submissionPlace: `Công an phường, xã, đặc khu nơi có chỗ ở; ${truc}`,
    steps: [
      'Chuẩn bị tờ khai và giấy tờ chứng minh chỗ ở hợp pháp (giấy tờ đã có trong cơ sở dữ liệu thì không phải nộp lại).',
      'Nộp hồ sơ tại Công an phường, xã hoặc trực tuyến bằng tài khoản định danh điện tử mức 2.',
      kiemTra,
      'Nộp lệ phí và nhận thông báo kết quả (trực tiếp, qua VNeID hoặc Cổng Dịch vụ công).',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '07 ngày làm việc', fee: '20.000 đồng/lần đăng ký' },
      { channel: 'ONLINE', processingTime: '07 ngày làm việc', fee: '10.000 đồng/lần đăng ký' },
    ],
    documents: [
      {
        case: 'Trường hợp chỗ ở thuộc sở hữu của mình',
        items: [ct01, { name: 'Giấy tờ chứng minh sở hữu chỗ ở hợp pháp', originals: 0, copies: 1, note: 'Không nộp nếu thông tin đã có trong cơ sở dữ liệu được kết nối.' }],
      },
      {
        case: 'Trường hợp về ở với người thân (vợ với chồng, con với cha mẹ, người cao tuổi với anh chị em ruột...)',
        items: [
          { ...ct01, name: 'Tờ khai thay đổi thông tin cư trú có ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở', note: 'Có thể xác nhận đồng ý qua VNeID.' },
          { name: 'Giấy tờ chứng minh quan hệ nhân thân', originals: 0, copies: 1, note: 'Không cần nếu quan hệ đã có trong Cơ sở dữ liệu quốc gia về dân cư.' },
        ],
      },
      {
        case: 'Trường hợp nhà thuê, mượn, ở nhờ',
        items: [
          { ...ct01, name: 'Tờ khai thay đổi thông tin cư trú có ý kiến đồng ý của chủ sở hữu chỗ ở' },
          { name: 'Hợp đồng hoặc văn bản cho thuê, cho mượn, cho ở nhờ đã công chứng hoặc chứng thực', originals: 0, copies: 1 },
          { name: 'Giấy tờ chứng minh đủ diện tích nhà ở tối thiểu theo quy định của Thành phố', originals: 0, copies: 1 },
        ],
      },
    ],
    result: 'Thông tin thường trú được cập nhật vào Cơ sở dữ liệu về cư trú và Cơ sở dữ liệu quốc gia về dân cư.',
    conditions:
      'Có chỗ ở hợp pháp. Nhà thuê, mượn, ở nhờ: được chủ sở hữu đồng ý và đủ diện tích tối thiểu do HĐND Thành phố quy định (không thấp hơn 08 m² sàn/người). Người chưa thành niên cần ý kiến đồng ý của cha, mẹ hoặc người giám hộ.',
    legalBasis: [luatCuTru, ndCuTru, ttPhiCuTru],
    keywords: ['hộ khẩu', 'nhập hộ khẩu', 'sổ hộ khẩu', 'chuyển hộ khẩu', 'thường trú', 'đăng ký thường trú online', 'nhập khẩu cho con'],
    lifeEvents: ['moving', 'house', 'marriage', 'baby'],
    uncertain: `Chưa xác minh được mức diện tích tối thiểu Thành phố áp dụng sau khi hợp nhất; hỏi Công an phường, xã. Một số đối tượng được miễn lệ phí theo Điều 4 Thông tư 75/2022/TT-BTC. ${cuTruNote}`,
  },

  // 2
  {
    code: '1.004194',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-tam-tru',
    titleVi: 'Đăng ký tạm trú',
    titleEn: 'Temporary residence registration',
    summaryVi:
      'Người đến sinh sống, làm việc, học tập tại chỗ ở hợp pháp ngoài xã nơi thường trú từ 30 ngày trở lên phải đăng ký tạm trú (trước đây gọi là KT3). Thời hạn tạm trú tối đa 02 năm, có thể gia hạn nhiều lần.',
    summaryEn:
      'Anyone who comes to live, work or study for 30 days or more at a home outside the commune of their permanent residence must register temporary residence (formerly "KT3"). It lasts up to two years and can be extended.',
    field: 'cu-tru',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam đến ở tại chỗ ở hợp pháp ngoài xã nơi thường trú; chủ cơ sở có thể đăng ký theo danh sách cho nhiều người.',
    implementingAgency: 'Công an cấp xã (Công an phường, xã, đặc khu) nơi đến ở',
    submissionPlace: `Công an phường, xã, đặc khu nơi có chỗ ở; ${truc}`,
    steps: [
      'Chuẩn bị tờ khai và giấy tờ chứng minh chỗ ở hợp pháp (hợp đồng thuê, văn bản cho ở nhờ...).',
      'Nộp trực tiếp hoặc trực tuyến; chủ nhà có thể xác nhận đồng ý qua VNeID.',
      kiemTra,
      'Nộp lệ phí và nhận thông báo đã cập nhật thông tin tạm trú.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '03 ngày làm việc', fee: '15.000 đồng/lần (theo danh sách: 10.000 đồng/người/lần)' },
      { channel: 'ONLINE', processingTime: '03 ngày làm việc', fee: '7.000 đồng/lần (theo danh sách: 5.000 đồng/người/lần)' },
    ],
    documents: [
      {
        case: 'Trường hợp cá nhân, hộ gia đình',
        items: [
          { ...ct01, note: 'Người chưa thành niên cần ý kiến đồng ý của cha, mẹ hoặc người giám hộ.' },
          { name: 'Giấy tờ chứng minh chỗ ở hợp pháp', originals: 0, copies: 1, note: 'Văn bản cho thuê, cho mượn, cho ở nhờ không bắt buộc công chứng, chứng thực.' },
        ],
      },
      {
        case: 'Trường hợp đăng ký theo danh sách (ký túc xá, nhà trọ công nhân...)',
        items: [
          { ...ct01, name: 'Tờ khai thay đổi thông tin cư trú của từng người' },
          { name: 'Văn bản đề nghị kèm danh sách người tạm trú (họ tên, ngày sinh, giới tính, số định danh, thời hạn)', originals: 1, copies: 0 },
        ],
      },
    ],
    result: 'Nơi tạm trú và thời hạn tạm trú được cập nhật vào Cơ sở dữ liệu về cư trú.',
    conditions:
      'Có chỗ ở hợp pháp; đăng ký khi đến ở từ 30 ngày trở lên. Không đăng ký tạm trú tại chỗ ở thuộc trường hợp bị cấm theo Điều 23 Luật Cư trú (lấn chiếm, đang tranh chấp, có quyết định phá dỡ...).',
    legalBasis: [luatCuTru, ndCuTru, ttPhiCuTru],
    keywords: ['KT3', 'tạm trú', 'đăng ký tạm trú online', 'khai báo tạm trú', 'tạm trú sinh viên', 'thuê trọ'],
    lifeEvents: ['moving', 'work', 'school', 'house'],
    uncertain: cuTruNote,
  },

  // 3
  {
    code: '1.002755',
    codeVerified: true,
    decisionNumber: '',
    slug: 'gia-han-tam-tru',
    titleVi: 'Gia hạn tạm trú',
    titleEn: 'Extension of temporary residence',
    summaryVi: 'Khi sắp hết thời hạn tạm trú mà vẫn tiếp tục ở tại chỗ ở đó, công dân làm thủ tục gia hạn trong 15 ngày trước ngày hết hạn.',
    summaryEn: 'If you keep living at the same address when your registered temporary residence is about to expire, apply to extend it within the 15 days before it ends.',
    field: 'cu-tru',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam đang tạm trú và tiếp tục ở tại chỗ ở đã đăng ký.',
    implementingAgency: 'Công an cấp xã (Công an phường, xã, đặc khu) nơi đang tạm trú',
    submissionPlace: `Công an phường, xã, đặc khu nơi đang tạm trú; ${truc}`,
    steps: [
      'Trong 15 ngày trước ngày hết hạn tạm trú, chuẩn bị tờ khai và giấy tờ chứng minh chỗ ở hợp pháp còn hiệu lực.',
      'Nộp hồ sơ trực tiếp hoặc trực tuyến.',
      kiemTra,
      'Nộp lệ phí và nhận thông báo đã cập nhật thời hạn tạm trú mới.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '03 ngày làm việc', fee: '15.000 đồng/lần (theo danh sách: 10.000 đồng/người/lần)' },
      { channel: 'ONLINE', processingTime: '03 ngày làm việc', fee: '7.000 đồng/lần (theo danh sách: 5.000 đồng/người/lần)' },
    ],
    documents: [
      {
        case: '',
        items: [
          ct01,
          { name: 'Giấy tờ chứng minh chỗ ở hợp pháp (ví dụ hợp đồng thuê đã gia hạn)', originals: 0, copies: 1, note: 'Không nộp nếu đã có bản điện tử hoặc dữ liệu. Gia hạn theo danh sách: kèm văn bản đề nghị và danh sách.' },
        ],
      },
    ],
    result: 'Thời hạn tạm trú mới được cập nhật vào Cơ sở dữ liệu về cư trú.',
    conditions: 'Làm thủ tục trong 15 ngày trước ngày hết thời hạn tạm trú; vẫn có chỗ ở hợp pháp tại nơi tạm trú.',
    legalBasis: [luatCuTru, ndCuTru, ttPhiCuTru],
    keywords: ['gia hạn KT3', 'gia hạn tạm trú', 'hết hạn tạm trú', 'tạm trú hết hạn', 'KT3'],
    lifeEvents: ['moving', 'work', 'school'],
    uncertain: `Lệ phí ghi theo hồ sơ thủ tục do Công an tỉnh công bố theo Thông tư 75/2022/TT-BTC. ${cuTruNote}`,
  },

  // 4
  {
    code: '1.003197',
    codeVerified: true,
    decisionNumber: '',
    slug: 'xoa-dang-ky-thuong-tru',
    titleVi: 'Xóa đăng ký thường trú',
    titleEn: 'Removal of permanent residence registration',
    summaryVi:
      'Xóa thông tin thường trú (trước đây gọi là cắt khẩu) khi người đó chết, ra nước ngoài định cư, vắng mặt lâu không rõ nơi ở, không còn chỗ ở hợp pháp hoặc các trường hợp khác theo Điều 24 Luật Cư trú.',
    summaryEn:
      'Remove a permanent residence record (formerly "cutting" a household registration) when the person has died, emigrated, been absent for a long time, no longer has a lawful home, or in other cases under Article 24 of the Law on Residence.',
    field: 'cu-tru',
    level: 'COMMUNE',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Người thuộc diện bị xóa đăng ký thường trú hoặc đại diện hộ gia đình.',
    implementingAgency: 'Công an cấp xã (Công an phường, xã, đặc khu) nơi đăng ký thường trú',
    submissionPlace: `Công an phường, xã, đặc khu nơi người đó thường trú; ${truc}`,
    steps: [
      'Trong 07 ngày kể từ khi phát sinh trường hợp phải xóa, người đó hoặc đại diện hộ gia đình chuẩn bị hồ sơ.',
      'Nộp hồ sơ trực tiếp hoặc trực tuyến.',
      kiemTra,
      'Nhận thông báo đã xóa đăng ký thường trú.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '05 ngày làm việc', fee: 'Miễn lệ phí' },
      { channel: 'ONLINE', processingTime: '05 ngày làm việc', fee: 'Miễn lệ phí' },
    ],
    documents: [
      {
        case: '',
        items: [
          ct01,
          { name: 'Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú (ví dụ trích lục khai tử)', originals: 0, copies: 1, note: 'Không nộp nếu thông tin đã có trong cơ sở dữ liệu.' },
        ],
      },
    ],
    result: 'Thông tin thường trú của người đó được xóa trong Cơ sở dữ liệu về cư trú.',
    conditions:
      'Thuộc một trường hợp tại Điều 24 Luật Cư trú. Quá 07 ngày kể từ khi được thông báo mà không nộp hồ sơ, cơ quan đăng ký cư trú lập biên bản và tự xóa đăng ký.',
    legalBasis: [luatCuTru, ndCuTru],
    keywords: ['cắt khẩu', 'xóa hộ khẩu', 'cắt hộ khẩu', 'xóa thường trú', 'xóa tên khỏi hộ khẩu', 'người mất xóa hộ khẩu'],
    lifeEvents: ['death', 'moving'],
    uncertain: `Khi đăng ký khai tử theo thủ tục liên thông, việc xóa thường trú có thể được thực hiện luôn mà không cần hồ sơ riêng. ${cuTruNote}`,
  },

  // 5
  {
    code: '1.003677',
    codeVerified: true,
    decisionNumber: '',
    slug: 'khai-bao-tam-vang',
    titleVi: 'Khai báo tạm vắng',
    titleEn: 'Declaration of temporary absence',
    summaryVi:
      'Khai báo với Công an khi đi khỏi nơi cư trú trong các trường hợp luật yêu cầu: người đang bị quản lý, giáo dục tại địa phương; người trong độ tuổi nghĩa vụ quân sự đi vắng dài ngày; người đi khỏi xã nơi thường trú từ 12 tháng liên tục mà chưa đăng ký tạm trú nơi khác.',
    summaryEn:
      'Tell the police when you leave your place of residence in the cases the law requires: people under local supervision, people of military-service age away for a long time, and people away from their permanent commune for 12 months or more without registering elsewhere.',
    field: 'cu-tru',
    level: 'COMMUNE',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Người thuộc các trường hợp tại khoản 1 Điều 31 Luật Cư trú; người chưa thành niên do cha, mẹ hoặc người giám hộ khai báo thay.',
    implementingAgency: 'Công an cấp xã (Công an phường, xã, đặc khu) nơi đang cư trú',
    submissionPlace:
      'Công an phường, xã, đặc khu nơi cư trú. Bị can, bị cáo tại ngoại, người chấp hành án, người bị quản lý phải khai báo trực tiếp; trường hợp khác có thể khai qua VNeID, Cổng Dịch vụ công, điện thoại hoặc thư điện tử do Công an niêm yết.',
    steps: [
      'Chuẩn bị thông tin: họ tên, số định danh cá nhân, lý do, thời gian tạm vắng, địa chỉ nơi đến (kèm văn bản đồng ý của cơ quan quản lý nếu thuộc diện bị quản lý).',
      'Khai báo trực tiếp hoặc trực tuyến.',
      'Cán bộ kiểm tra và cập nhật thông tin tạm vắng.',
      'Nhận Phiếu khai báo tạm vắng.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '01 ngày; phức tạp không quá 02 ngày làm việc', fee: 'Miễn lệ phí' },
      {
        channel: 'ONLINE',
        processingTime: '01 ngày; phức tạp không quá 02 ngày làm việc',
        fee: 'Miễn lệ phí',
        note: 'Không áp dụng cho người đang bị quản lý, giáo dục hoặc tại ngoại.',
      },
    ],
    documents: [
      {
        case: 'Trường hợp bị can, bị cáo tại ngoại, người chấp hành án, người bị quản lý, giáo dục tại địa phương',
        items: [
          { name: 'Đề nghị khai báo tạm vắng', originals: 1, copies: 0 },
          { name: 'Văn bản đồng ý của cơ quan giám sát, quản lý, giáo dục người đó', originals: 1, copies: 0 },
        ],
      },
      {
        case: 'Trường hợp người trong độ tuổi nghĩa vụ quân sự hoặc đi khỏi nơi thường trú từ 12 tháng',
        items: [{ name: 'Nội dung khai báo (họ tên, số định danh, lý do, thời gian, nơi đến)', originals: 0, copies: 0, note: 'Không phải nộp giấy tờ.' }],
      },
    ],
    result: 'Thông tin tạm vắng được cập nhật vào Cơ sở dữ liệu về cư trú; người khai báo nhận Phiếu khai báo tạm vắng.',
    conditions:
      'Người thuộc diện bị quản lý phải được cơ quan quản lý đồng ý trước khi đi. Người trong độ tuổi nghĩa vụ quân sự, dự bị động viên đi khỏi nơi cư trú từ 03 tháng liên tục phải khai báo, trừ khi đã đăng ký tạm trú nơi mới hoặc đã xuất cảnh.',
    legalBasis: [luatCuTru, ndCuTru],
    keywords: ['tạm vắng', 'khai báo tạm vắng', 'giấy tạm vắng', 'đi làm xa', 'nghĩa vụ quân sự tạm vắng'],
    lifeEvents: ['moving', 'work'],
    uncertain: `Điều 31 Luật Cư trú gốc dùng phạm vi "huyện" cho người trong độ tuổi nghĩa vụ quân sự; từ khi bỏ cấp huyện (01/7/2025) phạm vi có thể đã được sửa, hỏi Công an phường, xã. ${cuTruNote}`,
  },

  // 6
  {
    code: '2.001159',
    codeVerified: true,
    decisionNumber: '',
    slug: 'thong-bao-luu-tru',
    titleVi: 'Thông báo lưu trú',
    titleEn: 'Notification of a stay',
    summaryVi:
      'Khi có công dân Việt Nam đến ở qua đêm dưới 30 ngày (khách, người thân, người thuê phòng), chủ hộ hoặc cơ sở lưu trú phải thông báo với Công an trước 23 giờ. Người nước ngoài áp dụng thủ tục khai báo tạm trú riêng.',
    summaryEn:
      'When a Vietnamese citizen stays overnight for less than 30 days (a guest, relative or room tenant), the household or lodging must notify the police before 11 pm. Foreigners are declared under a separate procedure.',
    field: 'cu-tru',
    level: 'COMMUNE',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Chủ hộ, thành viên hộ gia đình; đại diện khách sạn, nhà nghỉ, homestay, nhà trọ, cơ sở lưu trú ở khu công nghiệp, cơ sở khám bệnh, chữa bệnh.',
    implementingAgency: 'Công an cấp xã (Công an phường, xã, đặc khu) nơi có người đến lưu trú',
    submissionPlace:
      'Trực tiếp tại Công an phường, xã hoặc điểm tiếp nhận do Công an quy định; qua điện thoại, thư điện tử Công an niêm yết; qua VNeID, Cổng Dịch vụ công hoặc phần mềm quản lý lưu trú.',
    steps: [
      'Đề nghị người đến lưu trú xuất trình giấy tờ có số định danh cá nhân.',
      'Báo họ tên, số định danh, thời gian lưu trú cho Công an qua một kênh đã niêm yết.',
      'Công an tiếp nhận ngay và cập nhật vào Cơ sở dữ liệu về cư trú.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Tiếp nhận ngay', fee: 'Miễn lệ phí' },
      { channel: 'ONLINE', processingTime: 'Tiếp nhận ngay', fee: 'Miễn lệ phí', note: 'Cũng có thể báo qua điện thoại, thư điện tử do Công an niêm yết.' },
    ],
    documents: [
      {
        case: '',
        items: [{ name: 'Thông tin người lưu trú (họ tên, số định danh, thời gian lưu trú)', originals: 0, copies: 0, note: 'Không phải nộp giấy tờ; cơ sở khám, chữa bệnh lập danh sách người điều trị nội trú.' }],
      },
    ],
    result: 'Thông tin lưu trú được cập nhật vào Cơ sở dữ liệu về cư trú.',
    conditions:
      'Thông báo trước 23 giờ của ngày bắt đầu lưu trú; người đến sau 23 giờ thì trước 08 giờ sáng hôm sau. Ông, bà, cha, mẹ, vợ, chồng, con, cháu, anh, chị, em ruột đến lưu trú nhiều lần chỉ cần thông báo một lần.',
    legalBasis: [luatCuTru, ndCuTru],
    keywords: ['lưu trú', 'khai báo lưu trú', 'báo khách ở qua đêm', 'khai báo khách', 'nhà nghỉ khai báo', 'homestay', 'thông báo lưu trú VNeID'],
    lifeEvents: ['house', 'business'],
    uncertain:
      'Có thông tin từ năm 2026 Bộ Công an dùng một hệ thống điện tử thống nhất cho thông báo lưu trú và khai báo tạm trú người nước ngoài; ứng dụng, địa chỉ khai báo có thể thay đổi, xem hướng dẫn của Công an phường, xã.',
  },

  // 7
  {
    code: '1.014061',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-the-can-cuoc',
    titleVi: 'Cấp thẻ căn cước',
    titleEn: 'Issue of an identity card',
    summaryVi:
      'Cấp thẻ căn cước lần đầu cho công dân Việt Nam từ đủ 14 tuổi chưa có thẻ. Thu nhận ảnh khuôn mặt, vân tay, mống mắt; làm tại bất kỳ Công an phường, xã nào, không phụ thuộc nơi cư trú.',
    summaryEn:
      'First identity card for Vietnamese citizens aged 14 or older who do not yet have one. Face, fingerprints and iris are captured; apply at any ward or commune police office, wherever you live.',
    field: 'can-cuoc',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam từ đủ 14 tuổi chưa được cấp thẻ căn cước công dân hoặc thẻ căn cước.',
    implementingAgency: ccAgency,
    submissionPlace:
      'Công an phường, xã, đặc khu bất kỳ hoặc điểm cấp căn cước của Công an Thành phố; có thể đặt lịch trên Cổng Dịch vụ công quốc gia hoặc VNeID. Người già yếu, khuyết tật, bệnh nặng có thể đề nghị làm lưu động.',
    steps: [
      'Đặt lịch (không bắt buộc) trên Cổng Dịch vụ công hoặc VNeID, rồi đến nơi làm thủ tục.',
      'Cán bộ tra cứu Cơ sở dữ liệu quốc gia về dân cư; thông tin chưa có hoặc chưa đúng thì điều chỉnh trước.',
      'Thu nhận ảnh khuôn mặt, vân tay, mống mắt; công dân kiểm tra, ký xác nhận và nhận giấy hẹn.',
      'Nhận thẻ tại nơi làm thủ tục hoặc qua bưu chính; căn cước điện tử được kích hoạt trên VNeID.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Không quá 07 ngày làm việc', fee: 'Miễn lệ phí (cấp lần đầu)' },
      { channel: 'ONLINE', processingTime: 'Không quá 07 ngày làm việc', fee: 'Miễn lệ phí (cấp lần đầu)', note: 'Chỉ đặt lịch, kê khai trước; vẫn phải đến thu nhận sinh trắc học.' },
    ],
    documents: [
      {
        case: 'Trường hợp thông tin dân cư đã đầy đủ, chính xác',
        items: [{ name: 'Không phải nộp giấy tờ; cung cấp họ tên, số định danh cá nhân, nơi cư trú để đối chiếu', originals: 0, copies: 0 }],
      },
      {
        case: 'Trường hợp thông tin chưa có hoặc cần điều chỉnh',
        items: [
          { name: 'Phiếu thu thập hoặc điều chỉnh thông tin dân cư', form: 'DC01 / DC02', originals: 1, copies: 0 },
          { name: 'Giấy tờ chứng minh thông tin (giấy khai sinh, trích lục hộ tịch...)', originals: 1, copies: 0, note: 'Xuất trình để đối chiếu.' },
        ],
      },
    ],
    result: 'Thẻ căn cước gắn chip và căn cước điện tử trên VNeID.',
    conditions: 'Công dân phải trực tiếp đến để thu nhận thông tin sinh trắc học.',
    legalBasis: [luatCanCuoc, ndCanCuoc],
    keywords: ['CCCD', 'căn cước công dân', 'làm căn cước', 'thẻ căn cước', 'CMND', 'chứng minh nhân dân', 'căn cước gắn chip', 'làm CCCD lần đầu'],
    lifeEvents: ['school'],
    uncertain: `${ccCode('1.014061')} Người dưới 14 tuổi làm theo thủ tục riêng. Người chỉ có chứng minh nhân dân (hết giá trị từ 01/01/2025) nên hỏi nơi làm thủ tục để biết áp dụng cấp mới hay cấp đổi và lệ phí.`,
  },

  // 8
  {
    code: '1.014063',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-doi-the-can-cuoc',
    titleVi: 'Cấp đổi thẻ căn cước',
    titleEn: 'Renewal or replacement of an identity card',
    summaryVi:
      'Đổi thẻ căn cước hoặc thẻ căn cước công dân khi đến tuổi phải đổi (25, 40, 60), khi thẻ hư hỏng, sai sót hoặc thay đổi thông tin, xác định lại giới tính, hoặc khi công dân có nhu cầu. Thẻ cũ vẫn dùng được đến hết hạn dù địa giới hành chính đã thay đổi.',
    summaryEn:
      'Exchange your identity card (or older citizen ID card) at a renewal age (25, 40, 60), when it is damaged, wrong or its details have changed, or when you wish. Cards stay valid until expiry even though administrative units have changed.',
    field: 'can-cuoc',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam đã có thẻ căn cước công dân hoặc thẻ căn cước, thuộc trường hợp cấp đổi theo Điều 24 Luật Căn cước.',
    implementingAgency: ccAgency,
    submissionPlace:
      'Công an phường, xã, đặc khu bất kỳ hoặc điểm cấp căn cước của Công an Thành phố, không phụ thuộc nơi cư trú; có thể đặt lịch trên Cổng Dịch vụ công quốc gia hoặc VNeID.',
    steps: [
      'Đặt lịch (không bắt buộc), đến nơi làm thủ tục và mang theo thẻ đang dùng.',
      'Nếu thông tin thay đổi, điều chỉnh dữ liệu dân cư trước.',
      'Thu nhận, cập nhật ảnh khuôn mặt, vân tay, mống mắt; ký xác nhận thông tin.',
      'Nộp lại thẻ cũ, nộp lệ phí (nếu có), nhận giấy hẹn.',
      'Nhận thẻ mới tại nơi làm thủ tục hoặc qua bưu chính.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: 'Không quá 07 ngày làm việc',
        fee: '50.000 đồng/thẻ; từ 01/7/2025 đến hết 31/12/2026 thu 25.000 đồng/thẻ. Không thu khi đổi do đến tuổi phải đổi, do lỗi của cơ quan cấp thẻ hoặc do sắp xếp đơn vị hành chính',
      },
      { channel: 'ONLINE', processingTime: 'Không quá 07 ngày làm việc', fee: 'Như nộp trực tiếp', note: 'Chỉ đăng ký, kê khai trước; vẫn phải đến thu nhận sinh trắc học.' },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Thẻ căn cước hoặc thẻ căn cước công dân đang dùng', originals: 1, copies: 0, note: 'Nộp lại khi nhận thẻ mới.' },
          { name: 'Phiếu điều chỉnh thông tin dân cư kèm giấy tờ chứng minh', form: 'DC02', originals: 1, copies: 0, note: 'Chỉ khi thông tin thay đổi.' },
        ],
      },
    ],
    result: 'Thẻ căn cước mới; căn cước điện tử trên VNeID được cập nhật.',
    conditions: 'Thông tin trong Cơ sở dữ liệu quốc gia về dân cư phải đúng trước khi đổi thẻ; công dân trực tiếp đến thu nhận sinh trắc học.',
    legalBasis: [luatCanCuoc, ndCanCuoc, ttGiamPhi],
    keywords: ['đổi CCCD', 'đổi căn cước', 'CCCD hết hạn', 'đổi căn cước 25 tuổi', 'căn cước công dân', 'CCCD sai thông tin', 'đổi căn cước sau sáp nhập'],
    lifeEvents: ['moving', 'marriage'],
    uncertain: `${ccCode('1.014063')} Có thông tin từ 15/8/2026 đến 28/02/2027 được miễn lệ phí khi nộp trực tuyến với tài khoản định danh mức 2 (chưa xác minh); sau 31/12/2026 mức giảm 50% có thể hết hiệu lực. Các trường hợp không thu lệ phí cần kiểm tra lại khi nộp.`,
  },

  // 9
  {
    code: '1.014064',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-lai-the-can-cuoc',
    titleVi: 'Cấp lại thẻ căn cước',
    titleEn: 'Replacement of a lost identity card',
    summaryVi:
      'Cấp lại thẻ căn cước khi bị mất thẻ hoặc khi được trở lại quốc tịch Việt Nam. Mất thẻ có thể nộp trực tuyến toàn trình, dùng ảnh và sinh trắc học đã thu nhận trước đó.',
    summaryEn:
      'Replace your identity card if it is lost, or when you regain Vietnamese nationality. For a lost card you can apply entirely online; the photo and biometrics on file are reused.',
    field: 'can-cuoc',
    level: 'COMMUNE',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam bị mất thẻ căn cước công dân hoặc thẻ căn cước, hoặc được trở lại quốc tịch Việt Nam.',
    implementingAgency: ccAgency,
    submissionPlace: 'Trực tuyến qua Cổng Dịch vụ công quốc gia hoặc VNeID; hoặc trực tiếp tại Công an phường, xã, đặc khu bất kỳ, điểm cấp căn cước của Công an Thành phố.',
    steps: [
      'Nộp đề nghị trên VNeID hoặc Cổng Dịch vụ công (tài khoản định danh mức 2), hoặc đến Công an phường, xã.',
      'Cơ quan căn cước đối chiếu dữ liệu; nếu cần thu nhận lại sinh trắc học thì hẹn công dân đến.',
      'Nộp lệ phí trực tuyến hoặc tại nơi nộp.',
      'Nhận thẻ qua bưu chính hoặc tại nơi đã chọn.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Không quá 07 ngày làm việc', fee: '70.000 đồng/thẻ; từ 01/7/2025 đến hết 31/12/2026 thu 35.000 đồng/thẻ' },
      { channel: 'ONLINE', processingTime: 'Không quá 07 ngày làm việc', fee: '70.000 đồng/thẻ; từ 01/7/2025 đến hết 31/12/2026 thu 35.000 đồng/thẻ' },
    ],
    documents: [
      { case: 'Trường hợp mất thẻ', items: [{ name: 'Đề nghị cấp lại thẻ căn cước (biểu mẫu điện tử hoặc tại nơi tiếp nhận)', form: 'CC01', originals: 1, copies: 0 }] },
      {
        case: 'Trường hợp được trở lại quốc tịch Việt Nam',
        items: [
          { name: 'Đề nghị cấp lại thẻ căn cước', form: 'CC01', originals: 1, copies: 0 },
          { name: 'Quyết định cho trở lại quốc tịch Việt Nam', originals: 0, copies: 1 },
        ],
      },
    ],
    result: 'Thẻ căn cước được cấp lại.',
    conditions: 'Nộp toàn trình trực tuyến khi đã có sinh trắc học trong Cơ sở dữ liệu căn cước; nếu chưa có phải đến trực tiếp.',
    legalBasis: [luatCanCuoc, ndCanCuoc, ttGiamPhi],
    keywords: ['mất CCCD', 'mất căn cước', 'làm lại căn cước', 'cấp lại CCCD', 'căn cước bị mất', 'mất chứng minh nhân dân'],
    lifeEvents: [],
    uncertain: `${ccCode('1.014064')} Có thông tin về miễn lệ phí khi nộp trực tuyến từ 15/8/2026 đến 28/02/2027 (chưa xác minh). Mẫu CC01 theo Thông tư 17/2024/TT-BCA có thể đã được sửa đổi.`,
  },

  // 10
  {
    code: '1.001456',
    codeVerified: true,
    decisionNumber: '',
    slug: 'cap-ho-chieu-pho-thong-o-trong-nuoc',
    titleVi: 'Cấp hộ chiếu phổ thông ở trong nước',
    titleEn: 'Issue of an ordinary passport in Vietnam',
    summaryVi:
      'Cấp hộ chiếu phổ thông (passport) lần đầu, hoặc cấp mới khi hộ chiếu cũ hết hạn, mất, hư hỏng, cho công dân Việt Nam ở trong nước. Hộ chiếu có thời hạn 10 năm (từ đủ 14 tuổi) hoặc 05 năm (dưới 14 tuổi), không được gia hạn.',
    summaryEn:
      'Ordinary passport for Vietnamese citizens in Vietnam: first issue, or a new one when the old one has expired, been lost or damaged. Valid 10 years from age 14 and 5 years under 14; it cannot be extended.',
    field: 'xuat-nhap-canh',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam đang ở trong nước; người dưới 14 tuổi do cha, mẹ hoặc người giám hộ đề nghị thay.',
    implementingAgency: 'Phòng Quản lý xuất nhập cảnh, Công an Thành phố Hồ Chí Minh',
    submissionPlace:
      'Trụ sở, điểm tiếp nhận của Phòng Quản lý xuất nhập cảnh Công an Thành phố (có thể nộp tại Công an cấp tỉnh nơi thuận lợi, không phụ thuộc nơi cư trú); hoặc trực tuyến trên Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an.',
    steps: [
      'Kê khai tờ khai trực tuyến hoặc trên giấy; chuẩn bị ảnh chân dung theo quy định.',
      'Nộp trực tuyến (tài khoản định danh mức 2, tải ảnh lên) hoặc trực tiếp tại Phòng Quản lý xuất nhập cảnh.',
      'Cán bộ đối chiếu với Cơ sở dữ liệu quốc gia về dân cư; hồ sơ hợp lệ thì cấp giấy hẹn.',
      'Nộp lệ phí trực tuyến hoặc tại nơi nộp.',
      'Nhận hộ chiếu tại nơi nộp hoặc qua bưu chính.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '08 ngày làm việc', fee: tbd },
      {
        channel: 'ONLINE',
        processingTime: '08 ngày làm việc',
        fee: tbdOnline,
        note: 'Toàn trình với người từ đủ 14 tuổi cấp lần đầu hoặc khi hộ chiếu cũ hết giá trị; người dưới 14 tuổi nộp trực tuyến một phần.',
      },
    ],
    documents: [
      {
        case: 'Trường hợp người từ đủ 14 tuổi',
        items: [
          { name: 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước', form: 'TK01', originals: 1, copies: 0 },
          { name: 'Ảnh chân dung 4x6 cm, nền trắng', originals: 2, copies: 0, note: 'Nộp trực tuyến thì tải ảnh lên.' },
          { name: 'Thẻ căn cước', originals: 1, copies: 0, note: 'Xuất trình.' },
          { name: 'Hộ chiếu cũ (nếu có)', originals: 1, copies: 0 },
        ],
      },
      {
        case: 'Trường hợp người dưới 14 tuổi',
        items: [
          { name: 'Tờ khai dành cho người chưa đủ 14 tuổi, do cha, mẹ hoặc người giám hộ khai và ký', form: 'TK01a', originals: 1, copies: 0 },
          { name: 'Ảnh chân dung 4x6 cm của trẻ', originals: 2, copies: 0 },
          { name: 'Giấy khai sinh hoặc trích lục khai sinh', originals: 0, copies: 1, note: 'Không cần nếu đã có trong Cơ sở dữ liệu quốc gia về dân cư.' },
          { name: 'Giấy tờ chứng minh người giám hộ (nếu có)', originals: 0, copies: 1 },
        ],
      },
    ],
    result: 'Hộ chiếu phổ thông (gắn chip điện tử hoặc không gắn chip, theo lựa chọn).',
    conditions: 'Không thuộc trường hợp chưa được cấp giấy tờ xuất nhập cảnh theo Điều 21 Luật Xuất cảnh, nhập cảnh của công dân Việt Nam. Hộ chiếu bị mất phải trình báo mất trước.',
    legalBasis: [luatXNC, luatXNCSua],
    keywords: ['passport', 'hộ chiếu', 'làm hộ chiếu', 'làm passport online', 'hộ chiếu gắn chip', 'hộ chiếu hết hạn', 'hộ chiếu cho trẻ em', 'xuất nhập cảnh'],
    lifeEvents: ['work', 'school'],
    uncertain:
      'Lệ phí trước đây 200.000 đồng/lần cấp mới, 400.000 đồng khi cấp lại do hư hỏng, mất (Thông tư 25/2021/TT-BTC); có thông tin Thông tư 28/2026/TT-BTC đã thay thế từ 01/4/2026, mức thu hiện hành chưa xác minh. Mẫu tờ khai, yêu cầu ảnh và địa chỉ điểm tiếp nhận xem trên trang Công an Thành phố.',
  },

  // 11
  {
    code: '3.000333',
    codeVerified: true,
    decisionNumber: '',
    slug: 'cap-phieu-ly-lich-tu-phap-so-1',
    titleVi: 'Cấp Phiếu lý lịch tư pháp số 1',
    titleEn: 'Criminal record certificate No. 1',
    summaryVi:
      'Phiếu lý lịch tư pháp số 1 xác nhận có hay không có án tích chưa được xóa, thường dùng khi xin việc, thành lập doanh nghiệp, thi tuyển công chức, viên chức. Có thể ủy quyền người khác làm thay; nhận bản điện tử trên VNeID.',
    summaryEn:
      'Criminal record certificate No. 1 states whether a person has convictions not yet expunged; it is used for jobs, starting a business and civil-service applications. Someone may apply on your behalf; an electronic copy can be received on VNeID.',
    field: 'ly-lich-tu-phap',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam, người nước ngoài đã hoặc đang cư trú tại Việt Nam; cơ quan, tổ chức có yêu cầu theo Luật Lý lịch tư pháp.',
    implementingAgency: lltpAgency,
    submissionPlace: 'Trực tuyến qua VNeID hoặc Cổng Dịch vụ công quốc gia; trực tiếp tại nơi tiếp nhận hồ sơ lý lịch tư pháp của Công an Thành phố; hoặc qua bưu chính.',
    steps: [
      'Kê khai tờ khai yêu cầu cấp Phiếu, gồm quá trình cư trú và nghề nghiệp từ khi đủ 14 tuổi.',
      'Nộp trực tuyến, trực tiếp hoặc qua bưu chính.',
      'Nộp phí, chọn cách nhận kết quả (bản điện tử trên VNeID, bản giấy tại nơi nộp hoặc qua bưu chính).',
      'Cơ quan tra cứu, xác minh thông tin án tích.',
      'Nhận Phiếu lý lịch tư pháp số 1.',
    ],
    methods: lltpMethods,
    documents: [
      {
        case: 'Trường hợp tự yêu cầu',
        items: [
          { name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', originals: 1, copies: 0 },
          { name: 'Thẻ căn cước hoặc hộ chiếu', originals: 0, copies: 1, note: 'Nộp qua VNeID thì không phải đính kèm.' },
        ],
      },
      {
        case: 'Trường hợp ủy quyền người khác làm thay',
        items: [
          { name: 'Tờ khai yêu cầu cấp Phiếu (mẫu dành cho trường hợp ủy quyền)', originals: 1, copies: 0 },
          { name: 'Văn bản ủy quyền có công chứng hoặc chứng thực', originals: 1, copies: 0, note: 'Cha, mẹ, vợ, chồng, con làm thay thì không cần ủy quyền, chỉ cần giấy tờ chứng minh quan hệ.' },
          { name: 'Giấy tờ tùy thân của người được cấp Phiếu và người được ủy quyền', originals: 0, copies: 1 },
        ],
      },
    ],
    result: 'Phiếu lý lịch tư pháp số 1 (bản giấy và/hoặc bản điện tử trên VNeID).',
    conditions: 'Phiếu số 1 chỉ ghi án tích chưa được xóa. Thông tin cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp chỉ ghi khi người yêu cầu đề nghị.',
    legalBasis: [luatLLTP, ndLLTP],
    keywords: ['lý lịch tư pháp', 'LLTP', 'phiếu lý lịch tư pháp số 1', 'lý lịch tư pháp online', 'lý lịch tư pháp VNeID', 'xin việc', 'xác nhận không tiền án'],
    lifeEvents: ['work', 'business'],
    uncertain: `Việc cấp Phiếu đã chuyển từ Sở Tư pháp sang Công an cấp tỉnh; số hiệu văn bản chuyển giao, tên đơn vị tiếp nhận và địa chỉ tại Thành phố chưa xác minh, xem trang Công an Thành phố. ${lltpFee}`,
  },

  // 12
  {
    code: '2.000488',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-phieu-ly-lich-tu-phap-so-2',
    titleVi: 'Cấp Phiếu lý lịch tư pháp số 2',
    titleEn: 'Criminal record certificate No. 2',
    summaryVi:
      'Phiếu lý lịch tư pháp số 2 ghi đầy đủ án tích, kể cả án tích đã được xóa, và thông tin cấm đảm nhiệm chức vụ. Cá nhân chỉ được tự yêu cầu Phiếu của mình (thường dùng cho thị thực, định cư, lao động ở nước ngoài), không được ủy quyền.',
    summaryEn:
      'Criminal record certificate No. 2 lists all convictions, including expunged ones, and any bans from holding office. An individual may only request their own certificate in person or online (often for visas, emigration or work abroad), never by proxy.',
    field: 'ly-lich-tu-phap',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Cá nhân yêu cầu Phiếu của chính mình; cơ quan tiến hành tố tụng yêu cầu phục vụ điều tra, truy tố, xét xử.',
    implementingAgency: lltpAgency,
    submissionPlace: 'Người yêu cầu tự nộp qua VNeID hoặc Cổng Dịch vụ công quốc gia; trực tiếp tại nơi tiếp nhận hồ sơ lý lịch tư pháp của Công an Thành phố; hoặc qua bưu chính.',
    steps: [
      'Kê khai tờ khai, chọn Phiếu số 2, ghi quá trình cư trú và nghề nghiệp từ khi đủ 14 tuổi.',
      'Tự nộp trực tuyến, trực tiếp hoặc qua bưu chính (không ủy quyền).',
      'Nộp phí và chọn cách nhận kết quả.',
      'Cơ quan tra cứu, xác minh thông tin án tích.',
      'Nhận Phiếu (nhận trực tiếp thì người yêu cầu phải tự đến).',
    ],
    methods: lltpMethods,
    documents: [
      {
        case: '',
        items: [
          { name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (chọn Phiếu số 2)', originals: 1, copies: 0 },
          { name: 'Thẻ căn cước hoặc hộ chiếu', originals: 0, copies: 1, note: 'Nộp qua VNeID thì không phải đính kèm.' },
        ],
      },
    ],
    result: 'Phiếu lý lịch tư pháp số 2 (bản giấy và/hoặc bản điện tử trên VNeID).',
    conditions: 'Người yêu cầu phải tự làm thủ tục, không ủy quyền. Phiếu số 2 ghi cả án tích đã được xóa.',
    legalBasis: [luatLLTP, ndLLTP],
    keywords: ['lý lịch tư pháp số 2', 'LLTP số 2', 'lý lịch tư pháp đi nước ngoài', 'lý lịch tư pháp xin visa', 'phiếu số 2', 'lý lịch tư pháp định cư'],
    lifeEvents: ['work', 'marriage'],
    uncertain: `Phiếu số 1 và số 2 cho cá nhân thuộc cùng một thủ tục (mã 3.000333 khi Công an cấp tỉnh thực hiện); mã 2.000488 ở đây là mã cũ khi Sở Tư pháp thực hiện, dùng để phân biệt hai trang. ${lltpFee} Việc chọn Phiếu số 2 trên VNeID cần kiểm tra khi nộp.`,
  },

  // 13
  {
    code: '1.012575',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-xe-lan-dau-xe-mo-to-xe-gan-may',
    titleVi: 'Đăng ký xe lần đầu (xe mô tô, xe gắn máy)',
    titleEn: 'First registration of a motorcycle or moped',
    summaryVi:
      'Cấp chứng nhận đăng ký xe và biển số định danh cho xe mô tô, xe gắn máy, xe máy điện mới mua. Xe sản xuất, lắp ráp trong nước có thể đăng ký trực tuyến toàn trình, không phải đưa xe đến kiểm tra.',
    summaryEn:
      'Registration certificate and personal (identifier) number plate for a newly bought motorcycle, moped or electric scooter. Vehicles made or assembled in Vietnam can be registered fully online without bringing them in.',
    field: 'giao-thong',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Tổ chức, cá nhân là chủ xe mô tô, xe gắn máy (kể cả xe máy điện) chưa đăng ký.',
    implementingAgency: 'Công an cấp xã được giao đăng ký xe hoặc Phòng Cảnh sát giao thông, Công an Thành phố Hồ Chí Minh, theo phân cấp',
    submissionPlace:
      'Kê khai giấy khai đăng ký xe trên Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an hoặc VNeID; sau đó đưa xe đến điểm đăng ký xe của Công an phường, xã được giao hoặc Phòng Cảnh sát giao thông (trừ khi đăng ký toàn trình).',
    steps: [
      'Kê khai giấy khai đăng ký xe trực tuyến, nhận mã hồ sơ; nộp lệ phí trước bạ (thường đã liên thông điện tử).',
      'Đưa xe đến cơ quan đăng ký để kiểm tra số khung, số máy (không cần nếu đăng ký toàn trình).',
      'Nộp lệ phí; bấm chọn biển số ngẫu nhiên hoặc nhận lại biển số định danh đã có của chủ xe.',
      'Nhận chứng nhận đăng ký xe và biển số tại nơi đăng ký hoặc qua bưu chính.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: 'Cấp biển số ngay khi hồ sơ hợp lệ; chứng nhận đăng ký không quá 02 ngày làm việc',
        fee: 'Lệ phí cấp chứng nhận đăng ký kèm biển số xe mô tô tại TP.HCM: giá trị xe đến 15 triệu đồng: 1.000.000 đồng; trên 15 đến 40 triệu đồng: 2.000.000 đồng; trên 40 triệu đồng: 4.000.000 đồng',
      },
      {
        channel: 'ONLINE',
        processingTime: 'Không quá 02 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ',
        fee: 'Như nộp trực tiếp',
        note: 'Toàn trình chỉ với xe sản xuất, lắp ráp trong nước có dữ liệu điện tử về nguồn gốc, hóa đơn, lệ phí trước bạ; chủ xe có tài khoản định danh mức 2.',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Giấy khai đăng ký xe (kê khai điện tử, có mã hồ sơ)', originals: 1, copies: 0 },
          canCuocXuatTrinh,
          { name: 'Chứng từ nguồn gốc xe (phiếu kiểm tra chất lượng xuất xưởng, tờ khai hải quan với xe nhập khẩu)', originals: 1, copies: 0, note: 'Không nộp nếu đã có dữ liệu điện tử.' },
          { name: 'Hóa đơn bán hàng (chứng từ chuyển quyền sở hữu)', originals: 1, copies: 0, note: 'Không nộp nếu là hóa đơn điện tử.' },
          { name: 'Chứng từ nộp lệ phí trước bạ', originals: 1, copies: 0, note: 'Không nộp nếu đã có dữ liệu điện tử.' },
        ],
      },
    ],
    result: 'Chứng nhận đăng ký xe và biển số định danh gắn với chủ xe.',
    conditions: 'Xe có nguồn gốc hợp pháp và đã nộp lệ phí trước bạ. Chủ xe có biển số định danh đang được giữ lại (từ xe cũ) thì được cấp lại đúng biển số đó.',
    legalBasis: [
      luatGT,
      { number: '79/2024/TT-BCA', summary: 'Quy định về cấp, thu hồi chứng nhận đăng ký xe, biển số xe cơ giới, xe máy chuyên dùng', date: '15/11/2024', issuer: 'Bộ Công an' },
      {
        number: '60/2023/TT-BTC',
        summary: 'Quy định mức thu, chế độ thu, nộp, quản lý lệ phí cấp giấy chứng nhận đăng ký, biển số phương tiện giao thông cơ giới đường bộ',
        date: '07/9/2023',
        issuer: 'Bộ Tài chính',
      },
      { number: '10/2022/NĐ-CP', summary: 'Quy định về lệ phí trước bạ', date: '15/01/2022', issuer: 'Chính phủ' },
    ],
    keywords: ['đăng ký xe máy', 'biển số', 'bấm biển số', 'cà vẹt', 'giấy đăng ký xe', 'biển số định danh', 'đăng ký xe máy điện', 'đăng ký xe online'],
    lifeEvents: [],
    uncertain:
      'Mã 1.012575 là mã thủ tục đăng ký lần đầu trực tuyến toàn trình cho xe sản xuất, lắp ráp trong nước; thủ tục nộp trực tiếp có mã riêng chưa xác minh. Thông tư 79/2024/TT-BCA đã được sửa đổi (Thông tư 13/2025/TT-BCA, 51/2025/TT-BCA, có thông tin về sửa đổi năm 2026). Chưa rõ khu vực Bình Dương, Bà Rịa – Vũng Tàu cũ áp dụng mức lệ phí nào sau hợp nhất, và Công an phường, xã nào được giao đăng ký xe. Ngoài lệ phí đăng ký còn lệ phí trước bạ (xe máy 2%; nộp lần đầu tại thành phố trực thuộc trung ương 5%).',
  },

  // 14
  {
    code: '3.000347',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-doi-giay-phep-lai-xe',
    titleVi: 'Cấp đổi giấy phép lái xe',
    titleEn: 'Renewal or exchange of a driving licence',
    summaryVi:
      'Đổi giấy phép lái xe (bằng lái) khi sắp hết hạn hoặc hết hạn trong thời gian cho phép, khi bị hỏng hoặc thông tin khác với thẻ căn cước. Từ 01/3/2025 việc cấp, đổi giấy phép lái xe do ngành Công an thực hiện; có thể nộp trực tuyến, nhận bằng qua bưu chính.',
    summaryEn:
      'Exchange your driving licence when it is about to expire or has expired within the allowed period, is damaged, or its details differ from your identity card. Since 1 March 2025 licences are handled by the police; apply online and receive it by post.',
    field: 'giao-thong',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Người có giấy phép lái xe do cơ quan có thẩm quyền của Việt Nam cấp (kể cả giấy phép do ngành Giao thông vận tải cấp trước đây).',
    implementingAgency: gplxAgency,
    competentAgency: gplxCompetent,
    submissionPlace: gplxPlace,
    steps: [
      'Khám sức khỏe tại cơ sở y tế đủ điều kiện (với hạng phải khám); kết quả có thể được liên thông điện tử.',
      'Kê khai đơn đề nghị đổi giấy phép trực tuyến hoặc tại nơi tiếp nhận.',
      'Nộp lệ phí, chọn hình thức nhận kết quả.',
      'Cơ quan tra cứu dữ liệu giấy phép và việc chấp hành xử phạt vi phạm giao thông.',
      'Nhận giấy phép mới qua bưu chính hoặc tại nơi nộp.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Không quá 05 ngày làm việc', fee: tbd },
      { channel: 'ONLINE', processingTime: 'Không quá 05 ngày làm việc', fee: tbdOnline },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Đơn đề nghị đổi giấy phép lái xe', originals: 1, copies: 0 },
          khamSK,
          { name: 'Giấy phép lái xe đang có', originals: 1, copies: 0, note: 'Xuất trình hoặc nộp lại theo hướng dẫn.' },
          canCuocXuatTrinh,
        ],
      },
    ],
    result: 'Giấy phép lái xe mới (thẻ PET có mã QR, tích hợp trên VNeID).',
    conditions:
      'Giấy phép có trong dữ liệu quản lý; đã chấp hành xong quyết định xử phạt vi phạm giao thông (nếu có); đủ sức khỏe theo hạng xe. Quá hạn quá thời gian cho phép phải sát hạch lại. Giấy phép hạng A1, A, B1 cấp theo Luật Trật tự, an toàn giao thông đường bộ không có thời hạn.',
    legalBasis: [luatGT],
    keywords: ['GPLX', 'bằng lái xe', 'đổi bằng lái', 'đổi GPLX online', 'bằng lái hết hạn', 'đổi bằng lái ô tô', 'gia hạn bằng lái'],
    lifeEvents: ['work'],
    uncertain: `Mã 3.000347 lấy từ nguồn thứ cấp, chưa kiểm tra trực tiếp. ${gplxRule} Đổi giấy phép nước ngoài, quân sự là thủ tục khác.`,
  },

  // 15
  {
    code: '3.000348',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-lai-giay-phep-lai-xe',
    titleVi: 'Cấp lại giấy phép lái xe',
    titleEn: 'Replacement of a lost driving licence',
    summaryVi:
      'Cấp lại giấy phép lái xe (bằng lái) khi bị mất, hoặc khi giấy phép đã quá hạn trong các trường hợp được cấp lại. Công an tra cứu dữ liệu trước khi cấp lại.',
    summaryEn: 'Replace a lost driving licence, or one that has expired in the cases where replacement is allowed. The police check their records first.',
    field: 'giao-thong',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người có giấy phép lái xe do cơ quan có thẩm quyền của Việt Nam cấp bị mất, hoặc thuộc trường hợp được cấp lại.',
    implementingAgency: gplxAgency,
    competentAgency: gplxCompetent,
    submissionPlace: gplxPlace,
    steps: [
      'Khám sức khỏe tại cơ sở y tế đủ điều kiện (với hạng phải khám).',
      'Kê khai đơn đề nghị cấp lại giấy phép lái xe; nộp hồ sơ và lệ phí.',
      'Cơ quan tra cứu: giấy phép có trong dữ liệu, không bị thu giữ, tạm giữ hoặc đang xử lý vi phạm thì được cấp lại.',
      'Nhận giấy phép tại nơi nộp hoặc qua bưu chính.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: tbd, fee: tbd },
      { channel: 'ONLINE', processingTime: 'Theo quy định hiện hành, xem trên Cổng Dịch vụ công', fee: tbdOnline },
    ],
    documents: [{ case: '', items: [{ name: 'Đơn đề nghị cấp lại giấy phép lái xe', originals: 1, copies: 0 }, khamSK, canCuocXuatTrinh] }],
    result: 'Giấy phép lái xe được cấp lại (thẻ PET).',
    conditions: 'Giấy phép bị mất có trong dữ liệu quản lý và không đang bị thu giữ, tạm giữ, xử lý; đủ sức khỏe theo hạng xe. Quá hạn lâu có thể phải sát hạch lại.',
    legalBasis: [luatGT],
    keywords: ['mất bằng lái', 'mất GPLX', 'cấp lại bằng lái', 'làm lại bằng lái xe', 'bằng lái bị mất', 'GPLX', 'bằng lái quá hạn'],
    lifeEvents: [],
    uncertain: `Mã 3.000348 lấy từ nguồn thứ cấp, chưa kiểm tra trực tiếp. Thời hạn giải quyết chưa xác minh theo thông tư hiện hành. ${gplxRule} Khả năng nộp toàn trình trực tuyến khi mất giấy phép cần kiểm tra trên Cổng Dịch vụ công.`,
  },

  // 16
  {
    code: '3.000349',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-giay-phep-lai-xe-quoc-te',
    titleVi: 'Cấp giấy phép lái xe quốc tế',
    titleEn: 'International driving permit',
    summaryVi:
      'Cấp giấy phép lái xe quốc tế (IDP) theo Công ước Viên năm 1968 cho người có giấy phép lái xe Việt Nam còn hạn, để lái xe ở các nước tham gia Công ước. Thời hạn không quá 03 năm và không quá thời hạn giấy phép trong nước.',
    summaryEn:
      'International Driving Permit (IDP) under the 1968 Vienna Convention for holders of a valid Vietnamese driving licence, for driving in member countries. Valid up to three years and never beyond the domestic licence.',
    field: 'giao-thong',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam, người nước ngoài cư trú tại Việt Nam có giấy phép lái xe Việt Nam dạng thẻ PET còn hạn.',
    implementingAgency: gplxAgency,
    competentAgency: gplxCompetent,
    submissionPlace: gplxPlace,
    steps: [
      'Kê khai đơn đề nghị; nộp trực tuyến thì tải ảnh chân dung và ảnh chụp giấy phép lái xe.',
      'Nộp lệ phí, chọn hình thức nhận kết quả.',
      'Cơ quan kiểm tra giấy phép lái xe trong nước.',
      'Nhận giấy phép lái xe quốc tế tại nơi nộp hoặc qua bưu chính.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: tbd, fee: tbd },
      { channel: 'ONLINE', processingTime: 'Theo quy định hiện hành, xem trên Cổng Dịch vụ công', fee: tbdOnline },
    ],
    documents: [
      {
        case: '',
        items: [
          { name: 'Đơn đề nghị cấp giấy phép lái xe quốc tế', originals: 1, copies: 0 },
          { name: 'Ảnh chân dung theo quy định', originals: 1, copies: 0, note: 'Nộp trực tuyến thì tải ảnh lên.' },
          { name: 'Giấy phép lái xe Việt Nam dạng thẻ PET còn hạn', originals: 0, copies: 1, note: 'Xuất trình bản chính khi nộp trực tiếp.' },
          { name: 'Thẻ căn cước hoặc hộ chiếu (người nước ngoài: hộ chiếu kèm thẻ thường trú, tạm trú)', originals: 0, copies: 1 },
        ],
      },
    ],
    result: 'Giấy phép lái xe quốc tế (dạng sổ, theo mẫu Công ước Viên 1968).',
    conditions:
      'Có giấy phép lái xe Việt Nam dạng thẻ PET còn hạn. Giấy phép quốc tế chỉ có giá trị ở các nước tham gia Công ước Viên 1968, phải mang kèm giấy phép trong nước và không dùng để lái xe tại Việt Nam.',
    legalBasis: [luatGT],
    keywords: ['IDP', 'bằng lái quốc tế', 'giấy phép lái xe quốc tế', 'international driving permit', 'GPLX quốc tế', 'lái xe ở nước ngoài'],
    lifeEvents: ['work'],
    uncertain:
      'Không tra được mã thủ tục; 3.000349 là mã giả định theo dãy mã giấy phép lái xe của Bộ Công an, cần kiểm tra trên Cổng Dịch vụ công quốc gia. Trước đây thời hạn giải quyết 05 ngày làm việc, lệ phí 135.000 đồng/lần; mức hiện hành chưa xác minh. Điều kiện sử dụng tùy từng nước, nên kiểm tra trước khi đi.',
  },
];

// Seed data, part A: civil status (hộ tịch) and certification (chứng thực) procedures in Ho Chi Minh
// City, written from public legal texts. Since 1 July 2025 they are handled by the People's Committees
// of wards, communes and special zones (Nghị định 120/2025/NĐ-CP); what could not be checked is in `uncertain`.
import type { ProcedureSeed } from './types';

type Law = ProcedureSeed['legalBasis'][number];
type Item = ProcedureSeed['documents'][number]['items'][number];

const DVC = 'https://dichvucong.gov.vn';
const ONE_STOP = 'Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của UBND phường, xã, đặc khu';
const ONLINE_AT = 'hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID';
const FEE_HDND =
  'Lệ phí theo mức do HĐND Thành phố quy định, xem tại nơi nộp hồ sơ; miễn cho người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật';
const FEE_FREE = 'Miễn lệ phí (công dân Việt Nam cư trú ở trong nước)';
const SAME = 'Như nộp trực tiếp';
const U_FEE = 'Mức lệ phí cụ thể do HĐND Thành phố quy định; chưa xác minh được mức đang áp dụng sau khi hợp nhất Thành phố (01/7/2025).';
const U_LEVEL =
  'Thẩm quyền chuyển từ UBND cấp huyện về UBND cấp xã theo Nghị định 120/2025/NĐ-CP (áp dụng đến 01/3/2027 nếu không được thay thế sớm hơn).';
const U_CT = 'Nghị định 23/2015/NĐ-CP đã được sửa đổi trong năm 2025; hồ sơ, thời hạn ở bộ thủ tục mới nhất có thể khác đôi chút. Phí theo Thông tư 226/2016/TT-BTC.';

/** A form of the Ministry of Justice. */
const form = (name: string): Item => ({ name, form: 'Mẫu của Bộ Tư pháp', originals: 1, copies: 0 });
const orig = (name: string, note?: string): Item => ({ name, originals: 1, copies: 0, ...(note ? { note } : {}) });
const copy = (name: string, note?: string): Item => ({ name, originals: 0, copies: 1, ...(note ? { note } : {}) });
const id = (whose = 'của người yêu cầu'): Item =>
  orig(`Giấy tờ tùy thân ${whose} (thẻ căn cước, hộ chiếu...)`, 'Xuất trình; không cần nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư');

const LHT: Law = { number: '60/2014/QH13', summary: 'Luật Hộ tịch', date: '20/11/2014', issuer: 'Quốc hội' };
const ND123: Law = { number: '123/2015/NĐ-CP', summary: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch (đã sửa đổi, bổ sung)', date: '15/11/2015', issuer: 'Chính phủ' };
const ND87: Law = { number: '87/2020/NĐ-CP', summary: 'Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến', date: '28/07/2020', issuer: 'Chính phủ' };
const ND07: Law = { number: '07/2025/NĐ-CP', summary: 'Sửa đổi, bổ sung các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực', date: '09/01/2025', issuer: 'Chính phủ' };
const ND120: Law = { number: '120/2025/NĐ-CP', summary: 'Phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp', date: '11/06/2025', issuer: 'Chính phủ' };
const TT04: Law = { number: '04/2020/TT-BTP', summary: 'Quy định chi tiết thi hành Luật Hộ tịch và Nghị định 123/2015/NĐ-CP', date: '28/05/2020', issuer: 'Bộ Tư pháp' };
const LHNGD: Law = { number: '52/2014/QH13', summary: 'Luật Hôn nhân và gia đình', date: '19/06/2014', issuer: 'Quốc hội' };
const BLDS: Law = { number: '91/2015/QH13', summary: 'Bộ luật Dân sự', date: '24/11/2015', issuer: 'Quốc hội' };
const LQT: Law = { number: '24/2008/QH12', summary: 'Luật Quốc tịch Việt Nam (đã sửa đổi, bổ sung)', date: '13/11/2008', issuer: 'Quốc hội' };
const ND23: Law = { number: '23/2015/NĐ-CP', summary: 'Cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch (đã sửa đổi, bổ sung)', date: '16/02/2015', issuer: 'Chính phủ' };
const TT01: Law = { number: '01/2020/TT-BTP', summary: 'Quy định chi tiết và biện pháp thi hành Nghị định 23/2015/NĐ-CP', date: '03/03/2020', issuer: 'Bộ Tư pháp' };
const TT226: Law = { number: '226/2016/TT-BTC', summary: 'Mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực', date: '11/11/2016', issuer: 'Bộ Tài chính' };
const TT281: Law = { number: '281/2016/TT-BTC', summary: 'Mức thu phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch và một số phí, lệ phí khác', date: '14/11/2016', issuer: 'Bộ Tài chính' };
const ND63: Law = { number: '63/2024/NĐ-CP', summary: 'Liên thông điện tử nhóm thủ tục khai sinh – thường trú – thẻ BHYT cho trẻ dưới 6 tuổi và nhóm khai tử – xóa thường trú – mai táng phí, tử tuất', date: '10/06/2024', issuer: 'Chính phủ' };
const LCT: Law = { number: '68/2020/QH14', summary: 'Luật Cư trú', date: '13/11/2020', issuer: 'Quốc hội' };
const LBHYT: Law = { number: '25/2008/QH12', summary: 'Luật Bảo hiểm y tế (đã sửa đổi, bổ sung)', date: '14/11/2008', issuer: 'Quốc hội' };

const CORE = [LHT, ND123, ND07, ND120, TT04];

export const procedures: ProcedureSeed[] = [
  {
    code: '1.001193',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-khai-sinh',
    titleVi: 'Đăng ký khai sinh',
    titleEn: 'Birth registration',
    summaryVi:
      'Đăng ký việc sinh để trẻ được cấp Giấy khai sinh và số định danh cá nhân. Cha, mẹ (hoặc ông, bà, người thân thích, người đang nuôi dưỡng trẻ) phải đăng ký trong 60 ngày kể từ ngày sinh. Muốn làm cùng lúc thường trú và thẻ BHYT cho trẻ thì dùng thủ tục liên thông.',
    summaryEn:
      'Registers a birth so the child gets a birth certificate and a personal identification number. Parents (or grandparents, relatives or carers) must register within 60 days. To also register residence and a health insurance card, use the linked procedure.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Cha, mẹ của trẻ; ông, bà hoặc người thân thích khác; cá nhân, tổ chức đang nuôi dưỡng trẻ em',
    implementingAgency: 'UBND phường, xã, đặc khu nơi cư trú của cha hoặc mẹ trẻ',
    submissionPlace: `${ONE_STOP} nơi cư trú của cha hoặc mẹ; ${ONLINE_AT}`,
    steps: [
      'Chuẩn bị tờ khai và Giấy chứng sinh (hoặc giấy tờ thay thế).',
      'Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.',
      'Công chức tư pháp – hộ tịch kiểm tra, ghi vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử để lấy số định danh cá nhân cho trẻ.',
      'Người đi đăng ký ký vào Sổ hộ tịch và nhận Giấy khai sinh do Chủ tịch UBND cấp xã cấp.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: 'Ngay trong ngày nhận đủ hồ sơ hợp lệ; nhận sau 15 giờ mà không giải quyết ngay được thì trả trong ngày làm việc tiếp theo',
        fee: 'Miễn lệ phí nếu đăng ký đúng hạn (trong 60 ngày kể từ ngày sinh); quá hạn: theo mức do HĐND Thành phố quy định, xem tại nơi nộp hồ sơ',
      },
      { channel: 'ONLINE', processingTime: SAME, fee: 'Như nộp trực tiếp', note: 'Bản chính Giấy khai sinh nhận tại UBND cấp xã hoặc qua bưu chính; có thể nhận thêm bản điện tử' },
      { channel: 'POST', processingTime: SAME, fee: 'Như nộp trực tiếp; cước bưu chính do người gửi trả' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai đăng ký khai sinh'),
          orig('Giấy chứng sinh do cơ sở y tế cấp'),
          id(),
          orig('Giấy chứng nhận kết hôn của cha, mẹ (nếu đã đăng ký kết hôn)', 'Xuất trình khi cơ quan không tự khai thác được thông tin'),
        ],
      },
      { case: 'Trường hợp không có Giấy chứng sinh', items: [orig('Văn bản của người làm chứng xác nhận việc sinh; không có người làm chứng thì giấy cam đoan về việc sinh')] },
      { case: 'Trường hợp trẻ bị bỏ rơi hoặc sinh ra do mang thai hộ', items: [orig('Biên bản xác nhận việc trẻ bị bỏ rơi, hoặc văn bản chứng minh việc mang thai hộ')] },
    ],
    result: 'Giấy khai sinh (bản chính) ghi số định danh cá nhân của trẻ; bản sao nếu có yêu cầu.',
    conditions:
      'Đăng ký trong 60 ngày kể từ ngày sinh. Cha, mẹ chưa đăng ký kết hôn mà cha muốn nhận con thì làm thủ tục khai sinh kết hợp nhận cha, mẹ, con. Trẻ có yếu tố nước ngoài, hoặc người đã có giấy tờ cá nhân nhưng chưa từng đăng ký khai sinh, làm thủ tục riêng.',
    legalBasis: [LHT, ND123, ND87, ND07, ND120, TT04],
    keywords: ['giấy khai sinh', 'làm giấy khai sinh', 'khai sinh cho con', 'khai sinh online', 'khai sinh quá hạn', 'khai sinh trễ hạn', 'số định danh cá nhân'],
    lifeEvents: ['baby'],
    uncertain: `Lệ phí khai sinh quá hạn: ${U_FEE} Việc xuất trình giấy chứng nhận kết hôn của cha, mẹ có thể không cần khi cơ quan khai thác được dữ liệu điện tử.`,
  },
  {
    code: '1.000894',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-ket-hon',
    titleVi: 'Đăng ký kết hôn',
    titleEn: 'Marriage registration',
    summaryVi:
      'Đăng ký kết hôn cho hai công dân Việt Nam cư trú trong nước để được cấp Giấy chứng nhận kết hôn, tại UBND phường, xã nơi cư trú của một trong hai bên. Hai bên phải cùng có mặt khi ký và nhận giấy.',
    summaryEn:
      'Registers the marriage of two Vietnamese citizens living in Viet Nam, at the ward or commune where either partner lives. Both partners must be present to sign and receive the certificate.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Nam, nữ là công dân Việt Nam cư trú ở trong nước',
    implementingAgency: 'UBND phường, xã, đặc khu nơi cư trú của bên nam hoặc bên nữ',
    submissionPlace: `${ONE_STOP} nơi cư trú của một trong hai bên; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Chuẩn bị tờ khai đăng ký kết hôn (hai bên có thể dùng chung một tờ khai).',
      'Nộp hồ sơ trực tiếp hoặc trực tuyến.',
      'Công chức tư pháp – hộ tịch kiểm tra điều kiện kết hôn, xác minh nếu cần.',
      'Hai bên cùng có mặt ký vào Sổ hộ tịch và Giấy chứng nhận kết hôn; mỗi bên nhận 01 bản chính.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Ngay trong ngày nhận đủ hồ sơ; cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc', fee: FEE_FREE },
      { channel: 'ONLINE', processingTime: SAME, fee: FEE_FREE, note: 'Hai bên vẫn phải cùng có mặt khi nhận Giấy chứng nhận kết hôn' },
    ],
    documents: [
      { case: '', items: [form('Tờ khai đăng ký kết hôn'), id('của hai bên')] },
      {
        case: 'Trường hợp đăng ký ở nơi không phải nơi thường trú của bên nam hoặc bên nữ',
        items: [orig('Giấy xác nhận tình trạng hôn nhân do UBND cấp xã nơi người đó thường trú cấp', 'Có thể không cần nếu cơ quan khai thác được thông tin điện tử')],
      },
    ],
    result: 'Giấy chứng nhận kết hôn (mỗi bên 01 bản chính).',
    conditions:
      'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; hai bên tự nguyện; không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn (đang có vợ hoặc chồng; cùng dòng máu về trực hệ hoặc có họ trong phạm vi ba đời...). Nhà nước không thừa nhận hôn nhân giữa những người cùng giới tính.',
    legalBasis: [LHNGD, ...CORE],
    keywords: ['đăng ký kết hôn', 'giấy đăng ký kết hôn', 'giấy chứng nhận kết hôn', 'làm giấy kết hôn', 'kết hôn online', 'lấy vợ', 'lấy chồng'],
    lifeEvents: ['marriage'],
    uncertain: 'Việc phải nộp Giấy xác nhận tình trạng hôn nhân khi đăng ký ở nơi không thường trú có thể được thay bằng khai thác dữ liệu điện tử; hỏi nơi nộp hồ sơ.',
  },
  {
    code: '1.000656',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-khai-tu',
    titleVi: 'Đăng ký khai tử',
    titleEn: 'Death registration',
    summaryVi:
      'Đăng ký việc một người đã chết để được cấp Trích lục khai tử. Người thân phải đăng ký trong 15 ngày kể từ ngày chết. Có thể nộp trực tuyến theo hình thức liên thông khai tử – xóa đăng ký thường trú – mai táng phí, tử tuất.',
    summaryEn:
      'Registers a death and issues the death extract. Relatives must register within 15 days. It can also be filed online together with removal of permanent residence and funeral and survivor allowances.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; nếu không có thì đại diện cơ quan, tổ chức, cá nhân liên quan',
    implementingAgency: 'UBND phường, xã, đặc khu nơi cư trú cuối cùng của người chết; nếu không xác định được thì nơi người đó chết hoặc nơi phát hiện thi thể',
    submissionPlace: `${ONE_STOP}; ${ONLINE_AT}`,
    steps: [
      'Chuẩn bị tờ khai và Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử.',
      'Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.',
      'Công chức tư pháp – hộ tịch kiểm tra, ghi vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử.',
      'Người đi khai tử ký vào Sổ hộ tịch và nhận Trích lục khai tử.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: 'Ngay trong ngày nhận đủ hồ sơ; cần xác minh thì không quá 03 ngày làm việc',
        fee: 'Miễn lệ phí nếu đăng ký đúng hạn (trong 15 ngày kể từ ngày chết); quá hạn: theo mức do HĐND Thành phố quy định, xem tại nơi nộp hồ sơ',
      },
      { channel: 'ONLINE', processingTime: SAME, fee: 'Như nộp trực tiếp' },
      { channel: 'POST', processingTime: SAME, fee: 'Như nộp trực tiếp; cước bưu chính do người gửi trả' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai đăng ký khai tử'),
          orig(
            'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử',
            'Chết tại cơ sở y tế: Giấy báo tử do cơ sở y tế cấp; trường hợp khác: giấy tờ thay thế theo quy định, ví dụ quyết định tuyên bố một người đã chết của Tòa án',
          ),
          id('của người đi khai tử'),
        ],
      },
    ],
    result: 'Trích lục khai tử (bản chính).',
    conditions: 'Đăng ký trong 15 ngày kể từ ngày người đó chết.',
    legalBasis: [LHT, ND123, ND87, ND07, ND120, ND63],
    keywords: ['giấy chứng tử', 'khai tử', 'báo tử', 'trích lục khai tử', 'làm giấy chứng tử', 'người thân qua đời', 'liên thông khai tử'],
    lifeEvents: ['death'],
    uncertain: `Lệ phí khai tử quá hạn: ${U_FEE} Danh sách giấy tờ thay thế Giấy báo tử ở đây chỉ tóm tắt.`,
  },
  {
    code: '1.001022',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-nhan-cha-me-con',
    titleVi: 'Đăng ký nhận cha, mẹ, con',
    titleEn: 'Registration of parent–child recognition',
    summaryVi:
      'Đăng ký việc cha hoặc mẹ nhận con (hoặc con nhận cha, mẹ) khi không có tranh chấp, ví dụ cha nhận con khi cha mẹ không đăng ký kết hôn. Sau khi đăng ký, thông tin cha hoặc mẹ được ghi vào hồ sơ khai sinh của con.',
    summaryEn:
      'Registers an undisputed parent–child recognition, for example a father recognising a child of unmarried parents. The parent is then recorded in the child’s birth record.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Cha, mẹ hoặc con là công dân Việt Nam cư trú ở trong nước',
    implementingAgency: 'UBND phường, xã, đặc khu nơi cư trú của người nhận hoặc người được nhận là cha, mẹ, con',
    submissionPlace: `${ONE_STOP}; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Chuẩn bị tờ khai và chứng cứ chứng minh quan hệ cha, mẹ, con.',
      'Nộp hồ sơ trực tiếp hoặc trực tuyến.',
      'Công chức tư pháp – hộ tịch kiểm tra, xác minh nếu cần; nếu việc nhận là đúng và không có tranh chấp thì ghi vào Sổ hộ tịch.',
      'Các bên cùng có mặt ký vào Sổ hộ tịch và nhận Trích lục đăng ký nhận cha, mẹ, con.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ; cần xác minh thì kéo dài thêm không quá 05 ngày làm việc', fee: FEE_HDND },
      { channel: 'ONLINE', processingTime: SAME, fee: FEE_HDND, note: 'Các bên vẫn phải có mặt khi ký Sổ hộ tịch' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai đăng ký nhận cha, mẹ, con'),
          orig('Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền khác xác nhận quan hệ cha con, mẹ con (ví dụ kết quả giám định ADN)'),
          id(),
        ],
      },
      {
        case: 'Trường hợp không có văn bản giám định',
        items: [orig('Thư từ, phim ảnh, đồ vật hoặc tài liệu khác chứng minh quan hệ, kèm văn bản cam đoan của cha, mẹ, có ít nhất hai người làm chứng')],
      },
    ],
    result: 'Trích lục đăng ký nhận cha, mẹ, con.',
    conditions:
      'Việc nhận không có tranh chấp; người nhận và người được nhận còn sống; các bên có mặt khi đăng ký. Có tranh chấp thì do Tòa án giải quyết. Con chưa được khai sinh thì làm thủ tục khai sinh kết hợp nhận cha, mẹ, con.',
    legalBasis: [LHNGD, ...CORE],
    keywords: ['nhận cha con', 'nhận con', 'nhận cha mẹ con', 'bổ sung tên cha vào giấy khai sinh', 'con ngoài giá thú', 'giám định ADN'],
    lifeEvents: ['baby'],
    uncertain: `${U_FEE} Danh sách chứng cứ thay thế văn bản giám định (Thông tư 04/2020/TT-BTP) có thể đã được sửa đổi.`,
  },
  {
    code: '1.004859',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-thay-doi-cai-chinh-bo-sung-thong-tin-ho-tich',
    titleVi: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    titleEn: 'Change, correction or supplementation of civil status information',
    summaryVi:
      'Thay đổi họ, chữ đệm, tên; cải chính thông tin ghi sai trong Sổ hộ tịch, Giấy khai sinh; bổ sung thông tin còn thiếu; xác định lại dân tộc. Từ 01/7/2025 UBND cấp xã giải quyết cả các trường hợp trước đây thuộc cấp huyện (người từ đủ 14 tuổi, xác định lại dân tộc).',
    summaryEn:
      'Changes a name, corrects wrongly recorded details (e.g. in a birth certificate), adds missing details or re-determines ethnicity. Since 1 July 2025 the commune also handles cases formerly decided by districts.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người có thông tin hộ tịch cần thay đổi, cải chính, bổ sung; cha, mẹ hoặc người giám hộ của người chưa thành niên, người mất năng lực hành vi dân sự',
    implementingAgency: 'UBND phường, xã, đặc khu nơi đã đăng ký hộ tịch trước đây hoặc nơi cư trú của người yêu cầu',
    submissionPlace: `${ONE_STOP}; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Chuẩn bị tờ khai và giấy tờ làm căn cứ.',
      'Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.',
      'Công chức tư pháp – hộ tịch kiểm tra, xác minh nếu cần, rồi ghi vào Sổ hộ tịch; nếu hộ tịch đăng ký ở nơi khác thì thông báo để nơi đó ghi vào sổ.',
      'Người yêu cầu ký vào Sổ hộ tịch và nhận trích lục hoặc giấy tờ hộ tịch đã được ghi bổ sung.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime:
          'Thay đổi, cải chính, xác định lại dân tộc: 03 ngày làm việc, cần xác minh thì thêm không quá 03 ngày làm việc. Bổ sung thông tin: ngay trong ngày (nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)',
        fee: FEE_HDND,
      },
      { channel: 'ONLINE', processingTime: SAME, fee: FEE_HDND },
      { channel: 'POST', processingTime: SAME, fee: FEE_HDND },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc'),
          copy('Giấy tờ làm căn cứ (ví dụ thẻ căn cước, hộ chiếu, học bạ, văn bằng, hồ sơ cá nhân có thông tin đúng)'),
          orig('Bản chính giấy tờ hộ tịch có thông tin cần sửa (ví dụ Giấy khai sinh)'),
          id(),
        ],
      },
      { case: 'Trường hợp thay đổi họ, chữ đệm, tên của người từ đủ 9 tuổi trở lên', items: [orig('Sự đồng ý của người được thay đổi (ghi trong tờ khai hoặc văn bản riêng)')] },
    ],
    result: 'Trích lục thay đổi, cải chính hộ tịch hoặc xác định lại dân tộc; với việc bổ sung, thông tin được ghi vào Sổ hộ tịch và giấy tờ hộ tịch.',
    conditions:
      'Thay đổi họ, chữ đệm, tên và xác định lại dân tộc chỉ trong các trường hợp Bộ luật Dân sự cho phép. Cải chính chỉ khi có căn cứ xác định thông tin đã ghi sai. Thay đổi họ, tên của người từ đủ 9 tuổi trở lên phải có sự đồng ý của người đó.',
    legalBasis: [BLDS, ...CORE],
    keywords: ['sửa giấy khai sinh', 'cải chính hộ tịch', 'đổi tên', 'thay đổi họ tên', 'sai ngày sinh trên giấy khai sinh', 'xác định lại dân tộc', 'đổi họ cho con'],
    lifeEvents: [],
    uncertain: `${U_FEE} ${U_LEVEL}`,
  },
  {
    code: '1.004873',
    codeVerified: true,
    decisionNumber: '',
    slug: 'cap-giay-xac-nhan-tinh-trang-hon-nhan',
    titleVi: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    titleEn: 'Certificate of marital status',
    summaryVi:
      'Xác nhận một người đang độc thân, đã ly hôn hay đang có vợ/chồng ("giấy xác nhận độc thân"). Dùng để đăng ký kết hôn, giao dịch nhà đất, vay vốn hoặc mục đích khác ghi trên giấy; có giá trị 6 tháng.',
    summaryEn:
      'Certifies whether a person is single, divorced or married (a "single status certificate"), for marriage, property deals, loans or another stated purpose; valid for 6 months.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam cư trú ở trong nước',
    implementingAgency: 'UBND phường, xã, đặc khu nơi người yêu cầu thường trú; không có nơi thường trú thì nơi tạm trú',
    submissionPlace: `${ONE_STOP}; ${ONLINE_AT}`,
    steps: [
      'Điền tờ khai, ghi rõ mục đích sử dụng.',
      'Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.',
      'Công chức tư pháp – hộ tịch kiểm tra; người từng cư trú nhiều nơi có thể phải được xác minh tại nơi cư trú trước đây.',
      'Nhận Giấy xác nhận tình trạng hôn nhân do Chủ tịch UBND cấp xã ký.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; có thể lâu hơn nếu phải xác minh', fee: FEE_HDND },
      { channel: 'ONLINE', processingTime: SAME, fee: FEE_HDND },
      { channel: 'POST', processingTime: SAME, fee: FEE_HDND },
    ],
    documents: [
      { case: '', items: [form('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân'), id()] },
      {
        case: 'Trường hợp đã ly hôn hoặc vợ, chồng đã chết',
        items: [copy('Bản án, quyết định ly hôn đã có hiệu lực, hoặc trích lục khai tử của vợ/chồng', 'Khi thông tin chưa có trong cơ sở dữ liệu hộ tịch')],
      },
      { case: 'Trường hợp xin cấp lại để dùng vào mục đích khác hoặc vì giấy cũ hết hạn', items: [orig('Giấy xác nhận tình trạng hôn nhân đã cấp trước đó', 'Nộp lại')] },
    ],
    result: 'Giấy xác nhận tình trạng hôn nhân, có giá trị 06 tháng kể từ ngày cấp, chỉ dùng cho mục đích ghi trên giấy.',
    conditions:
      'Nếu dùng để đăng ký kết hôn, giấy phải ghi rõ họ tên, năm sinh, quốc tịch, giấy tờ tùy thân của người dự định kết hôn và nơi dự định đăng ký kết hôn.',
    legalBasis: [...CORE],
    keywords: ['giấy xác nhận độc thân', 'xác nhận tình trạng hôn nhân', 'giấy chứng nhận độc thân', 'TTHN', 'giấy độc thân', 'xác nhận độc thân mua nhà'],
    lifeEvents: ['marriage', 'house'],
    uncertain: U_FEE,
  },
  {
    code: '2.000635',
    codeVerified: true,
    decisionNumber: '',
    slug: 'cap-ban-sao-trich-luc-ho-tich',
    titleVi: 'Cấp bản sao trích lục hộ tịch',
    titleEn: 'Copies of civil status extracts',
    summaryVi:
      'Cấp bản sao Giấy khai sinh, trích lục kết hôn, trích lục khai tử... từ Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử cho sự kiện đã đăng ký. Dùng khi mất bản chính hoặc cần thêm bản sao; không dùng để sửa nội dung.',
    summaryEn:
      'Issues copies of a birth certificate, marriage or death extract from the civil status register or database, when the original is lost or extra copies are needed. It does not change the content.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Người có sự kiện hộ tịch đã đăng ký hoặc người được ủy quyền; cơ quan, tổ chức theo quy định',
    implementingAgency: 'UBND phường, xã, đặc khu đang lưu Sổ hộ tịch hoặc khai thác được Cơ sở dữ liệu hộ tịch điện tử; Sở Tư pháp đối với dữ liệu do Sở quản lý',
    submissionPlace: `${ONE_STOP}; Sở Tư pháp Thành phố Hồ Chí Minh; ${ONLINE_AT}`,
    steps: [
      'Điền tờ khai, ghi rõ sự kiện hộ tịch cần cấp bản sao và số bản.',
      'Nộp trực tiếp, qua bưu chính hoặc trực tuyến; nộp phí.',
      'Cơ quan tra cứu Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử.',
      'Nhận bản sao trích lục (bản giấy hoặc bản điện tử).',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Ngay trong ngày tiếp nhận; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo', fee: '8.000 đồng/bản sao trích lục/sự kiện hộ tịch' },
      { channel: 'ONLINE', processingTime: SAME, fee: '8.000 đồng/bản sao trích lục/sự kiện hộ tịch' },
      { channel: 'POST', processingTime: 'Như nộp trực tiếp, cộng thời gian chuyển phát', fee: '8.000 đồng/bản sao trích lục/sự kiện hộ tịch; cước bưu chính do người yêu cầu trả' },
    ],
    documents: [
      { case: '', items: [form('Tờ khai cấp bản sao trích lục hộ tịch'), id()] },
      {
        case: 'Trường hợp ủy quyền cho người khác',
        items: [orig('Văn bản ủy quyền', 'Phải chứng thực, trừ khi người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền')],
      },
    ],
    result: 'Bản sao trích lục hộ tịch (bản sao Giấy khai sinh, trích lục kết hôn, trích lục khai tử...).',
    conditions:
      'Sự kiện đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam và còn lưu trong Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử. Nếu cả Sổ hộ tịch và bản chính đều đã mất (đăng ký trước 01/01/2016) thì làm thủ tục đăng ký lại.',
    legalBasis: [LHT, ND123, ND87, ND07, TT04, TT281],
    keywords: ['trích lục khai sinh', 'bản sao giấy khai sinh', 'xin lại giấy khai sinh', 'mất giấy khai sinh', 'trích lục kết hôn', 'trích lục khai tử', 'trích lục hộ tịch'],
    lifeEvents: ['baby', 'marriage', 'death', 'school'],
    uncertain:
      'Chưa xác minh sau 01/7/2025 Sở Tư pháp còn cấp bản sao cho những loại dữ liệu nào; nên hỏi UBND cấp xã trước. Phí 8.000 đồng theo Thông tư 281/2016/TT-BTC; có thể có trường hợp được miễn, giảm khi nộp trực tuyến.',
  },
  {
    code: '2.000986',
    codeVerified: false,
    decisionNumber: '296/QĐ-VPCP',
    slug: 'lien-thong-khai-sinh-thuong-tru-bao-hiem-y-te-tre-duoi-6-tuoi',
    titleVi: 'Liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    titleEn: 'Linked procedure: birth registration, permanent residence and health insurance card for children under 6',
    summaryVi:
      'Nộp một hồ sơ điện tử để cùng lúc đăng ký khai sinh, đăng ký thường trú và cấp thẻ BHYT cho trẻ dưới 6 tuổi, trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID. Hồ sơ tự chuyển giữa UBND cấp xã, Công an cấp xã và cơ quan bảo hiểm xã hội.',
    summaryEn:
      'One online application registers the birth, registers permanent residence and issues a health insurance card for a child under 6, via the National Public Service Portal or VNeID. The file passes automatically between the commune, the police and social insurance.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Cha, mẹ hoặc người có trách nhiệm đăng ký khai sinh cho trẻ em dưới 6 tuổi, có tài khoản định danh điện tử',
    implementingAgency: 'UBND phường, xã, đặc khu (khai sinh); Công an phường, xã, đặc khu (thường trú); cơ quan Bảo hiểm xã hội (thẻ BHYT)',
    submissionPlace: 'Cổng Dịch vụ công quốc gia (dịch vụ công liên thông khai sinh) hoặc ứng dụng VNeID; có thể đến Trung tâm Phục vụ hành chính công phường, xã để được hướng dẫn',
    steps: [
      'Đăng nhập Cổng Dịch vụ công quốc gia hoặc VNeID bằng tài khoản định danh điện tử, chọn dịch vụ liên thông khai sinh.',
      'Điền biểu mẫu điện tử (khai sinh, nơi thường trú, bảo hiểm y tế), đính kèm bản chụp Giấy chứng sinh và giấy tờ liên quan; nộp lệ phí trực tuyến nếu có.',
      'UBND cấp xã đăng ký khai sinh và cấp số định danh cá nhân; hồ sơ được chuyển để Công an cấp xã đăng ký thường trú và cơ quan bảo hiểm xã hội cấp thẻ BHYT.',
      'Nhận thông báo qua Cổng, VNeID hoặc tin nhắn; nhận Giấy khai sinh và thẻ BHYT theo hình thức đã chọn.',
    ],
    methods: [
      {
        channel: 'ONLINE',
        processingTime: 'Không quá 03 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ',
        fee: 'Miễn lệ phí khai sinh đúng hạn; thẻ BHYT của trẻ dưới 6 tuổi do ngân sách nhà nước đóng; lệ phí đăng ký thường trú (nếu có) hiển thị khi nộp hồ sơ',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          orig('Biểu mẫu điện tử liên thông (khai sinh, thường trú, bảo hiểm y tế)'),
          copy('Bản chụp hoặc bản điện tử Giấy chứng sinh', 'Không có thì dùng văn bản của người làm chứng hoặc giấy cam đoan về việc sinh'),
        ],
      },
      { case: 'Trường hợp cha, mẹ đã đăng ký kết hôn', items: [copy('Bản chụp Giấy chứng nhận kết hôn của cha, mẹ', 'Khi thông tin chưa có trong cơ sở dữ liệu')] },
      {
        case: 'Trường hợp trẻ đăng ký thường trú tại chỗ ở không thuộc quyền sở hữu của cha, mẹ',
        items: [orig('Ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp', 'Thể hiện trong biểu mẫu hoặc xác nhận điện tử theo hướng dẫn trên Cổng')],
      },
    ],
    result: 'Giấy khai sinh và số định danh cá nhân của trẻ; thông tin thường trú được cập nhật vào Cơ sở dữ liệu về cư trú; thẻ bảo hiểm y tế của trẻ.',
    conditions:
      'Trẻ dưới 6 tuổi chưa được đăng ký khai sinh; người nộp có tài khoản định danh điện tử. Trường hợp đặc biệt (trẻ có yếu tố nước ngoài, khai sinh kết hợp nhận cha, mẹ, con...) có thể phải làm thủ tục riêng.',
    legalBasis: [ND63, LHT, LCT, LBHYT, ND120],
    keywords: ['liên thông khai sinh', 'khai sinh thường trú bảo hiểm y tế', 'thẻ BHYT cho trẻ em', 'BHYT trẻ dưới 6 tuổi', 'nhập hộ khẩu cho con', 'khai sinh trên VNeID'],
    lifeEvents: ['baby'],
    uncertain:
      'Mã 2.000986 là mã trên phân hệ dịch vụ công liên thông, chưa đối chiếu được với Cơ sở dữ liệu quốc gia về thủ tục hành chính. Số quyết định và thời hạn 03 ngày làm việc theo công bố năm 2024 (trước khi bỏ cấp huyện). Chưa xác minh lệ phí đăng ký thường trú trong hồ sơ liên thông và việc nhận hồ sơ giấy.',
  },
  {
    code: '1.004837',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-giam-ho',
    titleVi: 'Đăng ký giám hộ',
    titleEn: 'Guardianship registration',
    summaryVi:
      'Đăng ký việc giám hộ (giám hộ cử hoặc giám hộ đương nhiên) cho người chưa thành niên không còn cha mẹ hoặc cha mẹ không đủ điều kiện chăm sóc, người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi.',
    summaryEn:
      'Registers an appointed or statutory guardian for a minor whose parents cannot care for them, or for an adult who has lost civil act capacity or has difficulty controlling their behaviour.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người được cử làm người giám hộ hoặc người giám hộ đương nhiên theo Bộ luật Dân sự',
    implementingAgency: 'UBND phường, xã, đặc khu nơi cư trú của người được giám hộ hoặc người giám hộ',
    submissionPlace: `${ONE_STOP}; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Chuẩn bị tờ khai và văn bản cử người giám hộ hoặc giấy tờ chứng minh điều kiện giám hộ đương nhiên.',
      'Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.',
      'Công chức tư pháp – hộ tịch kiểm tra điều kiện giám hộ; đủ điều kiện thì ghi vào Sổ hộ tịch.',
      'Người đi đăng ký ký vào Sổ hộ tịch và nhận Trích lục đăng ký giám hộ.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', fee: FEE_FREE },
      { channel: 'ONLINE', processingTime: SAME, fee: FEE_FREE },
      { channel: 'POST', processingTime: SAME, fee: FEE_FREE },
    ],
    documents: [
      { case: 'Giám hộ cử', items: [form('Tờ khai đăng ký giám hộ'), orig('Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự'), id()] },
      {
        case: 'Giám hộ đương nhiên',
        items: [
          form('Tờ khai đăng ký giám hộ'),
          copy('Giấy tờ chứng minh điều kiện làm người giám hộ đương nhiên (ví dụ giấy tờ chứng minh quan hệ thân thích)'),
          orig('Văn bản thỏa thuận cử một người làm giám hộ', 'Khi có nhiều người cùng đủ điều kiện làm người giám hộ đương nhiên'),
          id(),
        ],
      },
    ],
    result: 'Trích lục đăng ký giám hộ.',
    conditions:
      'Người giám hộ phải đủ điều kiện theo Bộ luật Dân sự (với cá nhân, Điều 49: có năng lực hành vi dân sự đầy đủ, có tư cách đạo đức tốt và điều kiện cần thiết để thực hiện quyền, nghĩa vụ của người giám hộ, không thuộc các trường hợp bị loại trừ).',
    legalBasis: [BLDS, ...CORE],
    keywords: ['giám hộ', 'người giám hộ', 'giám hộ cho trẻ mồ côi', 'giám hộ đương nhiên', 'cử người giám hộ', 'giám hộ người mất năng lực hành vi'],
    lifeEvents: ['death'],
    uncertain: 'Giấy tờ chứng minh điều kiện giám hộ khác nhau tùy trường hợp; hỏi nơi nộp hồ sơ. Giám hộ có yếu tố nước ngoài là thủ tục riêng.',
  },
  {
    code: '1.004884',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-lai-khai-sinh',
    titleVi: 'Đăng ký lại khai sinh',
    titleEn: 'Re-registration of birth',
    summaryVi:
      'Đăng ký lại việc khai sinh đã đăng ký trước ngày 01/01/2016 khi cả Sổ hộ tịch lẫn bản chính Giấy khai sinh đều bị mất. Nếu Sổ hộ tịch còn lưu, chỉ cần xin cấp bản sao trích lục hộ tịch.',
    summaryEn:
      'Re-registers a birth registered before 1 January 2016 when both the register and the original certificate are lost. If the register still exists, request a copy of the birth extract instead.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người đã được đăng ký khai sinh trước ngày 01/01/2016 (hoặc cha, mẹ, người giám hộ của người chưa thành niên)',
    implementingAgency: 'UBND phường, xã, đặc khu nơi đã đăng ký khai sinh trước đây hoặc nơi người yêu cầu cư trú',
    submissionPlace: `${ONE_STOP}; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Chuẩn bị tờ khai (có cam đoan đã đăng ký khai sinh nhưng không còn bản chính) và giấy tờ có thông tin khai sinh.',
      'Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.',
      'Công chức tư pháp – hộ tịch kiểm tra, xác minh; nộp ở nơi khác với nơi đăng ký trước đây thì đề nghị nơi đó kiểm tra việc lưu giữ sổ.',
      'Đủ điều kiện thì ghi vào Sổ hộ tịch; người yêu cầu ký sổ và nhận Giấy khai sinh.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ; có thể kéo dài khi phải xác minh ở nơi đăng ký trước đây', fee: FEE_HDND },
      { channel: 'ONLINE', processingTime: SAME, fee: FEE_HDND },
      { channel: 'POST', processingTime: SAME, fee: FEE_HDND },
    ],
    documents: [
      { case: '', items: [form('Tờ khai đăng ký lại khai sinh'), copy('Bản sao Giấy khai sinh đã cấp trước đây (nếu có)'), id()] },
      {
        case: 'Trường hợp không có bản sao Giấy khai sinh',
        items: [copy('Bản sao hồ sơ, giấy tờ cá nhân có thông tin khai sinh (ví dụ hộ chiếu, thẻ căn cước, học bạ, văn bằng, hồ sơ lý lịch)')],
      },
      {
        case: 'Trường hợp là cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang',
        items: [orig('Văn bản xác nhận của thủ trưởng cơ quan, đơn vị về thông tin nhân thân trong hồ sơ do cơ quan, đơn vị quản lý')],
      },
    ],
    result: 'Giấy khai sinh (bản chính, ghi là đăng ký lại).',
    conditions:
      'Việc khai sinh đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 và cả Sổ hộ tịch lẫn bản chính Giấy khai sinh đều bị mất. Có bản sao Giấy khai sinh hợp lệ thì nội dung ghi theo bản sao đó.',
    legalBasis: [...CORE],
    keywords: ['làm lại giấy khai sinh', 'mất giấy khai sinh', 'cấp lại giấy khai sinh', 'đăng ký lại khai sinh', 'mất sổ gốc khai sinh', 'giấy khai sinh bị thất lạc'],
    lifeEvents: [],
    uncertain: `${U_FEE} Thời gian xác minh khi nộp ở nơi khác với nơi đã đăng ký trước đây chưa được nêu cụ thể.`,
  },
  {
    code: '2.000528',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-khai-sinh-co-yeu-to-nuoc-ngoai',
    titleVi: 'Đăng ký khai sinh có yếu tố nước ngoài',
    titleEn: 'Birth registration with a foreign element',
    summaryVi:
      'Khai sinh cho trẻ sinh tại Việt Nam có cha hoặc mẹ là người nước ngoài, người không quốc tịch hoặc công dân Việt Nam định cư ở nước ngoài; cho trẻ sinh ở nước ngoài chưa được khai sinh về cư trú tại Việt Nam. Từ 01/7/2025 do UBND cấp xã thực hiện (trước đây là cấp huyện).',
    summaryEn:
      'Birth registration for a child born in Viet Nam to a foreign, stateless or overseas-Vietnamese parent, or born abroad, unregistered and now living in Viet Nam. Handled by the commune since 1 July 2025 (formerly the district).',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'NONE',
    applicants: 'Cha, mẹ hoặc người có trách nhiệm đăng ký khai sinh cho trẻ',
    implementingAgency: 'UBND phường, xã, đặc khu nơi cư trú của cha hoặc mẹ trẻ',
    submissionPlace: `${ONE_STOP} nơi cư trú của cha hoặc mẹ`,
    steps: [
      'Chuẩn bị tờ khai, Giấy chứng sinh, văn bản thỏa thuận chọn quốc tịch (nếu có); giấy tờ nước ngoài phải hợp pháp hóa lãnh sự và dịch sang tiếng Việt, trừ trường hợp được miễn.',
      'Nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường, xã; xuất trình hộ chiếu hoặc giấy tờ tùy thân của cha, mẹ.',
      'Công chức làm công tác hộ tịch kiểm tra, ghi vào Sổ hộ tịch, cập nhật cơ sở dữ liệu (cấp số định danh cá nhân nếu trẻ có quốc tịch Việt Nam).',
      'Người đi đăng ký ký vào Sổ hộ tịch và nhận Giấy khai sinh.',
    ],
    methods: [{ channel: 'IN_PERSON', processingTime: 'Ngay trong ngày nhận đủ hồ sơ hợp lệ (theo Luật Hộ tịch); lâu hơn nếu phải xác minh', fee: FEE_HDND }],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai đăng ký khai sinh'),
          orig('Giấy chứng sinh hoặc giấy tờ thay thế (văn bản của người làm chứng, giấy cam đoan về việc sinh)'),
          orig(
            'Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con',
            'Khi cha hoặc mẹ là người nước ngoài; chọn quốc tịch nước ngoài thì cần xác nhận của cơ quan có thẩm quyền của nước đó',
          ),
          orig('Hộ chiếu hoặc giấy tờ thay hộ chiếu của cha, mẹ là người nước ngoài; giấy tờ tùy thân của cha, mẹ là công dân Việt Nam', 'Xuất trình'),
        ],
      },
      {
        case: 'Trường hợp trẻ sinh ở nước ngoài chưa được khai sinh, về cư trú tại Việt Nam',
        items: [copy('Giấy tờ chứng minh trẻ đã nhập cảnh Việt Nam (ví dụ hộ chiếu có dấu nhập cảnh) và văn bản xác nhận trẻ đang cư trú tại Việt Nam')],
      },
    ],
    result: 'Giấy khai sinh (bản chính); bản sao nếu có yêu cầu.',
    conditions:
      'Trẻ có cha hoặc mẹ là công dân Việt Nam, người kia là công dân nước ngoài, có quốc tịch Việt Nam nếu cha mẹ thỏa thuận bằng văn bản khi khai sinh; sinh trên lãnh thổ Việt Nam mà cha mẹ không thỏa thuận được thì trẻ có quốc tịch Việt Nam.',
    legalBasis: [LHT, LQT, ND123, ND07, ND120, TT04],
    keywords: ['khai sinh có yếu tố nước ngoài', 'khai sinh cho con lai', 'khai sinh con có bố người nước ngoài', 'khai sinh con có mẹ người nước ngoài', 'chọn quốc tịch cho con', 'khai sinh cho trẻ sinh ở nước ngoài'],
    lifeEvents: ['baby'],
    uncertain: `${U_LEVEL} ${U_FEE} Thời hạn ghi theo Luật Hộ tịch. Chưa kiểm chứng việc nộp trực tuyến cho thủ tục này.`,
  },
  {
    code: '2.000806',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-ket-hon-co-yeu-to-nuoc-ngoai',
    titleVi: 'Đăng ký kết hôn có yếu tố nước ngoài',
    titleEn: 'Marriage registration with a foreign element',
    summaryVi:
      'Đăng ký kết hôn giữa công dân Việt Nam với người nước ngoài, giữa công dân Việt Nam cư trú trong nước với công dân Việt Nam định cư ở nước ngoài và các trường hợp khác theo Luật Hộ tịch. Từ 01/7/2025 do UBND cấp xã thực hiện (trước đây là cấp huyện).',
    summaryEn:
      'Registers a marriage between a Vietnamese citizen and a foreigner or an overseas Vietnamese, and other cases under the Civil Status Law. Handled by the commune since 1 July 2025 (formerly the district).',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'NONE',
    applicants: 'Công dân Việt Nam kết hôn với người nước ngoài; công dân Việt Nam cư trú trong nước kết hôn với công dân Việt Nam định cư ở nước ngoài; các trường hợp khác theo Điều 37 Luật Hộ tịch',
    implementingAgency: 'UBND phường, xã, đặc khu nơi cư trú của công dân Việt Nam; nếu hai bên đều là người nước ngoài thì nơi cư trú của một trong hai bên',
    submissionPlace: ONE_STOP,
    steps: [
      'Chuẩn bị tờ khai và giấy tờ của mỗi bên; giấy tờ nước ngoài phải hợp pháp hóa lãnh sự và dịch sang tiếng Việt, trừ trường hợp được miễn.',
      'Một trong hai bên nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công phường, xã.',
      'Cơ quan đăng ký thẩm tra hồ sơ, xác minh khi cần; đủ điều kiện thì Chủ tịch UBND cấp xã ký Giấy chứng nhận kết hôn.',
      'Hai bên cùng có mặt ký vào Sổ hộ tịch, Giấy chứng nhận kết hôn và nhận kết quả; quá 60 ngày kể từ ngày ký mà không đến nhận thì phải làm lại thủ tục.',
    ],
    methods: [{ channel: 'IN_PERSON', processingTime: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (theo Luật Hộ tịch)', fee: FEE_HDND }],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai đăng ký kết hôn'),
          orig('Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp', 'Còn giá trị; không ghi thời hạn thì chỉ có giá trị 6 tháng kể từ ngày cấp'),
          orig(
            'Giấy xác nhận của tổ chức y tế có thẩm quyền rằng người đó không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi',
            'Của mỗi bên; không ghi thời hạn thì chỉ có giá trị 6 tháng',
          ),
          copy('Hộ chiếu hoặc giấy tờ thay hộ chiếu của người nước ngoài'),
          id('của công dân Việt Nam'),
        ],
      },
      { case: 'Trường hợp công dân Việt Nam đã ly hôn hoặc hủy kết hôn ở nước ngoài', items: [copy('Trích lục ghi chú ly hôn, hủy việc kết hôn')] },
    ],
    result: 'Giấy chứng nhận kết hôn (mỗi bên 01 bản chính).',
    conditions:
      'Mỗi bên phải đáp ứng điều kiện kết hôn theo Luật Hôn nhân và gia đình Việt Nam; người nước ngoài còn phải đáp ứng điều kiện theo pháp luật nước mình. Hai bên phải cùng có mặt khi ký và nhận Giấy chứng nhận kết hôn.',
    legalBasis: [LHNGD, ...CORE],
    keywords: ['kết hôn với người nước ngoài', 'đăng ký kết hôn có yếu tố nước ngoài', 'kết hôn với Việt kiều', 'lấy chồng nước ngoài', 'lấy vợ nước ngoài', 'hợp pháp hóa lãnh sự giấy độc thân'],
    lifeEvents: ['marriage'],
    uncertain: `${U_LEVEL} Thời hạn 15 ngày theo Luật Hộ tịch; bộ thủ tục công bố sau 01/7/2025 có thể quy định ngắn hơn. ${U_FEE} Chưa kiểm chứng việc nộp trực tuyến.`,
  },
  {
    code: '2.000815',
    codeVerified: true,
    decisionNumber: '',
    slug: 'chung-thuc-ban-sao-tu-ban-chinh',
    titleVi: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    titleEn: 'Certification of copies from originals',
    summaryVi:
      'Chứng thực bản sao đúng với bản chính giấy tờ do cơ quan, tổ chức có thẩm quyền của Việt Nam hoặc nước ngoài cấp (văn bằng, thẻ căn cước, giấy khai sinh...), thường gọi là "sao y" hay "công chứng giấy tờ". Làm tại bất kỳ UBND phường, xã nào hoặc tổ chức hành nghề công chứng, không phụ thuộc nơi cư trú.',
    summaryEn:
      'Certifies that a copy matches the original of a document issued by a Vietnamese or foreign authority (diplomas, ID cards, birth certificates…), often called "sao y". Available at any ward or commune or at a notary office, regardless of residence.',
    field: 'chung-thuc',
    level: 'COMMUNE',
    onlineLevel: 'NONE',
    applicants: 'Cá nhân, tổ chức',
    implementingAgency: 'UBND phường, xã, đặc khu; Phòng công chứng, Văn phòng công chứng',
    submissionPlace: `${ONE_STOP} (bất kỳ phường, xã nào); hoặc Phòng công chứng, Văn phòng công chứng`,
    steps: [
      'Mang bản chính và bản chụp cần chứng thực (chưa có bản chụp thì cơ quan chụp từ bản chính).',
      'Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản chụp.',
      'Ghi lời chứng, ký, đóng dấu vào bản sao và ghi vào sổ chứng thực.',
      'Nộp phí, nhận bản sao đã chứng thực cùng bản chính.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime:
          'Ngay trong ngày tiếp nhận, hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; có thể kéo dài thêm không quá 02 ngày làm việc khi yêu cầu nhiều bản, nhiều trang hoặc nội dung phức tạp',
        fee: '2.000 đồng/trang; từ trang thứ ba trở đi 1.000 đồng/trang; tối đa 200.000 đồng/bản (tính theo số trang của bản chính)',
      },
    ],
    documents: [
      { case: '', items: [orig('Bản chính giấy tờ, văn bản', 'Để đối chiếu, được trả lại'), copy('Bản chụp từ bản chính cần chứng thực')] },
      {
        case: 'Trường hợp giấy tờ do cơ quan, tổ chức nước ngoài cấp',
        items: [orig('Bản chính đã được hợp pháp hóa lãnh sự', 'Trừ trường hợp được miễn theo điều ước quốc tế hoặc nguyên tắc có đi có lại')],
      },
    ],
    result: 'Bản sao có chứng thực, có giá trị sử dụng thay cho bản chính đã dùng để đối chiếu, trừ khi pháp luật có quy định khác.',
    conditions:
      'Không chứng thực nếu bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; hư hỏng, cũ nát không xác định được nội dung; đóng dấu mật hoặc ghi không được sao chụp; có nội dung trái pháp luật, đạo đức xã hội; là giấy tờ cá nhân tự lập không có xác nhận của cơ quan, tổ chức có thẩm quyền.',
    legalBasis: [ND23, ND07, ND120, TT01, TT226],
    keywords: ['công chứng giấy tờ', 'sao y bản chính', 'photo công chứng', 'chứng thực bản sao', 'công chứng CCCD', 'sao y bằng tốt nghiệp', 'chứng thực giấy tờ nước ngoài'],
    lifeEvents: ['school', 'work', 'house', 'business'],
    uncertain: `${U_CT} Chưa xác minh việc nhận yêu cầu chứng thực bản sao điện tử qua Cổng Dịch vụ công tại TP.HCM.`,
  },
  {
    code: '2.000884',
    codeVerified: true,
    decisionNumber: '',
    slug: 'chung-thuc-chu-ky',
    titleVi: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
    titleEn: 'Certification of signatures in documents',
    summaryVi:
      'Xác nhận chữ ký (hoặc dấu điểm chỉ) trong giấy tờ là của người yêu cầu, ký trước mặt người thực hiện chứng thực, ví dụ giấy ủy quyền không thù lao, đơn, bản cam kết. Không áp dụng cho hợp đồng, giao dịch. Chứng thực chữ ký người dịch là thủ tục riêng.',
    summaryEn:
      'Certifies that a signature or fingerprint on a document belongs to the requester, who signs in front of the official — e.g. an unpaid authorisation, an application or a pledge. Not for contracts; translator signatures have a separate procedure.',
    field: 'chung-thuc',
    level: 'COMMUNE',
    onlineLevel: 'NONE',
    applicants: 'Cá nhân',
    implementingAgency: 'UBND phường, xã, đặc khu; Phòng công chứng, Văn phòng công chứng',
    submissionPlace: `${ONE_STOP} (bất kỳ phường, xã nào); hoặc Phòng công chứng, Văn phòng công chứng`,
    steps: [
      'Mang giấy tờ tùy thân và giấy tờ cần chứng thực chữ ký (chưa ký).',
      'Người tiếp nhận kiểm tra giấy tờ; người yêu cầu ký hoặc điểm chỉ trước mặt người thực hiện chứng thực.',
      'Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
      'Nộp phí và nhận giấy tờ đã chứng thực.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: 'Ngay trong ngày tiếp nhận, hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ',
        fee: '10.000 đồng/trường hợp (một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản)',
      },
    ],
    documents: [
      {
        case: '',
        items: [orig('Giấy tờ tùy thân còn giá trị (thẻ căn cước, hộ chiếu...)', 'Bản chính hoặc bản sao có chứng thực, xuất trình'), orig('Giấy tờ, văn bản cần chứng thực chữ ký')],
      },
    ],
    result: 'Giấy tờ, văn bản đã được chứng thực chữ ký.',
    conditions:
      'Người yêu cầu phải ký trước mặt người thực hiện chứng thực; thủ tục áp dụng cả cho điểm chỉ và trường hợp không thể ký, không thể điểm chỉ. Không chứng thực chữ ký khi giấy tờ có nội dung trái pháp luật, đạo đức xã hội, hoặc là hợp đồng, giao dịch — trừ giấy ủy quyền không có thù lao, không có nghĩa vụ bồi thường và không liên quan đến chuyển quyền sở hữu tài sản, quyền sử dụng bất động sản.',
    legalBasis: [ND23, ND07, ND120, TT01, TT226],
    keywords: ['chứng thực chữ ký', 'công chứng chữ ký', 'xác nhận chữ ký', 'chứng thực giấy ủy quyền', 'giấy ủy quyền', 'điểm chỉ'],
    lifeEvents: ['work', 'business'],
    uncertain: `${U_CT} Cách xử lý trường hợp không ký, không điểm chỉ được xem hướng dẫn tại nơi nộp.`,
  },
  {
    code: '2.001035',
    codeVerified: true,
    decisionNumber: '',
    slug: 'chung-thuc-hop-dong-giao-dich-dong-san',
    titleVi: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
    titleEn: 'Certification of contracts and transactions concerning movable property',
    summaryVi:
      'Chứng thực hợp đồng, giao dịch về động sản như mua bán, tặng cho xe máy, ô tô, hợp đồng ủy quyền liên quan đến động sản. Các bên ký trước mặt người thực hiện chứng thực tại UBND phường, xã; cũng có thể công chứng tại tổ chức hành nghề công chứng.',
    summaryEn:
      'Certifies contracts about movable property, such as selling or giving a motorbike or car, or an authorisation concerning movables. The parties sign before the official at the ward or commune; a notary office is an alternative.',
    field: 'chung-thuc',
    level: 'COMMUNE',
    onlineLevel: 'NONE',
    applicants: 'Cá nhân, tổ chức là các bên tham gia hợp đồng, giao dịch',
    implementingAgency: 'UBND phường, xã, đặc khu (Chủ tịch hoặc Phó Chủ tịch UBND ký chứng thực)',
    submissionPlace: ONE_STOP,
    steps: [
      'Chuẩn bị dự thảo hợp đồng, giao dịch và giấy tờ về tài sản.',
      'Nộp hồ sơ; người tiếp nhận kiểm tra giấy tờ, năng lực hành vi dân sự và sự tự nguyện của các bên.',
      'Các bên ký (hoặc điểm chỉ) vào hợp đồng trước mặt người thực hiện chứng thực.',
      'Người có thẩm quyền ghi lời chứng, ký, đóng dấu, ghi vào sổ chứng thực; các bên nộp phí và nhận hợp đồng.',
    ],
    methods: [
      {
        channel: 'IN_PERSON',
        processingTime: 'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, hoặc lâu hơn theo thỏa thuận bằng văn bản với người yêu cầu',
        fee: '50.000 đồng/hợp đồng, giao dịch',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          orig('Dự thảo hợp đồng, giao dịch'),
          orig('Giấy tờ tùy thân còn giá trị của người yêu cầu chứng thực (thẻ căn cước, hộ chiếu...)', 'Xuất trình để kiểm tra'),
          copy('Giấy chứng nhận quyền sở hữu hoặc giấy tờ thay thế đối với tài sản phải đăng ký (ví dụ giấy chứng nhận đăng ký xe)', 'Mang bản chính để đối chiếu'),
        ],
      },
      { case: 'Trường hợp người ký là người đại diện', items: [copy('Giấy tờ chứng minh thẩm quyền đại diện')] },
    ],
    result: 'Hợp đồng, giao dịch đã được chứng thực.',
    conditions:
      'Các bên có năng lực hành vi dân sự, tự nguyện giao kết và ký trước mặt người thực hiện chứng thực. Người yêu cầu chịu trách nhiệm về nội dung, tính hợp pháp của hợp đồng; người thực hiện chứng thực chịu trách nhiệm về thời gian, địa điểm giao kết, năng lực hành vi dân sự, ý chí tự nguyện, chữ ký hoặc dấu điểm chỉ của các bên.',
    legalBasis: [BLDS, ND23, ND07, ND120, TT01, TT226],
    keywords: ['chứng thực hợp đồng mua bán xe', 'công chứng mua bán xe máy', 'hợp đồng mua bán xe', 'hợp đồng tặng cho xe', 'hợp đồng ủy quyền', 'chứng thực hợp đồng động sản'],
    lifeEvents: ['business'],
    uncertain: `Trong Cơ sở dữ liệu quốc gia, mã 2.001035 mang tên chung cho giao dịch về động sản, quyền sử dụng đất, nhà ở; trang này chỉ mô tả động sản. Có thể không phải nộp bản sao giấy tờ tùy thân theo sửa đổi năm 2025. ${U_CT}`,
  },
  {
    code: '1.004746',
    codeVerified: true,
    decisionNumber: '',
    slug: 'dang-ky-lai-ket-hon',
    titleVi: 'Đăng ký lại kết hôn',
    titleEn: 'Re-registration of marriage',
    summaryVi:
      'Đăng ký lại việc kết hôn đã đăng ký trước ngày 01/01/2016 khi cả Sổ hộ tịch lẫn bản chính Giấy chứng nhận kết hôn đều bị mất; quan hệ hôn nhân được công nhận từ ngày đăng ký trước đây. Nếu Sổ hộ tịch còn lưu, chỉ cần xin bản sao trích lục kết hôn.',
    summaryEn:
      'Re-registers a marriage registered before 1 January 2016 when both the register and the original certificate are lost; the marriage counts from the original date. If the register exists, request a copy of the extract instead.',
    field: 'ho-tich',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Vợ và chồng đã đăng ký kết hôn tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016',
    implementingAgency: 'UBND phường, xã, đặc khu nơi đã đăng ký kết hôn trước đây hoặc nơi cư trú của vợ hoặc chồng',
    submissionPlace: `${ONE_STOP}; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Chuẩn bị tờ khai và bản sao Giấy chứng nhận kết hôn hoặc giấy tờ có thông tin về việc kết hôn.',
      'Nộp hồ sơ trực tiếp hoặc trực tuyến.',
      'Công chức tư pháp – hộ tịch kiểm tra, xác minh; nộp ở nơi khác với nơi đăng ký trước đây thì đề nghị nơi đó kiểm tra việc lưu giữ sổ.',
      'Hai bên cùng có mặt ký vào Sổ hộ tịch và Giấy chứng nhận kết hôn; mỗi bên nhận 01 bản chính.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ; có thể kéo dài khi phải xác minh ở nơi đăng ký trước đây', fee: FEE_HDND },
      { channel: 'ONLINE', processingTime: SAME, fee: FEE_HDND, note: 'Hai bên vẫn phải cùng có mặt khi ký và nhận giấy' },
    ],
    documents: [
      { case: '', items: [form('Tờ khai đăng ký lại kết hôn'), copy('Bản sao Giấy chứng nhận kết hôn đã cấp trước đây (nếu có)'), id('của hai bên')] },
      { case: 'Trường hợp không có bản sao Giấy chứng nhận kết hôn', items: [copy('Bản sao hồ sơ, giấy tờ cá nhân có thông tin về việc đăng ký kết hôn trước đây')] },
    ],
    result: 'Giấy chứng nhận kết hôn (đăng ký lại), mỗi bên 01 bản chính.',
    conditions:
      'Việc kết hôn đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 và cả Sổ hộ tịch lẫn bản chính Giấy chứng nhận kết hôn đều bị mất; hai bên cùng có mặt khi đăng ký. Quan hệ hôn nhân được công nhận từ ngày đăng ký trước đây; không xác định được ngày, tháng thì từ ngày 01/01 của năm đó.',
    legalBasis: [...CORE],
    keywords: ['đăng ký lại kết hôn', 'mất giấy đăng ký kết hôn', 'làm lại giấy kết hôn', 'cấp lại giấy chứng nhận kết hôn', 'giấy kết hôn bị mất'],
    lifeEvents: ['marriage'],
    uncertain: `${U_FEE} Thời gian xác minh khi nộp ở nơi khác với nơi đã đăng ký trước đây chưa được nêu cụ thể.`,
  },
];

// Seed data, part D: employment (việc làm), social and health insurance (bảo hiểm), social assistance
// (bảo trợ xã hội), labour (lao động) and education (giáo dục) procedures for Ho Chi Minh City.
// Written from public legal texts in our own words. Codes could not be checked against the national
// database and are marked codeVerified: false. What could not be checked is stated in `uncertain`.
// In 2025 the Sở Lao động – Thương binh và Xã hội was merged into the Sở Nội vụ, social assistance
// moved to the Sở Y tế, the district level was abolished (1 July 2025) and the city was merged with
// Bình Dương and Bà Rịa – Vũng Tàu; several bodies named below may have been renamed since.
import type { ProcedureSeed } from './types';

type Law = ProcedureSeed['legalBasis'][number];
type Item = ProcedureSeed['documents'][number]['items'][number];

const DVC = 'https://dichvucong.gov.vn';
const ONE_STOP = 'Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của UBND phường, xã, đặc khu';
const DVVL = 'Trung tâm Dịch vụ việc làm Thành phố Hồ Chí Minh (trụ sở chính hoặc các chi nhánh, điểm tiếp nhận)';
const BHXH = 'Cơ quan Bảo hiểm xã hội nơi cư trú tại Thành phố Hồ Chí Minh';
const FREE = 'Không mất phí, lệ phí';
const SAME = 'Như nộp trực tiếp';
const U_CODE = 'Mã thủ tục chưa đối chiếu được với Cơ sở dữ liệu quốc gia về thủ tục hành chính sau khi sắp xếp chính quyền hai cấp.';
const U_SNV =
  'Từ 01/3/2025 Sở Lao động – Thương binh và Xã hội hợp nhất vào Sở Nội vụ; các quyết định trước đây do Giám đốc Sở LĐTBXH ký nay do Sở Nội vụ Thành phố Hồ Chí Minh thực hiện. Tên gọi, địa chỉ các chi nhánh Trung tâm Dịch vụ việc làm sau khi hợp nhất Thành phố (01/7/2025) chưa xác minh được.';
const U_LVL2026 =
  'Luật Việc làm số 74/2025/QH15 (có hiệu lực từ 01/01/2026) thay thế Luật Việc làm 2013; điều kiện, mức hưởng và hồ sơ bảo hiểm thất nghiệp có thể thay đổi theo luật mới và văn bản hướng dẫn.';
const U_BHXH =
  'Từ năm 2025 hệ thống Bảo hiểm xã hội được tổ chức lại (trực thuộc Bộ Tài chính, tổ chức theo khu vực); tên và địa chỉ cơ quan BHXH tiếp nhận tại Thành phố chưa xác minh được, nên tra cứu trên ứng dụng VssID hoặc gọi tổng đài 1900 9068.';
const U_SOCIAL =
  'Sau khi bỏ cấp huyện (01/7/2025), thẩm quyền quyết định do Chủ tịch UBND cấp huyện trước đây chuyển về Chủ tịch UBND phường, xã, đặc khu; lĩnh vực bảo trợ xã hội ở cấp Thành phố chuyển sang Sở Y tế. Thời hạn từng bước có thể đã được điều chỉnh theo văn bản phân cấp mới.';
const U_LD =
  'Nghị định 152/2020/NĐ-CP được thay thế bởi Nghị định về người lao động nước ngoài ban hành năm 2025 (theo thông tin công khai là Nghị định 219/2025/NĐ-CP, chưa đối chiếu được nguyên văn), với hồ sơ, thời hạn và mẫu đơn có thể khác; hãy kiểm tra quy định đang áp dụng trước khi nộp.';
const U_TS =
  'Kế hoạch, mốc thời gian, địa chỉ cổng đăng ký và cách phân tuyến do Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh công bố riêng cho từng năm học; sau khi hợp nhất Thành phố và bỏ cấp huyện, việc phân công giữa Sở và UBND phường, xã có thể đã thay đổi.';

const orig = (name: string, note?: string): Item => ({ name, originals: 1, copies: 0, ...(note ? { note } : {}) });
const copy = (name: string, note?: string): Item => ({ name, originals: 0, copies: 1, ...(note ? { note } : {}) });
const form = (name: string, f: string, note?: string): Item => ({ name, form: f, originals: 1, copies: 0, ...(note ? { note } : {}) });
const id = (whose = 'của người nộp hồ sơ'): Item =>
  orig(`Giấy tờ tùy thân ${whose} (thẻ căn cước, căn cước công dân hoặc hộ chiếu)`, 'Xuất trình khi nộp trực tiếp; có thể không cần nếu cơ quan khai thác được Cơ sở dữ liệu quốc gia về dân cư');

const LVL: Law = { number: '38/2013/QH13', summary: 'Luật Việc làm', date: '16/11/2013', issuer: 'Quốc hội' };
const ND28: Law = { number: '28/2015/NĐ-CP', summary: 'Quy định chi tiết thi hành Luật Việc làm về bảo hiểm thất nghiệp', date: '12/03/2015', issuer: 'Chính phủ' };
const ND61: Law = { number: '61/2020/NĐ-CP', summary: 'Sửa đổi, bổ sung một số điều của Nghị định 28/2015/NĐ-CP về bảo hiểm thất nghiệp', date: '29/05/2020', issuer: 'Chính phủ' };
const TT28: Law = { number: '28/2015/TT-BLĐTBXH', summary: 'Hướng dẫn thực hiện Điều 52 Luật Việc làm và một số điều của Nghị định 28/2015/NĐ-CP về bảo hiểm thất nghiệp (đã sửa đổi, bổ sung)', date: '31/07/2015', issuer: 'Bộ Lao động – Thương binh và Xã hội' };
const LBHYT: Law = { number: '25/2008/QH12', summary: 'Luật Bảo hiểm y tế (đã sửa đổi, bổ sung năm 2014 và năm 2024)', date: '14/11/2008', issuer: 'Quốc hội' };
const LBHYT24: Law = { number: '51/2024/QH15', summary: 'Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế', date: '27/11/2024', issuer: 'Quốc hội' };
const ND146: Law = { number: '146/2018/NĐ-CP', summary: 'Quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế', date: '17/10/2018', issuer: 'Chính phủ' };
const QD595: Law = { number: '595/QĐ-BHXH', summary: 'Quy trình thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp; quản lý sổ bảo hiểm xã hội, thẻ bảo hiểm y tế (đã sửa đổi, bổ sung)', date: '14/04/2017', issuer: 'Bảo hiểm xã hội Việt Nam' };
const LBHXH: Law = { number: '41/2024/QH15', summary: 'Luật Bảo hiểm xã hội (có hiệu lực từ 01/7/2025)', date: '29/06/2024', issuer: 'Quốc hội' };
const ND20: Law = { number: '20/2021/NĐ-CP', summary: 'Chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội', date: '15/03/2021', issuer: 'Chính phủ' };
const ND76: Law = { number: '76/2024/NĐ-CP', summary: 'Sửa đổi, bổ sung một số điều của Nghị định 20/2021/NĐ-CP (nâng mức chuẩn trợ giúp xã hội lên 500.000 đồng/tháng)', date: '01/07/2024', issuer: 'Chính phủ' };
const LNKT: Law = { number: '51/2010/QH12', summary: 'Luật Người khuyết tật', date: '17/06/2010', issuer: 'Quốc hội' };
const ND28NKT: Law = { number: '28/2012/NĐ-CP', summary: 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật', date: '10/04/2012', issuer: 'Chính phủ' };
const TT01: Law = { number: '01/2019/TT-BLĐTBXH', summary: 'Quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện', date: '02/01/2019', issuer: 'Bộ Lao động – Thương binh và Xã hội' };
const BLLD: Law = { number: '45/2019/QH14', summary: 'Bộ luật Lao động', date: '20/11/2019', issuer: 'Quốc hội' };
const ND152: Law = { number: '152/2020/NĐ-CP', summary: 'Quy định về người lao động nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá nhân nước ngoài tại Việt Nam', date: '30/12/2020', issuer: 'Chính phủ' };
const ND70: Law = { number: '70/2023/NĐ-CP', summary: 'Sửa đổi, bổ sung một số điều của Nghị định 152/2020/NĐ-CP', date: '18/09/2023', issuer: 'Chính phủ' };
const LGD: Law = { number: '43/2019/QH14', summary: 'Luật Giáo dục', date: '14/06/2019', issuer: 'Quốc hội' };
const TT30: Law = { number: '30/2024/TT-BGDĐT', summary: 'Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông', date: '30/12/2024', issuer: 'Bộ Giáo dục và Đào tạo' };
const TT28TH: Law = { number: '28/2020/TT-BGDĐT', summary: 'Điều lệ trường tiểu học', date: '04/09/2020', issuer: 'Bộ Giáo dục và Đào tạo' };
const QD51: Law = { number: '51/2002/QĐ-BGDĐT', summary: 'Quy định chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông (đã sửa đổi, bổ sung)', date: '25/12/2002', issuer: 'Bộ Giáo dục và Đào tạo' };

const BHTN = [LVL, ND28, ND61, TT28];

export const procedures: ProcedureSeed[] = [
  {
    code: '1.001978',
    codeVerified: false,
    decisionNumber: '',
    slug: 'giai-quyet-huong-tro-cap-that-nghiep',
    titleVi: 'Giải quyết hưởng trợ cấp thất nghiệp',
    titleEn: 'Claiming unemployment benefit',
    summaryVi:
      'Người lao động đã đóng bảo hiểm thất nghiệp, nay chấm dứt hợp đồng lao động và chưa có việc làm, nộp hồ sơ tại Trung tâm Dịch vụ việc làm trong 3 tháng kể từ ngày chấm dứt hợp đồng để được xét hưởng trợ cấp thất nghiệp hằng tháng.',
    summaryEn:
      'Workers who paid unemployment insurance and whose employment contract has ended without a new job apply at an Employment Service Centre within 3 months of the end of the contract to receive a monthly unemployment benefit.',
    field: 'viec-lam',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người lao động đang đóng bảo hiểm thất nghiệp đã chấm dứt hợp đồng lao động hoặc hợp đồng làm việc',
    implementingAgency: 'Trung tâm Dịch vụ việc làm Thành phố Hồ Chí Minh',
    competentAgency: 'Sở Nội vụ Thành phố Hồ Chí Minh (trước đây là Sở Lao động – Thương binh và Xã hội)',
    submissionPlace: `${DVVL}, nơi người lao động muốn nhận trợ cấp; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Trong 3 tháng kể từ ngày chấm dứt hợp đồng, nộp đề nghị hưởng trợ cấp thất nghiệp kèm sổ bảo hiểm xã hội (đã được chốt) và giấy tờ chứng minh việc chấm dứt hợp đồng.',
      'Trung tâm Dịch vụ việc làm kiểm tra hồ sơ, cấp phiếu hẹn trả kết quả.',
      'Trong 20 ngày làm việc kể từ ngày nhận đủ hồ sơ, Trung tâm trình và Sở quyết định hưởng trợ cấp thất nghiệp (hoặc trả lời bằng văn bản nếu không đủ điều kiện).',
      'Người lao động đến nhận quyết định theo phiếu hẹn; nếu không đến trong thời hạn quy định thì coi như không có nhu cầu hưởng.',
      'Cơ quan bảo hiểm xã hội chi trả trợ cấp tháng đầu và các tháng tiếp theo (qua tài khoản hoặc bưu điện); người lao động thông báo tìm kiếm việc làm hằng tháng.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ', fee: FREE },
      { channel: 'ONLINE', processingTime: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ', fee: FREE, note: 'Người lao động vẫn phải đến Trung tâm nhận quyết định và thông báo tìm việc theo lịch hẹn' },
      { channel: 'POST', processingTime: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ', fee: 'Không mất phí, lệ phí; cước bưu chính do người gửi trả', note: 'Chỉ trong các trường hợp được ủy quyền hoặc gửi qua bưu điện theo quy định (ốm đau, thai sản, tai nạn, thiên tai...)' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Đề nghị hưởng trợ cấp thất nghiệp', 'Mẫu của Bộ Lao động – Thương binh và Xã hội (nay là Bộ Nội vụ)'),
          copy('Giấy tờ chứng minh việc chấm dứt hợp đồng lao động hoặc hợp đồng làm việc', 'Ví dụ: quyết định thôi việc, quyết định sa thải, thông báo chấm dứt hợp đồng, hợp đồng đã hết hạn; bản chính hoặc bản sao có chứng thực'),
          orig('Sổ bảo hiểm xã hội đã được chốt thời gian đóng', 'Hoặc thông tin quá trình đóng trên ứng dụng VssID theo hướng dẫn của Trung tâm'),
          id(),
        ],
      },
    ],
    result: 'Quyết định về việc hưởng trợ cấp thất nghiệp.',
    conditions:
      'Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong 24 tháng trước khi chấm dứt hợp đồng (với hợp đồng có thời hạn từ 1 đến dưới 3 tháng: đủ 12 tháng trong 36 tháng); nộp hồ sơ trong 3 tháng kể từ ngày chấm dứt hợp đồng; chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ. Không được hưởng nếu tự ý đơn phương chấm dứt hợp đồng trái pháp luật hoặc đang hưởng lương hưu, trợ cấp mất sức lao động hằng tháng. Mức hưởng hằng tháng bằng 60% bình quân tiền lương đóng bảo hiểm thất nghiệp của 6 tháng liền kề trước khi thất nghiệp, không quá 5 lần mức lương tối thiểu vùng (với người theo chế độ tiền lương do Nhà nước quy định: không quá 5 lần mức lương cơ sở). Đóng đủ 12 đến 36 tháng được hưởng 3 tháng; sau đó cứ đóng đủ thêm 12 tháng thì được thêm 1 tháng, tối đa 12 tháng.',
    legalBasis: BHTN,
    keywords: ['trợ cấp thất nghiệp', 'BHTN', 'bảo hiểm thất nghiệp', 'thất nghiệp', 'nghỉ việc lãnh tiền thất nghiệp', 'hồ sơ thất nghiệp', 'Trung tâm Dịch vụ việc làm', 'unemployment benefit'],
    lifeEvents: ['work'],
    uncertain: `${U_CODE} ${U_SNV} ${U_LVL2026} Tên mẫu đơn và việc có cần nộp bản giấy sổ BHXH hay không có thể khác theo hướng dẫn của Trung tâm.`,
  },
  {
    code: '1.001966',
    codeVerified: false,
    decisionNumber: '',
    slug: 'ho-tro-hoc-nghe-cho-nguoi-dang-huong-tro-cap-that-nghiep',
    titleVi: 'Hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp',
    titleEn: 'Vocational training support for people receiving unemployment benefit',
    summaryVi:
      'Người đang hưởng trợ cấp thất nghiệp có nhu cầu học nghề đề nghị Trung tâm Dịch vụ việc làm để được hỗ trợ chi phí học nghề (tối đa 6 tháng) tại cơ sở giáo dục nghề nghiệp, ngoài khoản trợ cấp thất nghiệp đang nhận.',
    summaryEn:
      'People receiving unemployment benefit who want to learn a trade apply to the Employment Service Centre to have training costs (for up to 6 months) paid at a vocational training institution, on top of their benefit.',
    field: 'viec-lam',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người lao động đang hưởng trợ cấp thất nghiệp có nhu cầu học nghề',
    implementingAgency: 'Trung tâm Dịch vụ việc làm Thành phố Hồ Chí Minh',
    competentAgency: 'Sở Nội vụ Thành phố Hồ Chí Minh (trước đây là Sở Lao động – Thương binh và Xã hội)',
    submissionPlace: `${DVVL}, nơi đang hưởng trợ cấp thất nghiệp; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Chọn nghề và cơ sở giáo dục nghề nghiệp; Trung tâm Dịch vụ việc làm tư vấn, giới thiệu nơi học.',
      'Nộp đề nghị hỗ trợ học nghề tại Trung tâm Dịch vụ việc làm nơi đang hưởng trợ cấp thất nghiệp.',
      'Trung tâm xem xét, trình Sở quyết định hỗ trợ học nghề; nếu không đủ điều kiện thì trả lời bằng văn bản, nêu rõ lý do.',
      'Nhận quyết định, nhập học tại cơ sở giáo dục nghề nghiệp; chi phí học được chi trả cho cơ sở đào tạo theo quy định.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ', fee: FREE },
      { channel: 'ONLINE', processingTime: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ', fee: FREE },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Đề nghị hỗ trợ học nghề', 'Mẫu của Bộ Lao động – Thương binh và Xã hội (nay là Bộ Nội vụ)'),
          id(),
        ],
      },
    ],
    result: 'Quyết định về việc hỗ trợ học nghề.',
    conditions:
      'Đang hưởng trợ cấp thất nghiệp và có nhu cầu học nghề. Thời gian được hỗ trợ học nghề theo thời gian học thực tế nhưng không quá 6 tháng; mức hỗ trợ theo quyết định của Thủ tướng Chính phủ và theo học phí thực tế của khóa học. Học nghề không làm gián đoạn việc hưởng trợ cấp thất nghiệp, nhưng vẫn phải thông báo tìm kiếm việc làm hằng tháng (được miễn trong thời gian đang học khóa có thời gian từ 3 tháng trở lên, theo quy định).',
    legalBasis: BHTN,
    keywords: ['hỗ trợ học nghề', 'học nghề thất nghiệp', 'học nghề miễn phí', 'BHTN học nghề', 'bảo hiểm thất nghiệp', 'đào tạo nghề'],
    lifeEvents: ['work'],
    uncertain: `${U_CODE} Mức hỗ trợ tối đa mỗi tháng và thời hạn giải quyết chưa xác minh được theo văn bản đang áp dụng. ${U_SNV} ${U_LVL2026}`,
  },
  {
    code: '1.001973',
    codeVerified: false,
    decisionNumber: '',
    slug: 'thong-bao-tim-kiem-viec-lam-hang-thang',
    titleVi: 'Thông báo về việc tìm kiếm việc làm hằng tháng của người hưởng trợ cấp thất nghiệp',
    titleEn: 'Monthly job-search report by people receiving unemployment benefit',
    summaryVi:
      'Trong thời gian hưởng trợ cấp thất nghiệp, mỗi tháng người lao động phải thông báo với Trung tâm Dịch vụ việc làm về việc tìm kiếm việc làm theo lịch hẹn ghi trong quyết định. Không thông báo đúng hạn sẽ bị tạm dừng hưởng trợ cấp.',
    summaryEn:
      'While receiving unemployment benefit, the person must report their job search to the Employment Service Centre every month on the date set in the decision. Missing the report suspends the benefit.',
    field: 'viec-lam',
    level: 'CITY',
    onlineLevel: 'NONE',
    applicants: 'Người lao động đang hưởng trợ cấp thất nghiệp',
    implementingAgency: 'Trung tâm Dịch vụ việc làm Thành phố Hồ Chí Minh',
    submissionPlace: `${DVVL}, nơi đang hưởng trợ cấp thất nghiệp`,
    steps: [
      'Đến Trung tâm Dịch vụ việc làm đúng ngày hẹn hằng tháng ghi trong quyết định hưởng trợ cấp thất nghiệp.',
      'Kê khai thông báo về việc tìm kiếm việc làm (đã liên hệ tìm việc ở đâu, kết quả ra sao).',
      'Trung tâm ghi nhận và cập nhật vào hồ sơ; nếu đã có việc làm thì làm thủ tục chấm dứt hưởng.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Tiếp nhận ngay khi nộp', fee: FREE },
      {
        channel: 'POST',
        processingTime: 'Tiếp nhận ngay khi nhận được',
        fee: 'Không mất phí, lệ phí; cước bưu chính do người gửi trả',
        note: 'Chỉ khi không đến trực tiếp được vì ốm đau, thai sản, tai nạn (có giấy tờ xác nhận), thiên tai, hỏa hoạn, dịch bệnh, hoặc các trường hợp khác theo quy định',
      },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Thông báo về việc tìm kiếm việc làm', 'Mẫu của Bộ Lao động – Thương binh và Xã hội (nay là Bộ Nội vụ)'),
          id(),
        ],
      },
      { case: 'Trường hợp thông báo qua bưu điện hoặc ủy quyền', items: [copy('Giấy tờ chứng minh lý do không đến trực tiếp được (ví dụ giấy ra viện, giấy xác nhận của cơ sở y tế)')] },
    ],
    result: 'Việc tìm kiếm việc làm hằng tháng được ghi nhận để tiếp tục hưởng trợ cấp thất nghiệp.',
    conditions:
      'Thông báo đúng lịch hẹn mỗi tháng. Nếu quá hạn mà không thông báo (theo quy định hiện hành: sau 3 ngày làm việc kể từ ngày hẹn) thì bị tạm dừng hưởng; nếu tiếp tục thông báo trong thời hạn còn hưởng thì được hưởng tiếp. Được miễn thông báo khi đang học nghề (khóa học từ 3 tháng trở lên), ốm đau, thai sản... theo quy định.',
    legalBasis: BHTN,
    keywords: ['thông báo tìm việc', 'khai báo thất nghiệp hằng tháng', 'trình diện thất nghiệp', 'tìm kiếm việc làm', 'BHTN', 'tạm dừng trợ cấp thất nghiệp'],
    lifeEvents: ['work'],
    uncertain: `${U_CODE} Một số Trung tâm Dịch vụ việc làm có thể nhận thông báo trực tuyến; chưa xác minh được việc áp dụng tại Thành phố Hồ Chí Minh. ${U_LVL2026}`,
  },
  {
    code: '1.002081',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-lai-the-bao-hiem-y-te-do-mat-hong',
    titleVi: 'Cấp lại thẻ bảo hiểm y tế do bị mất, hỏng',
    titleEn: 'Replacing a lost or damaged health insurance card',
    summaryVi:
      'Người có thẻ bảo hiểm y tế bị mất, rách, hỏng đề nghị cơ quan Bảo hiểm xã hội cấp lại thẻ. Thông tin trên thẻ không thay đổi. Khi chờ cấp lại vẫn có thể khám chữa bệnh bằng thẻ căn cước gắn chip hoặc ứng dụng VNeID, VssID.',
    summaryEn:
      'If a health insurance card is lost or damaged, the holder asks the Social Insurance office to issue a new one with the same details. Meanwhile the chip-based ID card or the VNeID/VssID apps can be used at clinics.',
    field: 'bao-hiem',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Cá nhân có thẻ bảo hiểm y tế bị mất, hỏng (hoặc người đại diện, đơn vị sử dụng lao động)',
    implementingAgency: 'Bảo hiểm xã hội nơi cư trú hoặc nơi đơn vị đóng BHYT',
    submissionPlace: `${BHXH}; đại lý thu BHXH, BHYT; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VssID`,
    steps: [
      'Kê khai tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT (mẫu TK1-TS), ghi rõ lý do mất hoặc hỏng thẻ.',
      'Nộp trực tiếp, qua bưu chính, qua đơn vị sử dụng lao động hoặc trực tuyến.',
      'Cơ quan BHXH kiểm tra và in lại thẻ.',
      'Nhận thẻ tại cơ quan BHXH, qua bưu điện, hoặc sử dụng thẻ BHYT điện tử trên ứng dụng VssID, VNeID.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ (thực tế thường ngắn hơn)', fee: 'Không mất phí' },
      { channel: 'ONLINE', processingTime: SAME, fee: 'Không mất phí' },
      { channel: 'POST', processingTime: SAME, fee: 'Không mất phí; cước bưu chính do người gửi trả' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế', 'Mẫu TK1-TS của Bảo hiểm xã hội Việt Nam'),
          orig('Thẻ bảo hiểm y tế bị hỏng (nếu còn)'),
        ],
      },
    ],
    result: 'Thẻ bảo hiểm y tế được cấp lại (giữ nguyên mã số, thời hạn và quyền lợi).',
    conditions: 'Thẻ bị mất hoặc hỏng; thông tin trên thẻ không thay đổi (nếu có thay đổi thì làm thủ tục cấp đổi thẻ). Trong thời gian chờ cấp lại, người tham gia vẫn được hưởng quyền lợi bảo hiểm y tế.',
    legalBasis: [LBHYT, LBHYT24, ND146, QD595],
    keywords: ['cấp lại thẻ BHYT', 'mất thẻ bảo hiểm y tế', 'thẻ BHYT bị hỏng', 'làm lại thẻ bảo hiểm y tế', 'BHYT', 'VssID', 'health insurance card'],
    lifeEvents: [],
    uncertain: `${U_CODE} ${U_BHXH} Thời hạn 07 ngày làm việc lấy theo Luật Bảo hiểm y tế; thủ tục nội bộ của BHXH có thể quy định ngắn hơn. Nghị định 146/2018/NĐ-CP có thể đã được thay thế bởi nghị định hướng dẫn Luật sửa đổi năm 2024.`,
  },
  {
    code: '1.002082',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-doi-the-bao-hiem-y-te',
    titleVi: 'Cấp đổi thẻ bảo hiểm y tế (thay đổi thông tin)',
    titleEn: 'Changing details on a health insurance card',
    summaryVi:
      'Khi họ tên, ngày sinh, giới tính hoặc thông tin khác trên thẻ bảo hiểm y tế bị sai hoặc thay đổi, hay muốn đổi nơi đăng ký khám chữa bệnh ban đầu, người tham gia đề nghị cơ quan Bảo hiểm xã hội cấp đổi thẻ.',
    summaryEn:
      'When the name, date of birth, sex or other details on a health insurance card are wrong or have changed, or to change the registered primary-care clinic, the holder asks the Social Insurance office for a new card.',
    field: 'bao-hiem',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Người tham gia bảo hiểm y tế có thông tin trên thẻ cần thay đổi, điều chỉnh',
    implementingAgency: 'Bảo hiểm xã hội nơi cư trú hoặc nơi đơn vị đóng BHYT',
    submissionPlace: `${BHXH}; qua đơn vị sử dụng lao động hoặc đại lý thu; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VssID`,
    steps: [
      'Kê khai tờ khai TK1-TS, ghi nội dung cần điều chỉnh; người đang làm việc thì nộp qua đơn vị sử dụng lao động.',
      'Nộp kèm giấy tờ chứng minh thông tin thay đổi (nếu thông tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư).',
      'Cơ quan BHXH đối chiếu, điều chỉnh dữ liệu và in thẻ mới.',
      'Nhận thẻ mới; thẻ điện tử trên VssID, VNeID được cập nhật.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ (thường không quá 07 ngày làm việc)', fee: 'Không mất phí' },
      { channel: 'ONLINE', processingTime: SAME, fee: 'Không mất phí' },
      { channel: 'POST', processingTime: SAME, fee: 'Không mất phí; cước bưu chính do người gửi trả' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế', 'Mẫu TK1-TS của Bảo hiểm xã hội Việt Nam'),
          orig('Thẻ bảo hiểm y tế đang sử dụng'),
        ],
      },
      {
        case: 'Trường hợp điều chỉnh họ tên, ngày sinh, giới tính',
        items: [copy('Giấy tờ chứng minh thông tin đúng (giấy khai sinh, trích lục cải chính hộ tịch, thẻ căn cước...)', 'Không cần nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư')],
      },
    ],
    result: 'Thẻ bảo hiểm y tế mới với thông tin đã điều chỉnh.',
    conditions:
      'Đổi nơi đăng ký khám chữa bệnh ban đầu được thực hiện vào đầu mỗi quý (trong tháng đầu của quý) theo quy định. Thay đổi mức hưởng hoặc đối tượng tham gia cần giấy tờ chứng minh tương ứng.',
    legalBasis: [LBHYT, LBHYT24, ND146, QD595],
    keywords: ['đổi thẻ BHYT', 'sai thông tin thẻ bảo hiểm y tế', 'sửa tên trên thẻ BHYT', 'đổi nơi khám chữa bệnh ban đầu', 'đổi bệnh viện đăng ký BHYT', 'BHYT', 'thẻ bảo hiểm y tế'],
    lifeEvents: ['moving'],
    uncertain: `${U_CODE} ${U_BHXH} Thời hạn cụ thể và quy định về thời điểm đổi nơi khám chữa bệnh ban đầu có thể đã thay đổi theo Luật Bảo hiểm y tế sửa đổi năm 2024 (hiệu lực từ 01/7/2025).`,
  },
  {
    code: '1.002070',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-tham-gia-bao-hiem-xa-hoi-tu-nguyen',
    titleVi: 'Đăng ký tham gia bảo hiểm xã hội tự nguyện',
    titleEn: 'Joining voluntary social insurance',
    summaryVi:
      'Người không thuộc diện bảo hiểm xã hội bắt buộc (lao động tự do, buôn bán nhỏ, nông dân...) đăng ký đóng bảo hiểm xã hội tự nguyện để được hưởng lương hưu và trợ cấp tử tuất; tự chọn mức thu nhập làm căn cứ đóng và phương thức đóng.',
    summaryEn:
      'People not covered by compulsory social insurance (self-employed, small traders, farmers...) join voluntary social insurance to earn a pension and survivor benefits, choosing their own contribution base and payment schedule.',
    field: 'bao-hiem',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Công dân Việt Nam từ đủ 15 tuổi trở lên không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc',
    implementingAgency: 'Bảo hiểm xã hội nơi cư trú',
    submissionPlace: `${BHXH}; đại lý thu BHXH, BHYT (bưu điện, tổ chức dịch vụ thu tại phường, xã); hoặc đăng ký trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VssID`,
    steps: [
      'Kê khai tờ khai TK1-TS: chọn mức thu nhập làm căn cứ đóng và phương thức đóng (hằng tháng, 3 tháng, 6 tháng, 12 tháng hoặc một lần cho nhiều năm về sau).',
      'Nộp tờ khai và đóng tiền tại đại lý thu, cơ quan BHXH hoặc thanh toán trực tuyến.',
      'Cơ quan BHXH ghi nhận quá trình đóng, cấp sổ bảo hiểm xã hội (hoặc xác nhận trên sổ đã có).',
      'Theo dõi quá trình đóng trên ứng dụng VssID; đóng tiếp theo phương thức đã chọn.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ', fee: 'Không mất phí, lệ phí (chỉ đóng tiền bảo hiểm xã hội theo mức đã chọn)' },
      { channel: 'ONLINE', processingTime: SAME, fee: 'Không mất phí, lệ phí (chỉ đóng tiền bảo hiểm xã hội theo mức đã chọn)' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế', 'Mẫu TK1-TS của Bảo hiểm xã hội Việt Nam'),
          id(),
        ],
      },
      { case: 'Trường hợp đã có sổ bảo hiểm xã hội', items: [orig('Sổ bảo hiểm xã hội (hoặc cung cấp mã số BHXH)')] },
    ],
    result: 'Sổ bảo hiểm xã hội (hoặc quá trình đóng được ghi nhận trên sổ đã có và trên VssID).',
    conditions:
      'Mức đóng bằng 22% mức thu nhập tự chọn; thu nhập làm căn cứ đóng thấp nhất bằng chuẩn hộ nghèo khu vực nông thôn, cao nhất bằng 20 lần mức tham chiếu. Nhà nước hỗ trợ một phần tiền đóng cho người thuộc hộ nghèo, hộ cận nghèo và các đối tượng khác theo quy định. Bảo hiểm xã hội tự nguyện có các chế độ hưu trí, tử tuất, và theo Luật BHXH 2024 có thêm trợ cấp thai sản.',
    legalBasis: [LBHXH, QD595],
    keywords: ['BHXH tự nguyện', 'bảo hiểm xã hội tự nguyện', 'đóng bảo hiểm tự nguyện', 'lương hưu tự nguyện', 'đóng BHXH lao động tự do', 'VssID'],
    lifeEvents: ['work'],
    uncertain: `${U_CODE} ${U_BHXH} Nghị định hướng dẫn Luật Bảo hiểm xã hội 2024 về bảo hiểm xã hội tự nguyện (ban hành năm 2025) chưa đối chiếu được số hiệu, nên chưa ghi vào căn cứ pháp lý; tỷ lệ Nhà nước hỗ trợ và thời hạn cấp sổ nên hỏi tại nơi nộp hồ sơ.`,
  },
  {
    code: '1.002071',
    codeVerified: false,
    decisionNumber: '',
    slug: 'dang-ky-tham-gia-bao-hiem-y-te-theo-ho-gia-dinh',
    titleVi: 'Đăng ký tham gia bảo hiểm y tế theo hộ gia đình',
    titleEn: 'Enrolling a household in health insurance',
    summaryVi:
      'Các thành viên trong hộ gia đình chưa có bảo hiểm y tế theo nhóm khác (người lao động, học sinh, người hưởng chính sách...) đăng ký tham gia bảo hiểm y tế hộ gia đình; người thứ hai trở đi được giảm mức đóng.',
    summaryEn:
      'Household members who are not covered by another health insurance group (employees, students, beneficiaries...) enrol as a household; the second and later members pay a reduced contribution.',
    field: 'bao-hiem',
    level: 'CITY',
    onlineLevel: 'FULL',
    onlineUrl: DVC,
    applicants: 'Thành viên hộ gia đình (theo dữ liệu cư trú) chưa tham gia bảo hiểm y tế theo nhóm đối tượng khác',
    implementingAgency: 'Bảo hiểm xã hội nơi cư trú',
    submissionPlace: `${BHXH}; đại lý thu BHXH, BHYT (bưu điện, tổ chức dịch vụ thu tại phường, xã); hoặc đăng ký trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VssID`,
    steps: [
      'Kê khai tờ khai TK1-TS cho người chưa có mã số BHXH (người đã có mã số chỉ cần cung cấp mã số hoặc số định danh cá nhân).',
      'Chọn thời gian đóng (3 tháng, 6 tháng hoặc 12 tháng) và nộp tiền tại đại lý thu, cơ quan BHXH hoặc thanh toán trực tuyến.',
      'Cơ quan BHXH ghi nhận, cấp thẻ bảo hiểm y tế cho từng người.',
      'Nhận thẻ giấy qua đại lý thu hoặc dùng thẻ điện tử trên ứng dụng VssID, VNeID, thẻ căn cước gắn chip.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ', fee: 'Không mất phí, lệ phí (chỉ đóng tiền bảo hiểm y tế)' },
      { channel: 'ONLINE', processingTime: SAME, fee: 'Không mất phí, lệ phí (chỉ đóng tiền bảo hiểm y tế)' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế', 'Mẫu TK1-TS của Bảo hiểm xã hội Việt Nam', 'Mỗi người chưa có mã số BHXH một tờ khai'),
          id('của người đăng ký'),
        ],
      },
    ],
    result: 'Thẻ bảo hiểm y tế của từng thành viên tham gia.',
    conditions:
      'Mức đóng của người thứ nhất bằng 4,5% mức lương cơ sở mỗi tháng; người thứ hai, thứ ba, thứ tư lần lượt đóng 70%, 60%, 50% mức của người thứ nhất; từ người thứ năm trở đi đóng 40%. Người tham gia lần đầu hoặc tham gia lại sau thời gian gián đoạn thì thẻ chỉ có giá trị sử dụng sau 30 ngày kể từ ngày đóng (trừ một số trường hợp theo quy định), nên đóng liên tục để không bị gián đoạn quyền lợi.',
    legalBasis: [LBHYT, LBHYT24, ND146, QD595],
    keywords: ['BHYT hộ gia đình', 'bảo hiểm y tế hộ gia đình', 'mua bảo hiểm y tế', 'đóng BHYT tự nguyện', 'thẻ bảo hiểm y tế', 'gia hạn BHYT', 'mức đóng BHYT'],
    lifeEvents: ['baby', 'moving'],
    uncertain: `${U_CODE} ${U_BHXH} Mức đóng tính theo mức lương cơ sở hiện hành (2.340.000 đồng/tháng từ 01/7/2024, tức 105.300 đồng/tháng cho người thứ nhất) và có thể thay đổi khi điều chỉnh lương cơ sở; quy định về thời gian chờ 30 ngày có thể đã được điều chỉnh theo Luật Bảo hiểm y tế sửa đổi năm 2024. Thành phố có thể hỗ trợ thêm tiền đóng cho một số đối tượng (hộ cận nghèo...).`,
  },
  {
    code: '1.001776',
    codeVerified: false,
    decisionNumber: '',
    slug: 'thuc-hien-dieu-chinh-thoi-huong-tro-cap-xa-hoi-hang-thang',
    titleVi: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng',
    titleEn: 'Starting, changing or stopping the monthly social allowance',
    summaryVi:
      'Người thuộc diện bảo trợ xã hội (trẻ em không có nguồn nuôi dưỡng, người khuyết tật nặng và đặc biệt nặng, người cao tuổi không có người phụng dưỡng, người đơn thân nghèo nuôi con...) đề nghị UBND phường, xã nơi cư trú xét hưởng trợ cấp xã hội hằng tháng; cũng dùng khi cần điều chỉnh mức hoặc thôi hưởng.',
    summaryEn:
      'People eligible for social assistance (children without support, people with severe disabilities, older people without carers, poor single parents...) apply to their ward or commune for a monthly allowance; the same procedure changes or ends it.',
    field: 'bao-tro-xa-hoi',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Đối tượng bảo trợ xã hội theo Nghị định 20/2021/NĐ-CP hoặc người giám hộ, người đại diện',
    implementingAgency: 'UBND phường, xã, đặc khu nơi cư trú',
    competentAgency: 'Chủ tịch UBND phường, xã, đặc khu',
    submissionPlace: `${ONE_STOP} nơi cư trú; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Nộp tờ khai đề nghị trợ giúp xã hội theo mẫu dành cho từng nhóm đối tượng.',
      'Công chức phụ trách văn hóa – xã hội kiểm tra hồ sơ, niêm yết công khai kết quả xét duyệt tại trụ sở UBND (trừ thông tin cá nhân cần giữ kín).',
      'Hết thời gian niêm yết không có khiếu nại, Chủ tịch UBND phường, xã quyết định trợ cấp (hoặc trả lời bằng văn bản nếu không đủ điều kiện).',
      'Trợ cấp được chi trả hằng tháng từ tháng quyết định có hiệu lực, qua tài khoản, bưu điện hoặc tổ chức dịch vụ chi trả.',
      'Khi đối tượng thay đổi điều kiện, chuyển nơi cư trú hoặc qua đời, gia đình báo UBND để điều chỉnh hoặc thôi hưởng.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ', fee: FREE },
      { channel: 'ONLINE', processingTime: SAME, fee: FREE },
      { channel: 'POST', processingTime: SAME, fee: 'Không mất phí, lệ phí; cước bưu chính do người gửi trả' },
    ],
    documents: [
      {
        case: 'Trường hợp đề nghị hưởng trợ cấp',
        items: [
          form('Tờ khai đề nghị trợ giúp xã hội', 'Mẫu số 1a–1đ ban hành kèm Nghị định 20/2021/NĐ-CP (theo nhóm đối tượng)'),
          copy('Giấy xác nhận khuyết tật (đối với người khuyết tật)', 'Không cần nộp nếu UBND đã có dữ liệu'),
          copy('Giấy tờ chứng minh thuộc diện (ví dụ giấy tờ về việc cha mẹ chết, mất tích, đang chấp hành án; giấy tờ đang đi học đối với người từ 16 đến 22 tuổi)', 'Tùy trường hợp'),
        ],
      },
      { case: 'Trường hợp điều chỉnh hoặc thôi hưởng', items: [orig('Văn bản đề nghị hoặc thông báo thay đổi, kèm giấy tờ chứng minh (ví dụ trích lục khai tử, giấy xác nhận cư trú mới)')] },
    ],
    result: 'Quyết định hưởng, điều chỉnh hoặc thôi hưởng trợ cấp xã hội hằng tháng (kèm thẻ bảo hiểm y tế cho đối tượng thuộc diện được cấp).',
    conditions:
      'Thuộc một trong các nhóm đối tượng của Nghị định 20/2021/NĐ-CP. Mức trợ cấp bằng mức chuẩn trợ giúp xã hội nhân với hệ số theo từng nhóm; mức chuẩn toàn quốc là 500.000 đồng/tháng từ 01/7/2024, địa phương có thể áp dụng mức cao hơn. Người đủ điều kiện nhiều mức trợ cấp chỉ được hưởng một mức cao nhất. Người cao tuổi không có lương hưu, trợ cấp BHXH hằng tháng có thể thuộc diện trợ cấp hưu trí xã hội theo Luật Bảo hiểm xã hội 2024 (thủ tục riêng).',
    legalBasis: [ND20, ND76, LNKT, LBHXH],
    keywords: ['trợ cấp xã hội', 'trợ cấp hằng tháng', 'bảo trợ xã hội', 'trợ cấp người khuyết tật', 'trợ cấp người già', 'trợ cấp trẻ mồ côi', 'đơn thân nghèo', 'BTXH'],
    lifeEvents: ['death'],
    uncertain: `${U_CODE} ${U_SOCIAL} Mức chuẩn trợ giúp xã hội Thành phố Hồ Chí Minh đang áp dụng sau khi hợp nhất chưa xác minh được; thời hạn giải quyết cụ thể nên hỏi tại nơi nộp hồ sơ.`,
  },
  {
    code: '1.001731',
    codeVerified: false,
    decisionNumber: '',
    slug: 'ho-tro-chi-phi-mai-tang-cho-doi-tuong-bao-tro-xa-hoi',
    titleVi: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    titleEn: 'Funeral cost support for social assistance beneficiaries',
    summaryVi:
      'Khi người đang hưởng trợ cấp xã hội hằng tháng (hoặc người thuộc diện khác theo Nghị định 20/2021/NĐ-CP) qua đời, gia đình, cá nhân hoặc tổ chức đứng ra mai táng được hỗ trợ chi phí mai táng.',
    summaryEn:
      'When a person receiving the monthly social allowance (or another person covered by Decree 20/2021) dies, the family, person or organisation that arranged the funeral receives a funeral cost grant.',
    field: 'bao-tro-xa-hoi',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Cơ quan, tổ chức, gia đình hoặc cá nhân đứng ra tổ chức mai táng cho người thuộc diện hỗ trợ',
    implementingAgency: 'UBND phường, xã, đặc khu nơi người chết cư trú',
    competentAgency: 'Chủ tịch UBND phường, xã, đặc khu',
    submissionPlace: `${ONE_STOP} nơi người chết cư trú; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia (có thể nộp liên thông cùng thủ tục đăng ký khai tử)`,
    steps: [
      'Người tổ chức mai táng nộp tờ khai đề nghị hỗ trợ chi phí mai táng kèm giấy tờ về việc người đó đã chết.',
      'Công chức phụ trách văn hóa – xã hội kiểm tra hồ sơ và trình Chủ tịch UBND.',
      'Chủ tịch UBND phường, xã quyết định hỗ trợ; không hỗ trợ thì trả lời bằng văn bản, nêu rõ lý do.',
      'Nhận tiền hỗ trợ theo hình thức ghi trong quyết định.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ', fee: FREE },
      { channel: 'ONLINE', processingTime: SAME, fee: FREE },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Tờ khai đề nghị hỗ trợ chi phí mai táng', 'Mẫu ban hành kèm Nghị định 20/2021/NĐ-CP'),
          copy('Giấy báo tử hoặc trích lục khai tử', 'Không cần nếu đã đăng ký khai tử và UBND khai thác được dữ liệu'),
          id('của người đề nghị'),
        ],
      },
    ],
    result: 'Quyết định hỗ trợ chi phí mai táng và khoản tiền hỗ trợ.',
    conditions:
      'Người chết thuộc diện quy định tại Nghị định 20/2021/NĐ-CP (chủ yếu là người đang hưởng trợ cấp xã hội hằng tháng). Mức hỗ trợ tối thiểu bằng 20 lần mức chuẩn trợ giúp xã hội (10.000.000 đồng với mức chuẩn 500.000 đồng). Người chết thuộc diện được hỗ trợ mai táng theo nhiều chế độ (bảo hiểm xã hội, người có công...) thì chỉ được hưởng một chế độ cao nhất.',
    legalBasis: [ND20, ND76],
    keywords: ['hỗ trợ mai táng', 'mai táng phí', 'tiền mai táng', 'chi phí mai táng bảo trợ xã hội', 'người mất hưởng trợ cấp xã hội', 'tiền tang lễ'],
    lifeEvents: ['death'],
    uncertain: `${U_CODE} ${U_SOCIAL} Mức hỗ trợ mai táng Thành phố Hồ Chí Minh đang áp dụng (có thể cao hơn mức tối thiểu) và thời hạn giải quyết chưa xác minh được.`,
  },
  {
    code: '1.001699',
    codeVerified: false,
    decisionNumber: '',
    slug: 'xac-dinh-muc-do-khuyet-tat-va-cap-giay-xac-nhan-khuyet-tat',
    titleVi: 'Xác định, xác định lại mức độ khuyết tật và cấp giấy xác nhận khuyết tật',
    titleEn: 'Disability assessment and disability certificate',
    summaryVi:
      'Người khuyết tật (hoặc người đại diện) đề nghị UBND phường, xã nơi cư trú để Hội đồng xác định mức độ khuyết tật đánh giá và cấp Giấy xác nhận khuyết tật ghi dạng tật và mức độ (đặc biệt nặng, nặng, nhẹ). Giấy này là căn cứ để hưởng trợ cấp, bảo hiểm y tế và các ưu đãi khác.',
    summaryEn:
      'A person with a disability (or their representative) applies to the ward or commune, whose Disability Assessment Council assesses the type and degree of disability (very severe, severe, mild) and issues a disability certificate, needed for allowances, health insurance and other support.',
    field: 'bao-tro-xa-hoi',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người khuyết tật hoặc người đại diện hợp pháp của người khuyết tật',
    implementingAgency: 'UBND phường, xã, đặc khu nơi người khuyết tật cư trú (Hội đồng xác định mức độ khuyết tật)',
    competentAgency: 'Chủ tịch UBND phường, xã, đặc khu',
    submissionPlace: `${ONE_STOP} nơi người khuyết tật cư trú; hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia`,
    steps: [
      'Nộp đơn đề nghị xác định (hoặc xác định lại) mức độ khuyết tật kèm giấy tờ y tế liên quan, nếu có.',
      'Chủ tịch UBND triệu tập Hội đồng xác định mức độ khuyết tật và thông báo thời gian, địa điểm cho người khuyết tật.',
      'Hội đồng đánh giá bằng quan sát trực tiếp và phỏng vấn theo bộ câu hỏi; trường hợp không kết luận được hoặc người khuyết tật không đồng ý thì chuyển Hội đồng giám định y khoa.',
      'Kết quả được niêm yết, thông báo công khai; Chủ tịch UBND cấp Giấy xác nhận khuyết tật.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ', fee: FREE },
      { channel: 'ONLINE', processingTime: SAME, fee: FREE, note: 'Người khuyết tật vẫn phải có mặt khi Hội đồng đánh giá' },
      { channel: 'POST', processingTime: SAME, fee: 'Không mất phí, lệ phí; cước bưu chính do người gửi trả' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Đơn đề nghị xác định, xác định lại mức độ khuyết tật', 'Mẫu ban hành kèm Thông tư 01/2019/TT-BLĐTBXH'),
          copy('Giấy tờ liên quan đến khuyết tật (bệnh án, giấy khám, điều trị, phẫu thuật...)', 'Nếu có'),
          copy('Kết luận của Hội đồng giám định y khoa về mức độ suy giảm khả năng lao động hoặc khả năng tự phục vụ', 'Nếu có'),
        ],
      },
      { case: 'Trường hợp xác định lại, cấp đổi, cấp lại', items: [orig('Giấy xác nhận khuyết tật đã được cấp (nếu còn)')] },
    ],
    result: 'Giấy xác nhận khuyết tật.',
    conditions:
      'Xác định lại khi mức độ khuyết tật thay đổi, hoặc khi có căn cứ cho rằng việc xác định trước đây chưa khách quan. Trẻ em dưới 6 tuổi và các trường hợp đặc biệt được đánh giá theo quy định riêng của Thông tư 01/2019/TT-BLĐTBXH.',
    legalBasis: [LNKT, ND28NKT, TT01],
    keywords: ['giấy xác nhận khuyết tật', 'xác định mức độ khuyết tật', 'người khuyết tật', 'khuyết tật nặng', 'khuyết tật đặc biệt nặng', 'giấy chứng nhận khuyết tật', 'NKT'],
    lifeEvents: [],
    uncertain: `${U_CODE} ${U_SOCIAL} Thời hạn từng bước (triệu tập Hội đồng, cấp giấy) chưa đối chiếu được với văn bản đang áp dụng; Thông tư 01/2019/TT-BLĐTBXH có thể đã được thay thế khi lĩnh vực người khuyết tật chuyển sang Bộ Y tế.`,
  },
  {
    code: '1.000459',
    codeVerified: false,
    decisionNumber: '',
    slug: 'cap-giay-phep-lao-dong-cho-nguoi-lao-dong-nuoc-ngoai',
    titleVi: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    titleEn: 'Work permit for a foreign employee in Viet Nam',
    summaryVi:
      'Người sử dụng lao động đề nghị cấp giấy phép lao động cho người nước ngoài làm nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật tại Thành phố Hồ Chí Minh, sau khi đã được chấp thuận nhu cầu sử dụng lao động nước ngoài. Giấy phép có thời hạn tối đa 2 năm.',
    summaryEn:
      'Employers apply for a work permit for a foreign national working as a manager, executive, expert or technical worker in Ho Chi Minh City, after their need for foreign workers has been approved. Permits last up to 2 years.',
    field: 'lao-dong',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người sử dụng lao động (doanh nghiệp, tổ chức) tuyển người lao động nước ngoài',
    implementingAgency: 'Sở Nội vụ Thành phố Hồ Chí Minh (trước đây là Sở Lao động – Thương binh và Xã hội)',
    competentAgency: 'Sở Nội vụ Thành phố Hồ Chí Minh; Ban Quản lý các khu chế xuất và công nghiệp Thành phố đối với doanh nghiệp trong khu chế xuất, khu công nghiệp (nếu được ủy quyền)',
    submissionPlace: 'Bộ phận tiếp nhận hồ sơ của Sở Nội vụ Thành phố Hồ Chí Minh (Trung tâm Phục vụ hành chính công Thành phố); hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia',
    steps: [
      'Trước khi tuyển, người sử dụng lao động báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài và được chấp thuận (thủ tục riêng).',
      'Chậm nhất 15 ngày trước ngày người nước ngoài dự kiến bắt đầu làm việc, nộp hồ sơ đề nghị cấp giấy phép lao động.',
      'Trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, cơ quan có thẩm quyền cấp giấy phép lao động; không cấp thì trả lời bằng văn bản, nêu rõ lý do.',
      'Sau khi có giấy phép, hai bên ký hợp đồng lao động bằng văn bản trước ngày dự kiến làm việc và gửi hợp đồng cho cơ quan cấp phép khi được yêu cầu.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ', fee: 'Lệ phí theo mức do HĐND Thành phố quy định, xem tại nơi nộp hồ sơ' },
      { channel: 'ONLINE', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ', fee: 'Như nộp trực tiếp', note: 'Nhận bản chính giấy phép tại nơi nộp hoặc qua bưu chính' },
      { channel: 'POST', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ', fee: 'Như nộp trực tiếp; cước bưu chính do người gửi trả' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Văn bản đề nghị cấp giấy phép lao động', 'Mẫu số 11/PLI ban hành kèm Nghị định 152/2020/NĐ-CP (đã sửa đổi)'),
          orig('Giấy chứng nhận sức khỏe', 'Do cơ sở y tế có thẩm quyền trong nước hoặc nước ngoài cấp, trong thời hạn 12 tháng'),
          orig('Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải người đang chấp hành án, chưa được xóa án tích', 'Cấp không quá 6 tháng tính đến ngày nộp hồ sơ'),
          copy('Giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật', 'Bằng cấp, xác nhận kinh nghiệm làm việc...'),
          orig('02 ảnh màu 4 cm x 6 cm, phông nền trắng, chụp không quá 6 tháng'),
          copy('Hộ chiếu còn giá trị', 'Bản sao có chứng thực'),
          copy('Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài', 'Trừ các trường hợp không phải giải trình nhu cầu'),
        ],
      },
    ],
    result: 'Giấy phép lao động (thời hạn tối đa 02 năm, được gia hạn một lần tối đa 02 năm).',
    conditions:
      'Người nước ngoài đủ 18 tuổi trở lên, có năng lực hành vi dân sự đầy đủ; có trình độ chuyên môn, kỹ thuật, tay nghề, kinh nghiệm làm việc và đủ sức khỏe; không phải người đang chấp hành hình phạt hoặc chưa được xóa án tích. Giấy tờ do nước ngoài cấp phải được hợp pháp hóa lãnh sự (trừ trường hợp được miễn) và dịch sang tiếng Việt có chứng thực.',
    legalBasis: [BLLD, ND152, ND70],
    keywords: ['giấy phép lao động', 'work permit', 'GPLĐ', 'người nước ngoài làm việc', 'xin giấy phép lao động', 'lao động nước ngoài', 'expat work permit'],
    lifeEvents: ['work', 'business'],
    uncertain: `${U_CODE} ${U_LD} Mức lệ phí do HĐND Thành phố quy định chưa xác minh được sau khi hợp nhất. Việc Ban Quản lý các khu chế xuất và công nghiệp còn được ủy quyền cấp giấy phép chưa xác minh được.`,
  },
  {
    code: '1.000105',
    codeVerified: false,
    decisionNumber: '',
    slug: 'xac-nhan-nguoi-lao-dong-nuoc-ngoai-khong-thuoc-dien-cap-giay-phep-lao-dong',
    titleVi: 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động',
    titleEn: 'Confirmation that a foreign employee is exempt from a work permit',
    summaryVi:
      'Người nước ngoài thuộc các trường hợp được miễn giấy phép lao động (ví dụ chủ sở hữu, thành viên góp vốn có vốn góp từ mức luật định, người kết hôn với công dân Việt Nam và sinh sống tại Việt Nam, di chuyển nội bộ doanh nghiệp...) vẫn cần văn bản xác nhận không thuộc diện cấp giấy phép lao động, trừ các trường hợp chỉ phải báo cáo.',
    summaryEn:
      'Foreign nationals exempt from a work permit (e.g. owners or capital contributors above the legal threshold, spouses of Vietnamese citizens living in Viet Nam, intra-company transferees...) still need a written exemption confirmation, except in cases that only require a report.',
    field: 'lao-dong',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    onlineUrl: DVC,
    applicants: 'Người sử dụng lao động của người lao động nước ngoài (hoặc người nước ngoài trong một số trường hợp tự đề nghị theo quy định)',
    implementingAgency: 'Sở Nội vụ Thành phố Hồ Chí Minh (trước đây là Sở Lao động – Thương binh và Xã hội)',
    competentAgency: 'Sở Nội vụ Thành phố Hồ Chí Minh; Ban Quản lý các khu chế xuất và công nghiệp Thành phố đối với doanh nghiệp trong khu chế xuất, khu công nghiệp (nếu được ủy quyền)',
    submissionPlace: 'Bộ phận tiếp nhận hồ sơ của Sở Nội vụ Thành phố Hồ Chí Minh (Trung tâm Phục vụ hành chính công Thành phố); hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia',
    steps: [
      'Xác định người nước ngoài thuộc trường hợp miễn giấy phép lao động theo Bộ luật Lao động và nghị định hướng dẫn; nếu cần, được chấp thuận nhu cầu sử dụng lao động nước ngoài trước.',
      'Nộp văn bản đề nghị xác nhận kèm giấy tờ chứng minh trường hợp miễn, trước ngày người nước ngoài bắt đầu làm việc theo thời hạn quy định.',
      'Trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, cơ quan có thẩm quyền cấp văn bản xác nhận; không xác nhận thì trả lời bằng văn bản, nêu rõ lý do.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ', fee: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ' },
      { channel: 'ONLINE', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ', fee: 'Như nộp trực tiếp' },
      { channel: 'POST', processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ', fee: 'Như nộp trực tiếp; cước bưu chính do người gửi trả' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Văn bản đề nghị xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', 'Mẫu ban hành kèm Nghị định 152/2020/NĐ-CP (đã sửa đổi)'),
          copy('Hộ chiếu còn giá trị', 'Bản sao có chứng thực'),
          copy('Giấy tờ chứng minh thuộc trường hợp không phải cấp giấy phép lao động', 'Ví dụ: điều lệ, giấy chứng nhận đăng ký doanh nghiệp thể hiện vốn góp; giấy chứng nhận kết hôn; văn bản cử sang làm việc của doanh nghiệp mẹ...'),
          copy('Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài', 'Trừ các trường hợp không phải giải trình nhu cầu'),
        ],
      },
    ],
    result: 'Văn bản xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động (thời hạn tối đa 02 năm).',
    conditions:
      'Thuộc một trong các trường hợp không thuộc diện cấp giấy phép lao động theo Điều 154 Bộ luật Lao động và nghị định hướng dẫn. Một số trường hợp (ví dụ vào Việt Nam làm việc ngắn hạn để chào bán dịch vụ, xử lý sự cố kỹ thuật) không cần văn bản xác nhận mà chỉ báo cáo trước với cơ quan quản lý lao động. Giấy tờ nước ngoài phải được hợp pháp hóa lãnh sự (trừ trường hợp được miễn) và dịch sang tiếng Việt có chứng thực.',
    legalBasis: [BLLD, ND152, ND70],
    keywords: ['miễn giấy phép lao động', 'xác nhận không thuộc diện cấp giấy phép lao động', 'work permit exemption', 'miễn GPLĐ', 'người nước ngoài góp vốn', 'lao động nước ngoài'],
    lifeEvents: ['work', 'business'],
    uncertain: `${U_CODE} ${U_LD} Danh sách trường hợp miễn, trường hợp chỉ phải báo cáo, thời hạn nộp trước ngày làm việc và lệ phí (nếu có) cần kiểm tra theo văn bản đang áp dụng.`,
  },
  {
    code: '3.000181',
    codeVerified: false,
    decisionNumber: '',
    slug: 'tuyen-sinh-trung-hoc-co-so-vao-lop-6',
    titleVi: 'Tuyển sinh trung học cơ sở (vào lớp 6)',
    titleEn: 'Admission to lower secondary school (grade 6)',
    summaryVi:
      'Học sinh đã hoàn thành chương trình tiểu học được xét tuyển vào lớp 6 tại trường trung học cơ sở công lập theo địa bàn cư trú. Tại Thành phố Hồ Chí Minh, cha mẹ kiểm tra, xác nhận thông tin và đăng ký nhập học trực tuyến theo kế hoạch tuyển sinh hằng năm.',
    summaryEn:
      'Pupils who have completed primary school are admitted to grade 6 at a public lower secondary school assigned by place of residence. In Ho Chi Minh City, parents check the data and register online following the yearly admission plan.',
    field: 'giao-duc',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    applicants: 'Học sinh đã hoàn thành chương trình tiểu học (cha, mẹ hoặc người giám hộ thực hiện)',
    implementingAgency: 'Trường trung học cơ sở công lập được phân tuyến',
    competentAgency: 'UBND phường, xã, đặc khu (phê duyệt kế hoạch, kết quả tuyển sinh) theo hướng dẫn của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
    submissionPlace: 'Trường trung học cơ sở được phân tuyến; hoặc cổng tuyển sinh đầu cấp trực tuyến của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh (địa chỉ công bố trong kế hoạch tuyển sinh hằng năm)',
    steps: [
      'Theo dõi kế hoạch tuyển sinh lớp 6 hằng năm do Sở Giáo dục và Đào tạo và UBND phường, xã công bố.',
      'Cha mẹ kiểm tra, xác nhận thông tin của học sinh (dựa trên mã định danh cá nhân và dữ liệu cư trú) theo hướng dẫn của trường tiểu học.',
      'Nhận kết quả phân tuyến, trúng tuyển vào trường trung học cơ sở.',
      'Đăng ký nhập học trực tuyến hoặc nộp hồ sơ nhập học tại trường theo thời gian quy định.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Theo kế hoạch tuyển sinh hằng năm', fee: 'Không thu lệ phí tuyển sinh' },
      { channel: 'ONLINE', processingTime: 'Theo kế hoạch tuyển sinh hằng năm', fee: 'Không thu lệ phí tuyển sinh', note: 'Qua cổng tuyển sinh đầu cấp của Thành phố, không qua Cổng Dịch vụ công quốc gia' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Đơn hoặc phiếu đăng ký tuyển sinh, nhập học', 'Theo mẫu của Sở Giáo dục và Đào tạo hoặc của trường'),
          orig('Học bạ cấp tiểu học', 'Nộp khi nhập học'),
          copy('Giấy khai sinh', 'Có thể không cần nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư'),
          copy('Giấy tờ chứng minh thuộc diện ưu tiên (nếu có)'),
        ],
      },
    ],
    result: 'Danh sách trúng tuyển, học sinh được nhận vào lớp 6.',
    conditions:
      'Đã hoàn thành chương trình tiểu học, tuổi vào lớp 6 là 11 tuổi (tính theo năm); học sinh học vượt lớp, học lưu ban, trẻ khuyết tật, trẻ ở nước ngoài về... có thể có tuổi khác theo quy định. Hình thức tuyển sinh là xét tuyển; một số trường (ví dụ trường có chương trình đặc thù) tổ chức khảo sát hoặc kiểm tra theo kế hoạch được phê duyệt.',
    legalBasis: [LGD, TT30],
    keywords: ['tuyển sinh lớp 6', 'vào lớp 6', 'tuyển sinh đầu cấp', 'đăng ký lớp 6', 'phân tuyến lớp 6', 'tuyển sinh THCS', 'nhập học trực tuyến'],
    lifeEvents: ['school'],
    uncertain: `${U_CODE} ${U_TS} Việc UBND phường, xã thay Phòng Giáo dục và Đào tạo trước đây phê duyệt kết quả tuyển sinh chưa xác minh được; không rõ năm học mới có thu lệ phí khảo sát ở các trường có khảo sát.`,
  },
  {
    code: '3.000182',
    codeVerified: false,
    decisionNumber: '',
    slug: 'tuyen-sinh-trung-hoc-pho-thong-vao-lop-10',
    titleVi: 'Tuyển sinh trung học phổ thông (vào lớp 10)',
    titleEn: 'Admission to upper secondary school (grade 10)',
    summaryVi:
      'Học sinh tốt nghiệp trung học cơ sở đăng ký dự tuyển vào lớp 10 trường trung học phổ thông công lập của Thành phố Hồ Chí Minh. Thành phố tổ chức thi tuyển; học sinh đăng ký nguyện vọng vào các trường và được xét theo điểm thi và điểm ưu tiên, khuyến khích.',
    summaryEn:
      'Students finishing lower secondary school apply for grade 10 at public upper secondary schools in Ho Chi Minh City. The city holds an entrance exam; students list preferred schools and are admitted by exam score plus priority points.',
    field: 'giao-duc',
    level: 'CITY',
    onlineLevel: 'PARTIAL',
    applicants: 'Học sinh đã tốt nghiệp trung học cơ sở (chương trình giáo dục phổ thông hoặc giáo dục thường xuyên) trong độ tuổi quy định',
    implementingAgency: 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
    submissionPlace: 'Trường trung học cơ sở nơi học sinh đang học lớp 9 (thí sinh tự do: nơi do Sở Giáo dục và Đào tạo quy định); đăng ký nguyện vọng trên hệ thống tuyển sinh trực tuyến của Sở',
    steps: [
      'Theo dõi kế hoạch tuyển sinh lớp 10 do Sở Giáo dục và Đào tạo công bố (môn thi, lịch thi, chỉ tiêu từng trường).',
      'Đăng ký dự thi và nguyện vọng vào các trường trung học phổ thông (lớp thường, lớp chuyên, lớp tích hợp nếu có) qua trường trung học cơ sở; kiểm tra, điều chỉnh nguyện vọng trong thời gian cho phép.',
      'Dự thi theo lịch; nhận kết quả thi và phúc khảo nếu có nhu cầu.',
      'Xem điểm chuẩn, kết quả trúng tuyển; nộp hồ sơ nhập học (trực tuyến hoặc trực tiếp) tại trường trúng tuyển đúng hạn.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Theo kế hoạch tuyển sinh hằng năm', fee: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ' },
      { channel: 'ONLINE', processingTime: 'Theo kế hoạch tuyển sinh hằng năm', fee: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ', note: 'Đăng ký nguyện vọng, xem kết quả và nhập học trực tuyến trên hệ thống của Sở Giáo dục và Đào tạo' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Phiếu đăng ký dự tuyển vào lớp 10', 'Theo mẫu của Sở Giáo dục và Đào tạo'),
          copy('Giấy khai sinh', 'Có thể không cần nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư'),
          orig('Học bạ trung học cơ sở', 'Nộp khi nhập học'),
          orig('Bằng tốt nghiệp trung học cơ sở hoặc giấy chứng nhận tốt nghiệp tạm thời', 'Nộp khi nhập học'),
          copy('Giấy tờ chứng minh thuộc diện ưu tiên, khuyến khích (nếu có)'),
        ],
      },
    ],
    result: 'Kết quả trúng tuyển vào lớp 10 và quyết định phê duyệt danh sách trúng tuyển.',
    conditions:
      'Đã tốt nghiệp trung học cơ sở; tuổi vào lớp 10 là 15 tuổi (tính theo năm), một số trường hợp được vào ở độ tuổi cao hơn theo quy định. Hình thức thi tuyển hoặc kết hợp thi tuyển với xét tuyển theo quy chế; kỳ thi năm 2025 của Thành phố gồm 3 bài thi Ngữ văn, Toán và Ngoại ngữ. Tuyển sinh lớp chuyên, lớp tích hợp có điều kiện và bài thi riêng.',
    legalBasis: [LGD, TT30],
    keywords: ['thi vào lớp 10', 'vào lớp 10', 'tuyển sinh lớp 10', 'nguyện vọng lớp 10', 'điểm chuẩn lớp 10', 'thi chuyên', 'tuyển sinh THPT', 'tuyển sinh 10'],
    lifeEvents: ['school'],
    uncertain: `${U_CODE} ${U_TS} Môn thi của các năm sau năm 2025 và việc có thu lệ phí dự tuyển hay không chưa xác minh được.`,
  },
  {
    code: '3.000180',
    codeVerified: false,
    decisionNumber: '',
    slug: 'tuyen-sinh-lop-1-tieu-hoc',
    titleVi: 'Tuyển sinh lớp 1 (tiểu học)',
    titleEn: 'Admission to grade 1 (primary school)',
    summaryVi:
      'Trẻ đủ 6 tuổi (tính theo năm) được nhận vào lớp 1 tại trường tiểu học công lập theo địa bàn cư trú. Tại Thành phố Hồ Chí Minh, cha mẹ kiểm tra, xác nhận thông tin và đăng ký nhập học trực tuyến theo kế hoạch tuyển sinh hằng năm; trường không tổ chức thi hay kiểm tra để nhận trẻ vào lớp 1.',
    summaryEn:
      'Children turning 6 in the calendar year are admitted to grade 1 at a public primary school assigned by place of residence. In Ho Chi Minh City, parents check the data and register online following the yearly plan; there is no entrance test for grade 1.',
    field: 'giao-duc',
    level: 'COMMUNE',
    onlineLevel: 'PARTIAL',
    applicants: 'Trẻ em trong độ tuổi vào lớp 1 (cha, mẹ hoặc người giám hộ thực hiện)',
    implementingAgency: 'Trường tiểu học công lập được phân tuyến',
    competentAgency: 'UBND phường, xã, đặc khu (phê duyệt kế hoạch, kết quả tuyển sinh) theo hướng dẫn của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
    submissionPlace: 'Trường tiểu học được phân tuyến; hoặc cổng tuyển sinh đầu cấp trực tuyến của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh (địa chỉ công bố trong kế hoạch tuyển sinh hằng năm)',
    steps: [
      'Theo dõi kế hoạch tuyển sinh lớp 1 hằng năm do Sở Giáo dục và Đào tạo và UBND phường, xã công bố.',
      'Cha mẹ kiểm tra, xác nhận thông tin của trẻ (dựa trên mã định danh cá nhân và dữ liệu cư trú) trên hệ thống tuyển sinh hoặc tại trường mầm non, trường tiểu học.',
      'Nhận kết quả phân tuyến vào trường tiểu học.',
      'Đăng ký nhập học trực tuyến hoặc nộp hồ sơ nhập học tại trường theo thời gian quy định.',
    ],
    methods: [
      { channel: 'IN_PERSON', processingTime: 'Theo kế hoạch tuyển sinh hằng năm', fee: 'Không thu lệ phí tuyển sinh' },
      { channel: 'ONLINE', processingTime: 'Theo kế hoạch tuyển sinh hằng năm', fee: 'Không thu lệ phí tuyển sinh', note: 'Qua cổng tuyển sinh đầu cấp của Thành phố, không qua Cổng Dịch vụ công quốc gia' },
    ],
    documents: [
      {
        case: '',
        items: [
          form('Đơn hoặc phiếu đăng ký nhập học lớp 1', 'Theo mẫu của Sở Giáo dục và Đào tạo hoặc của trường'),
          copy('Giấy khai sinh', 'Có thể không cần nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư'),
          copy('Giấy tờ chứng minh trẻ khuyết tật, trẻ ở nước ngoài về... (nếu xin vào lớp 1 ở độ tuổi cao hơn)', 'Nếu có'),
        ],
      },
    ],
    result: 'Danh sách học sinh được nhận vào lớp 1.',
    conditions:
      'Tuổi vào lớp 1 là 6 tuổi (tính theo năm). Trẻ khuyết tật, trẻ có khó khăn về học tập, trẻ ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn, trẻ người dân tộc thiểu số, trẻ mồ côi không nơi nương tựa, trẻ ở nước ngoài về nước có thể vào lớp 1 ở độ tuổi cao hơn theo Điều lệ trường tiểu học. Trẻ được nhận vào trường theo phân tuyến dựa trên nơi cư trú.',
    legalBasis: [LGD, TT28TH],
    keywords: ['tuyển sinh lớp 1', 'vào lớp 1', 'đăng ký học lớp 1', 'tuyển sinh đầu cấp', 'phân tuyến lớp 1', 'nhập học lớp 1', 'tuổi vào lớp 1'],
    lifeEvents: ['school'],
    uncertain: `${U_CODE} ${U_TS} Hồ sơ nhập học cụ thể do từng trường hướng dẫn.`,
  },
  {
    code: '3.000183',
    codeVerified: false,
    decisionNumber: '',
    slug: 'chuyen-truong-doi-voi-hoc-sinh-trung-hoc-co-so',
    titleVi: 'Chuyển trường đối với học sinh trung học cơ sở',
    titleEn: 'Transferring a lower secondary student to another school',
    summaryVi:
      'Học sinh trung học cơ sở chuyển đến trường khác (trong Thành phố, từ tỉnh khác đến hoặc đi tỉnh khác) khi gia đình chuyển nơi cư trú hoặc có nguyện vọng chính đáng. Cha mẹ làm đơn, được trường nơi đến đồng ý tiếp nhận và trường nơi đi giới thiệu chuyển trường.',
    summaryEn:
      'A lower secondary student moves to another school (within the city, from or to another province) when the family moves or for another valid reason. Parents apply; the receiving school agrees and the current school issues a transfer letter.',
    field: 'giao-duc',
    level: 'COMMUNE',
    onlineLevel: 'NONE',
    applicants: 'Học sinh trung học cơ sở (cha, mẹ hoặc người giám hộ làm đơn)',
    implementingAgency: 'Hiệu trưởng trường trung học cơ sở nơi đi và nơi đến',
    submissionPlace: 'Trường trung học cơ sở nơi đến (đơn xin tiếp nhận) và trường nơi đi (đơn xin chuyển)',
    steps: [
      'Cha mẹ làm đơn xin chuyển trường, gửi trường nơi đến để được hiệu trưởng đồng ý tiếp nhận.',
      'Gửi đơn đã có ý kiến tiếp nhận cho trường nơi đi; hiệu trưởng trường nơi đi cấp giấy giới thiệu chuyển trường và trả học bạ.',
      'Nộp đủ hồ sơ tại trường nơi đến; trường tiếp nhận và xếp lớp cho học sinh.',
    ],
    methods: [{ channel: 'IN_PERSON', processingTime: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ', fee: 'Không mất phí, lệ phí' }],
    documents: [
      {
        case: '',
        items: [
          orig('Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký'),
          orig('Học bạ'),
          orig('Giấy giới thiệu chuyển trường do hiệu trưởng trường nơi đi cấp'),
          copy('Giấy khai sinh', 'Có thể không cần nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư'),
          copy('Giấy tờ hợp lệ để hưởng chế độ ưu tiên, khuyến khích (nếu có)'),
        ],
      },
    ],
    result: 'Học sinh được tiếp nhận vào học tại trường nơi đến.',
    conditions:
      'Chuyển trường thường thực hiện vào dịp hè hoặc cuối học kỳ I; chuyển trong năm học chỉ khi có lý do chính đáng và được trường nơi đến đồng ý. Trường nơi đến phải còn chỗ học theo quy định về sĩ số. Học sinh từ nước ngoài về hoặc từ trường có yếu tố nước ngoài chuyển sang làm theo thủ tục riêng.',
    legalBasis: [LGD, QD51],
    keywords: ['chuyển trường', 'chuyển trường THCS', 'xin chuyển trường cấp 2', 'chuyển trường khi chuyển nhà', 'học bạ chuyển trường', 'giấy giới thiệu chuyển trường'],
    lifeEvents: ['school', 'moving'],
    uncertain: `${U_CODE} Quy định chuyển trường ban hành kèm Quyết định 51/2002/QĐ-BGDĐT đã được sửa đổi (theo thông tin công khai bằng Thông tư 50/2021/TT-BGDĐT, chưa đối chiếu nguyên văn); thời hạn từng bước và yêu cầu giấy tờ đối với chuyển trường giữa các tỉnh có thể khác. Sau khi bỏ cấp huyện, vai trò của Phòng Giáo dục và Đào tạo trước đây chuyển về UBND phường, xã, đặc khu.`,
  },
];

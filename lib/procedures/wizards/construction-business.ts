// Xây dựng (Luật Xây dựng 2014, sửa đổi 2020; Nghị định 175/2024/NĐ-CP) and hộ kinh doanh
// (Nghị định 168/2025/NĐ-CP).
import type { WizardInput } from './types';

const FEE_HDND = {
  vi: 'Lệ phí theo mức do HĐND Thành phố Hồ Chí Minh quy định, xem tại nơi nộp hồ sơ',
  en: 'A fee set by the Ho Chi Minh City People’s Council, shown where you file',
};
const U_FEE = {
  vi: 'Mức phí, lệ phí cụ thể do HĐND Thành phố quy định; chưa xác minh được mức đang áp dụng sau khi hợp nhất Thành phố (01/7/2025).',
  en: 'The exact fee is set by the City People’s Council; the amount in force since the city’s merger (1 July 2025) has not been confirmed.',
};

export const buildingPermit: WizardInput = {
  slug: 'cap-giay-phep-xay-dung-nha-o-rieng-le',
  questions: [
    {
      id: 'loai-cong-trinh',
      text: { vi: 'Bạn định làm gì?', en: 'What are you planning?' },
      hint: {
        vi: 'Sửa chữa bên trong không làm thay đổi kết cấu chịu lực, công năng, kiến trúc mặt ngoài thì được miễn giấy phép (Luật Xây dựng, Điều 89).',
        en: 'Repairs inside that change neither the load-bearing structure, the use nor the outside look need no permit (Construction Law, Article 89).',
      },
      options: [
        { id: 'xay-moi', label: { vi: 'Xây nhà mới', en: 'Build a new house' } },
        {
          id: 'sua-chua',
          label: {
            vi: 'Sửa chữa, cải tạo nhà đang có (thay đổi kết cấu chịu lực hoặc mặt ngoài)',
            en: 'Repair or alter an existing house (structure or outside look)',
          },
        },
      ],
    },
    {
      id: 'quy-mo',
      text: {
        vi: 'Ngôi nhà có tầng hầm hoặc từ 7 tầng trở lên?',
        en: 'Does the house have a basement, or 7 storeys or more?',
      },
      options: [
        { id: 'khong', label: { vi: 'Không', en: 'No' } },
        { id: 'co', label: { vi: 'Có', en: 'Yes' } },
      ],
    },
    {
      id: 'lien-ke',
      text: {
        vi: 'Nhà xây chen, sát vách công trình liền kề?',
        en: 'Is it built tight against a neighbouring building?',
      },
      options: [
        { id: 'khong', label: { vi: 'Không', en: 'No' } },
        { id: 'co', label: { vi: 'Có', en: 'Yes' } },
      ],
    },
  ],
  documents: [
    {
      name: {
        vi: 'Đơn đề nghị cấp giấy phép xây dựng (mẫu ban hành kèm Nghị định 175/2024/NĐ-CP)',
        en: 'Building permit application (form annexed to Decree 175/2024/ND-CP)',
      },
    },
    {
      name: {
        vi: 'Giấy tờ chứng minh quyền sử dụng đất (Giấy chứng nhận hoặc giấy tờ hợp lệ khác theo pháp luật đất đai)',
        en: 'Proof of the land-use right (land-use certificate or another valid document under the land law)',
      },
      originals: 0,
      copies: 1,
      note: {
        vi: 'Bản sao có chứng thực hoặc bản sao kèm bản chính để đối chiếu',
        en: 'A certified copy, or a copy with the original to compare',
      },
    },
    {
      name: {
        vi: 'Bản vẽ thiết kế xây dựng: mặt bằng vị trí công trình trên lô đất, mặt bằng các tầng, mặt đứng, mặt cắt chính, mặt bằng móng, sơ đồ đấu nối hạ tầng (cấp, thoát nước, điện)',
        en: 'Design drawings: site plan, floor plans, elevations, main sections, foundation plan, utility connections (water, drainage, power)',
      },
      originals: 2,
    },
    {
      when: { 'loai-cong-trinh': ['sua-chua'] },
      name: {
        vi: 'Ảnh chụp hiện trạng công trình đề nghị sửa chữa, cải tạo',
        en: 'Photographs of the house as it is now',
      },
    },
    {
      when: { 'loai-cong-trinh': ['sua-chua'] },
      name: {
        vi: 'Giấy phép xây dựng đã cấp hoặc giấy tờ chứng minh quyền sở hữu nhà (nếu có)',
        en: 'The earlier building permit, or proof of ownership of the house (if any)',
      },
      originals: 0,
      copies: 1,
    },
    {
      when: { 'quy-mo': ['co'] },
      name: {
        vi: 'Bản vẽ thiết kế do tổ chức, cá nhân đủ điều kiện năng lực lập, kèm bản kê khai năng lực',
        en: 'Drawings prepared by a qualified design firm or person, with their statement of qualifications',
      },
      originals: 0,
    },
    {
      when: { 'lien-ke': ['co'] },
      name: {
        vi: 'Văn bản cam kết bảo đảm an toàn đối với công trình liền kề',
        en: 'A written commitment to keep the neighbouring buildings safe',
      },
    },
  ],
  fees: [{ text: FEE_HDND }],
  times: [
    {
      unit: 'calendar',
      days: 15,
      text: { vi: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ', en: '15 days from receipt of a complete file' },
    },
  ],
  notes: [
    {
      when: { 'quy-mo': ['co'] },
      text: {
        vi: 'Nhà có tầng hầm hoặc từ 7 tầng trở lên: thiết kế phải do đơn vị đủ điều kiện năng lực lập; công trình có tầng hầm còn cần phương án bảo đảm an toàn công trình liền kề.',
        en: 'A house with a basement or 7 storeys or more needs a qualified designer; with a basement, a plan to keep neighbouring buildings safe too.',
      },
    },
  ],
  uncertain: {
    vi: `Từ 01/7/2025 việc cấp phép xây dựng nhà ở riêng lẻ chuyển về UBND phường, xã, đặc khu; Thành phố có thể phân công khác cho một số khu vực, nên hỏi trước tại nơi nộp hồ sơ. ${U_FEE.vi} Luật Xây dựng đang được sửa đổi, thay thế; quy định về miễn giấy phép, hồ sơ và thời hạn có thể thay đổi.`,
    en: `Since 1 July 2025 permits for single houses are issued by the ward, commune or special zone People’s Committee; the city may assign some areas differently, so ask first where you file. ${U_FEE.en} The Construction Law is being amended or replaced; exemptions, documents and time limits may change.`,
  },
};

export const businessHousehold: WizardInput = {
  slug: 'dang-ky-thanh-lap-ho-kinh-doanh',
  questions: [
    {
      id: 'chu-the',
      text: { vi: 'Ai thành lập hộ kinh doanh?', en: 'Who is setting up the household business?' },
      options: [
        { id: 'ca-nhan', label: { vi: 'Một cá nhân', en: 'One person' } },
        {
          id: 'ho-gia-dinh',
          label: {
            vi: 'Các thành viên hộ gia đình cùng đăng ký',
            en: 'Members of a family household together',
          },
        },
      ],
    },
    {
      id: 'nguoi-nop',
      text: { vi: 'Ai nộp hồ sơ?', en: 'Who files?' },
      options: [
        { id: 'chu-ho', label: { vi: 'Chủ hộ kinh doanh', en: 'The business owner' } },
        { id: 'uy-quyen', label: { vi: 'Người được ủy quyền', en: 'Someone authorised by the owner' } },
      ],
    },
  ],
  documents: [
    {
      name: {
        vi: 'Giấy đề nghị đăng ký hộ kinh doanh (mẫu theo quy định về đăng ký doanh nghiệp, hộ kinh doanh)',
        en: 'Household business registration application (official form)',
      },
    },
    {
      name: {
        vi: 'Bản sao thẻ căn cước hoặc hộ chiếu của chủ hộ kinh doanh',
        en: 'Copy of the owner’s identity card or passport',
      },
      originals: 0,
      copies: 1,
      note: {
        vi: 'Có thể không phải nộp nếu thông tin đã được xác thực qua Cơ sở dữ liệu quốc gia về dân cư',
        en: 'May not be needed when verified against the National Population Database',
      },
    },
    {
      when: { 'chu-the': ['ho-gia-dinh'] },
      name: {
        vi: 'Bản sao giấy tờ pháp lý của các thành viên hộ gia đình tham gia',
        en: 'Copies of the identity documents of the family members taking part',
      },
      originals: 0,
      copies: 1,
    },
    {
      when: { 'chu-the': ['ho-gia-dinh'] },
      name: {
        vi: 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh và cử chủ hộ',
        en: 'Minutes of the family meeting deciding to set up the business and naming its owner',
      },
      copies: 0,
    },
    {
      when: { 'nguoi-nop': ['uy-quyen'] },
      name: {
        vi: 'Văn bản ủy quyền cho người nộp hồ sơ và bản sao giấy tờ pháp lý của người đó',
        en: 'Written authorisation of the person filing, and a copy of their identity document',
      },
      copies: 1,
    },
  ],
  fees: [{ text: FEE_HDND }],
  times: [
    {
      unit: 'working',
      days: 3,
      text: {
        vi: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
        en: '3 working days from receipt of a complete file',
      },
    },
  ],
  uncertain: {
    vi: `${U_FEE.vi} Việc miễn nộp bản sao giấy tờ cá nhân khi đã xác thực qua Cơ sở dữ liệu quốc gia về dân cư chưa đối chiếu được.`,
    en: `${U_FEE.en} Whether copies of identity papers can be skipped once verified against the population database has not been confirmed.`,
  },
};

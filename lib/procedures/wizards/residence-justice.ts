// Cư trú (Luật Cư trú 2020, Nghị định 154/2024/NĐ-CP), lý lịch tư pháp (Luật Lý lịch tư pháp 2009)
// and chứng thực (Nghị định 23/2015/NĐ-CP).
import type { WizardInput } from './types';

const CT01 = {
  name: { vi: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', en: 'Residence information change form (form CT01)' },
};
const CU_TRU_NOTE = {
  vi: 'Có thông tin Bộ Công an đã ban hành thông tư mới hướng dẫn Luật Cư trú áp dụng từ 01/7/2026 (chưa kiểm chứng); tên biểu mẫu (CT01...) và giấy tờ có thể đã thay đổi, kiểm tra trên Cổng Dịch vụ công hoặc tại Công an phường, xã.',
  en: 'The Ministry of Public Security is reported to have issued a new circular under the Residence Law applying from 1 July 2026 (not confirmed); form names (CT01...) and documents may have changed: check on the public service portal or at the ward or commune police.',
};
const MINOR = {
  id: 'chua-thanh-nien',
  text: { vi: 'Người đăng ký có dưới 18 tuổi không?', en: 'Is the person registering under 18?' },
  options: [
    { id: 'khong', label: { vi: 'Không', en: 'No' } },
    { id: 'co', label: { vi: 'Có', en: 'Yes' } },
  ],
};
const MINOR_CONSENT = {
  when: { 'chua-thanh-nien': ['co'] },
  name: {
    vi: 'Ý kiến đồng ý của cha, mẹ hoặc người giám hộ ghi trong tờ khai CT01',
    en: 'Consent of a parent or guardian written on form CT01',
  },
  originals: 0,
  note: {
    vi: 'Trừ trường hợp đã có ý kiến bằng văn bản',
    en: 'Unless given in a separate written document',
  },
};

export const permanentResidence: WizardInput = {
  slug: 'dang-ky-thuong-tru',
  questions: [
    {
      id: 'cho-o',
      text: { vi: 'Bạn đăng ký thường trú ở đâu?', en: 'Where are you registering permanent residence?' },
      options: [
        {
          id: 'nha-cua-minh',
          label: { vi: 'Nhà thuộc sở hữu của mình', en: 'A home I own' },
        },
        {
          id: 'nha-nguoi-than',
          label: {
            vi: 'Nhà của người thân, được chủ hộ đồng ý (vợ về ở với chồng, con với cha mẹ, người cao tuổi với anh chị em ruột...)',
            en: 'A relative’s home, with the householder’s consent (spouse, child with parents, elderly person with siblings...)',
          },
        },
        {
          id: 'nha-thue',
          label: { vi: 'Nhà thuê, mượn hoặc ở nhờ', en: 'A rented or borrowed home' },
        },
      ],
    },
    MINOR,
  ],
  documents: [
    {
      when: { 'cho-o': ['nha-cua-minh'] },
      ...CT01,
    },
    {
      when: { 'cho-o': ['nha-cua-minh'] },
      name: { vi: 'Giấy tờ chứng minh sở hữu chỗ ở hợp pháp', en: 'Proof that you own the home' },
      originals: 0,
      copies: 1,
      note: {
        vi: 'Không nộp nếu thông tin đã có trong cơ sở dữ liệu được kết nối',
        en: 'Not needed when a connected database already holds it',
      },
    },
    {
      when: { 'cho-o': ['nha-nguoi-than', 'nha-thue'] },
      name: {
        vi: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01) có ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở',
        en: 'Form CT01 with the consent of the householder and of the home’s owner',
      },
      note: { vi: 'Có thể xác nhận đồng ý qua VNeID', en: 'Consent can be given through VNeID' },
    },
    {
      when: { 'cho-o': ['nha-nguoi-than'] },
      name: {
        vi: 'Giấy tờ chứng minh quan hệ nhân thân với chủ hộ (giấy khai sinh, giấy chứng nhận kết hôn...)',
        en: 'Proof of the family relationship with the householder (birth certificate, marriage certificate...)',
      },
      originals: 0,
      copies: 1,
      note: {
        vi: 'Không cần nếu quan hệ đã có trong Cơ sở dữ liệu quốc gia về dân cư',
        en: 'Not needed when the National Population Database already shows it',
      },
    },
    {
      when: { 'cho-o': ['nha-thue'] },
      name: {
        vi: 'Hợp đồng hoặc văn bản cho thuê, cho mượn, cho ở nhờ đã công chứng hoặc chứng thực',
        en: 'The notarised or certified lease or loan agreement',
      },
      originals: 0,
      copies: 1,
    },
    {
      when: { 'cho-o': ['nha-thue'] },
      name: {
        vi: 'Giấy tờ chứng minh đủ diện tích nhà ở tối thiểu theo quy định của Thành phố',
        en: 'Proof that the home meets the city’s minimum floor area per person',
      },
      originals: 0,
      copies: 1,
    },
    MINOR_CONSENT,
  ],
  fees: [
    {
      text: {
        vi: '20.000 đồng/lần đăng ký khi nộp trực tiếp; 10.000 đồng/lần khi nộp trực tuyến',
        en: 'VND 20,000 a registration in person; VND 10,000 online',
      },
    },
  ],
  times: [{ unit: 'working', days: 7, text: { vi: '07 ngày làm việc', en: '7 working days' } }],
  notes: [
    {
      when: { 'cho-o': ['nha-thue'] },
      text: {
        vi: 'Nhà thuê, mượn, ở nhờ phải bảo đảm diện tích tối thiểu theo quy định của HĐND Thành phố (Luật Cư trú, Điều 20).',
        en: 'A rented or borrowed home must meet the minimum area set by the City People’s Council (Residence Law, Article 20).',
      },
    },
  ],
  uncertain: {
    vi: `Chưa xác minh được mức diện tích tối thiểu Thành phố áp dụng sau khi hợp nhất; hỏi Công an phường, xã. ${CU_TRU_NOTE.vi}`,
    en: `The minimum area the city applies since the merger has not been confirmed; ask the ward or commune police. ${CU_TRU_NOTE.en}`,
  },
};

export const temporaryResidence: WizardInput = {
  slug: 'dang-ky-tam-tru',
  questions: [
    {
      id: 'hinh-thuc',
      text: { vi: 'Ai đăng ký tạm trú?', en: 'Who is registering?' },
      options: [
        {
          id: 'ca-nhan',
          label: { vi: 'Một người hoặc một hộ gia đình', en: 'One person or one household' },
        },
        {
          id: 'danh-sach',
          label: {
            vi: 'Nhiều người theo danh sách (ký túc xá, nhà trọ công nhân...)',
            en: 'A list of people (dormitory, workers’ lodgings...)',
          },
        },
      ],
    },
    { ...MINOR, when: { 'hinh-thuc': ['ca-nhan'] } },
  ],
  documents: [
    { when: { 'hinh-thuc': ['ca-nhan'] }, ...CT01 },
    {
      when: { 'hinh-thuc': ['ca-nhan'] },
      name: { vi: 'Giấy tờ chứng minh chỗ ở hợp pháp', en: 'Proof of a lawful place to live' },
      originals: 0,
      copies: 1,
      note: {
        vi: 'Văn bản cho thuê, cho mượn, cho ở nhờ không bắt buộc công chứng, chứng thực',
        en: 'A lease or loan agreement need not be notarised or certified',
      },
    },
    {
      when: { 'hinh-thuc': ['danh-sach'] },
      name: { vi: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01) của từng người', en: 'Form CT01 for each person' },
    },
    {
      when: { 'hinh-thuc': ['danh-sach'] },
      name: {
        vi: 'Văn bản đề nghị kèm danh sách người tạm trú (họ tên, ngày sinh, giới tính, số định danh, thời hạn)',
        en: 'A request letter with the list of people (name, date of birth, sex, personal ID number, period)',
      },
    },
    {
      when: { 'hinh-thuc': ['danh-sach'] },
      name: { vi: 'Giấy tờ chứng minh chỗ ở hợp pháp', en: 'Proof of a lawful place to live' },
      originals: 0,
      copies: 1,
    },
    MINOR_CONSENT,
  ],
  fees: [
    {
      when: { 'hinh-thuc': ['danh-sach'] },
      text: {
        vi: '10.000 đồng/người/lần khi nộp trực tiếp; 5.000 đồng/người/lần khi nộp trực tuyến',
        en: 'VND 10,000 a person in person; VND 5,000 a person online',
      },
    },
    {
      text: {
        vi: '15.000 đồng/lần khi nộp trực tiếp; 7.000 đồng/lần khi nộp trực tuyến',
        en: 'VND 15,000 in person; VND 7,000 online',
      },
    },
  ],
  times: [{ unit: 'working', days: 3, text: { vi: '03 ngày làm việc', en: '3 working days' } }],
  uncertain: CU_TRU_NOTE,
};

export const criminalRecord: WizardInput = {
  slug: 'cap-phieu-ly-lich-tu-phap-so-1',
  questions: [
    {
      id: 'nguoi-nop',
      text: { vi: 'Ai nộp hồ sơ?', en: 'Who files the request?' },
      options: [
        { id: 'ban-than', label: { vi: 'Chính người cần Phiếu', en: 'The person the record is about' } },
        {
          id: 'uy-quyen',
          label: { vi: 'Người khác được ủy quyền', en: 'Someone else, with a power of attorney' },
        },
        {
          id: 'than-nhan',
          label: {
            vi: 'Cha, mẹ, vợ, chồng hoặc con của người cần Phiếu',
            en: 'A parent, spouse or child of the person',
          },
        },
      ],
    },
    {
      id: 'quoc-tich',
      text: { vi: 'Người cần Phiếu là ai?', en: 'Who is the record about?' },
      options: [
        {
          id: 'viet-nam-mot-noi',
          label: {
            vi: 'Công dân Việt Nam, từ 14 tuổi chỉ cư trú ở Thành phố Hồ Chí Minh',
            en: 'A Vietnamese citizen who has lived only in Ho Chi Minh City since the age of 14',
          },
        },
        {
          id: 'viet-nam-nhieu-noi',
          label: {
            vi: 'Công dân Việt Nam đã cư trú ở nhiều tỉnh, thành phố hoặc ở nước ngoài',
            en: 'A Vietnamese citizen who has lived in several provinces or abroad',
          },
        },
        {
          id: 'nuoc-ngoai',
          label: {
            vi: 'Người nước ngoài đã hoặc đang cư trú tại Việt Nam',
            en: 'A foreign national who lives or lived in Viet Nam',
          },
        },
      ],
    },
  ],
  documents: [
    {
      name: {
        vi: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
        en: 'Request form for a criminal record certificate',
      },
      note: {
        vi: 'Người được ủy quyền dùng mẫu tờ khai dành cho trường hợp ủy quyền',
        en: 'A representative uses the form for requests made on someone’s behalf',
      },
    },
    {
      when: { 'quoc-tich': ['viet-nam-mot-noi', 'viet-nam-nhieu-noi'] },
      name: { vi: 'Thẻ căn cước hoặc hộ chiếu của người cần Phiếu', en: 'Identity card or passport of the person' },
      originals: 0,
      copies: 1,
      note: { vi: 'Nộp qua VNeID thì không phải đính kèm', en: 'Not attached when filing through VNeID' },
    },
    {
      when: { 'quoc-tich': ['nuoc-ngoai'] },
      name: {
        vi: 'Hộ chiếu và giấy tờ chứng minh nơi cư trú tại Việt Nam (thẻ thường trú, thẻ tạm trú...)',
        en: 'Passport and proof of residence in Viet Nam (permanent or temporary residence card...)',
      },
      originals: 0,
      copies: 1,
    },
    {
      when: { 'nguoi-nop': ['uy-quyen'] },
      name: {
        vi: 'Văn bản ủy quyền có công chứng hoặc chứng thực, và giấy tờ tùy thân của người được ủy quyền',
        en: 'A notarised or certified power of attorney, and the representative’s identity document',
      },
      copies: 1,
    },
    {
      when: { 'nguoi-nop': ['than-nhan'] },
      name: {
        vi: 'Giấy tờ chứng minh quan hệ cha, mẹ, vợ, chồng, con (không cần văn bản ủy quyền) và giấy tờ tùy thân của người nộp',
        en: 'Proof of the family relationship (no power of attorney needed) and the filer’s identity document',
      },
      originals: 0,
      copies: 1,
    },
  ],
  fees: [
    {
      text: {
        vi: 'Theo quy định hiện hành, xem tại nơi nộp hồ sơ (nhiều năm là 200.000 đồng/lần/người; sinh viên, người có công... 100.000 đồng)',
        en: 'As currently set, shown where you file (for years VND 200,000 a request; students, people with meritorious service... VND 100,000)',
      },
    },
  ],
  times: [
    {
      when: { 'quoc-tich': ['viet-nam-nhieu-noi', 'nuoc-ngoai'] },
      unit: 'calendar',
      days: 15,
      text: { vi: 'Không quá 15 ngày (cần xác minh)', en: 'At most 15 days (checks needed)' },
    },
    { unit: 'calendar', days: 10, text: { vi: 'Không quá 10 ngày', en: 'At most 10 days' } },
  ],
  uncertain: {
    vi: 'Việc cấp Phiếu đã chuyển từ Sở Tư pháp sang Công an cấp tỉnh; tên đơn vị tiếp nhận và mức phí hiện hành (Thông tư 16/2025/TT-BTC) chưa xác minh.',
    en: 'Criminal record certificates moved from the Department of Justice to the provincial police; the receiving unit and the current fee (Circular 16/2025/TT-BTC) have not been confirmed.',
  },
};

export const certifiedCopy: WizardInput = {
  slug: 'chung-thuc-ban-sao-tu-ban-chinh',
  questions: [
    {
      id: 'nguon-goc',
      text: { vi: 'Giấy tờ gốc do ai cấp?', en: 'Who issued the original document?' },
      options: [
        {
          id: 'viet-nam',
          label: { vi: 'Cơ quan, tổ chức Việt Nam', en: 'A Vietnamese authority or organisation' },
        },
        {
          id: 'nuoc-ngoai',
          label: { vi: 'Cơ quan, tổ chức nước ngoài', en: 'A foreign authority or organisation' },
        },
      ],
    },
    {
      id: 'so-luong',
      text: { vi: 'Bạn cần chứng thực bao nhiêu?', en: 'How much do you need certified?' },
      options: [
        { id: 'it', label: { vi: 'Vài bản, ít trang', en: 'A few copies of a few pages' } },
        {
          id: 'nhieu',
          label: { vi: 'Nhiều bản, nhiều trang', en: 'Many copies or many pages' },
        },
      ],
    },
  ],
  documents: [
    {
      name: { vi: 'Bản chính giấy tờ, văn bản', en: 'The original document' },
      note: { vi: 'Để đối chiếu, được trả lại', en: 'To compare; you get it back' },
    },
    {
      name: { vi: 'Bản chụp từ bản chính cần chứng thực', en: 'Photocopies of the original to certify' },
      originals: 0,
      copies: 1,
      note: {
        vi: 'Không mang bản chụp thì nơi chứng thực chụp (có thể thu phí chụp)',
        en: 'Without photocopies, the office makes them (it may charge for copying)',
      },
    },
    {
      when: { 'nguon-goc': ['nuoc-ngoai'] },
      name: {
        vi: 'Bản chính đã được hợp pháp hóa lãnh sự',
        en: 'The original with consular legalisation',
      },
      note: {
        vi: 'Trừ trường hợp được miễn theo điều ước quốc tế hoặc nguyên tắc có đi có lại',
        en: 'Unless exempt under a treaty or on reciprocity',
      },
    },
  ],
  fees: [
    {
      text: {
        vi: '2.000 đồng/trang; từ trang thứ ba trở đi 1.000 đồng/trang; tối đa 200.000 đồng/bản (tính theo số trang của bản chính)',
        en: 'VND 2,000 a page; VND 1,000 a page from the third; at most VND 200,000 a copy (counted on the original’s pages)',
      },
    },
  ],
  times: [
    {
      when: { 'so-luong': ['nhieu'] },
      unit: 'working',
      days: 2,
      text: {
        vi: 'Có thể kéo dài thêm không quá 02 ngày làm việc khi yêu cầu nhiều bản, nhiều trang',
        en: 'Up to 2 more working days for many copies or pages',
      },
    },
    {
      unit: 'sameDay',
      days: 0,
      text: {
        vi: 'Ngay trong ngày tiếp nhận, hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ',
        en: 'The same day, or the next working day when received after 15:00',
      },
    },
  ],
  notOnline: [{}],
  notes: [
    {
      text: {
        vi: 'Cũng có thể chứng thực tại tổ chức hành nghề công chứng (Phòng, Văn phòng công chứng). Không chứng thực bản chính bị tẩy xóa, sửa chữa, hư hỏng hoặc có nội dung trái pháp luật.',
        en: 'Notary offices certify copies too. An original that is erased, altered, damaged or unlawful in content cannot be certified.',
      },
    },
  ],
  uncertain: {
    vi: 'Chưa xác minh việc nhận yêu cầu chứng thực bản sao điện tử qua Cổng Dịch vụ công tại Thành phố.',
    en: 'Requests for certified electronic copies through the public service portal in the city have not been confirmed.',
  },
};

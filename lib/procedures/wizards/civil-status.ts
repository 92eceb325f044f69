// Hộ tịch: birth, marriage and death registration (Luật Hộ tịch 2014, Nghị định 123/2015/NĐ-CP,
// Thông tư 04/2020/TT-BTP), in or out of time, with or without a foreign element.
import type { WizardInput } from './types';

const FEE_HDND = {
  vi: 'Lệ phí theo mức do HĐND Thành phố quy định, xem tại nơi nộp hồ sơ; miễn cho người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật',
  en: 'A fee set by the City People’s Council, shown where you file; waived for families of people with meritorious service to the revolution, poor households and people with disabilities',
};
const U_FEE = {
  vi: 'Mức lệ phí cụ thể do HĐND Thành phố quy định; chưa xác minh được mức đang áp dụng sau khi hợp nhất Thành phố (01/7/2025).',
  en: 'The exact fee is set by the City People’s Council; the amount in force since the city’s merger (1 July 2025) has not been confirmed.',
};
const ID = {
  name: {
    vi: 'Giấy tờ tùy thân của người đi đăng ký (thẻ căn cước, hộ chiếu...)',
    en: 'Identity document of the person filing (citizen identity card, passport...)',
  },
  originals: 1,
  note: {
    vi: 'Xuất trình; không cần nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư',
    en: 'Shown, not handed in; not needed when the National Population Database already holds the details',
  },
};
const FOREIGN = {
  id: 'yeu-to-nuoc-ngoai',
  no: { vi: 'Không', en: 'No' },
};

export const birthRegistration: WizardInput = {
  slug: 'dang-ky-khai-sinh',
  questions: [
    {
      id: FOREIGN.id,
      text: {
        vi: 'Cha hoặc mẹ của trẻ là người nước ngoài, hoặc trẻ sinh ra ở nước ngoài?',
        en: 'Is the child’s father or mother a foreign national, or was the child born abroad?',
      },
      hint: {
        vi: 'Kể cả khi cha hoặc mẹ là người không quốc tịch, hoặc là công dân Việt Nam định cư ở nước ngoài.',
        en: 'Also when a parent is stateless, or is a Vietnamese citizen settled abroad.',
      },
      options: [
        { id: 'khong', label: FOREIGN.no },
        {
          id: 'co',
          label: { vi: 'Có', en: 'Yes' },
          elsewhere: 'dang-ky-khai-sinh-co-yeu-to-nuoc-ngoai',
        },
      ],
    },
    {
      id: 'thoi-han',
      text: { vi: 'Trẻ được sinh ra cách đây bao lâu?', en: 'How long ago was the child born?' },
      hint: {
        vi: 'Cha, mẹ phải đăng ký khai sinh cho con trong 60 ngày kể từ ngày sinh (Luật Hộ tịch, Điều 15).',
        en: 'Parents must register a birth within 60 days of it (Civil Status Law, Article 15).',
      },
      options: [
        { id: 'dung-han', label: { vi: 'Trong vòng 60 ngày', en: 'Within the last 60 days' } },
        { id: 'qua-han', label: { vi: 'Đã quá 60 ngày', en: 'More than 60 days ago' } },
      ],
    },
    {
      id: 'cha-me',
      text: { vi: 'Cha, mẹ của trẻ đã đăng ký kết hôn chưa?', en: 'Are the child’s parents married?' },
      options: [
        { id: 'da-ket-hon', label: { vi: 'Đã đăng ký kết hôn', en: 'Yes, their marriage is registered' } },
        {
          id: 'nhan-cha',
          label: {
            vi: 'Chưa đăng ký kết hôn, người cha muốn nhận con và ghi tên vào Giấy khai sinh',
            en: 'Not married; the father acknowledges the child and is named on the birth certificate',
          },
        },
        {
          id: 'khong-ghi-cha',
          label: {
            vi: 'Chưa xác định được cha (phần khai về cha để trống)',
            en: 'The father is not named (left blank)',
          },
        },
      ],
    },
    {
      id: 'giay-chung-sinh',
      text: {
        vi: 'Có Giấy chứng sinh do cơ sở y tế cấp không?',
        en: 'Is there a birth notice (Giấy chứng sinh) from the hospital or clinic?',
      },
      options: [
        { id: 'co', label: { vi: 'Có', en: 'Yes' } },
        {
          id: 'khong',
          label: { vi: 'Không (sinh tại nhà, bị mất...)', en: 'No (born at home, lost...)' },
        },
      ],
    },
  ],
  documents: [
    {
      name: {
        vi: 'Tờ khai đăng ký khai sinh (mẫu của Bộ Tư pháp)',
        en: 'Birth registration form (Ministry of Justice form)',
      },
    },
    {
      when: { 'giay-chung-sinh': ['co'] },
      name: { vi: 'Giấy chứng sinh do cơ sở y tế cấp', en: 'Birth notice issued by the hospital or clinic' },
    },
    {
      when: { 'giay-chung-sinh': ['khong'] },
      name: {
        vi: 'Văn bản của người làm chứng xác nhận việc sinh; không có người làm chứng thì giấy cam đoan về việc sinh',
        en: 'A witness’s written confirmation of the birth; without a witness, a signed statement about the birth',
      },
    },
    ID,
    {
      when: { 'cha-me': ['da-ket-hon'] },
      name: { vi: 'Giấy chứng nhận kết hôn của cha, mẹ', en: 'The parents’ marriage certificate' },
      note: {
        vi: 'Xuất trình khi cơ quan không tự khai thác được thông tin',
        en: 'Shown when the office cannot look it up itself',
      },
    },
    {
      when: { 'cha-me': ['nhan-cha'] },
      name: {
        vi: 'Tờ khai đăng ký nhận cha, mẹ, con (kết hợp với khai sinh), có mặt cả cha và mẹ',
        en: 'Form for acknowledging paternity (together with the birth registration); both parents attend',
      },
    },
    {
      when: { 'cha-me': ['nhan-cha'] },
      name: {
        vi: 'Chứng cứ chứng minh quan hệ cha con: văn bản giám định ADN hoặc văn bản của cơ quan có thẩm quyền; không có thì văn bản cam đoan của cha, mẹ có ít nhất hai người làm chứng',
        en: 'Proof that he is the father: a DNA test report or a document from a competent authority; failing that, the parents’ signed statement with at least two witnesses',
      },
    },
    {
      when: { 'thoi-han': ['qua-han'] },
      name: {
        vi: 'Giấy tờ, tài liệu có thông tin về họ tên, ngày sinh của người được khai sinh (nếu có: sổ tiêm chủng, học bạ...)',
        en: 'Any papers showing the person’s name and date of birth (if there are some: vaccination book, school records...)',
      },
      originals: 0,
      copies: 1,
      note: {
        vi: 'Chủ yếu khi đăng ký khai sinh cho người đã lớn; cán bộ hộ tịch có thể yêu cầu',
        en: 'Mostly when the person is older; the registrar may ask for them',
      },
    },
  ],
  fees: [
    {
      when: { 'thoi-han': ['dung-han'] },
      text: { vi: 'Miễn lệ phí (đăng ký đúng hạn)', en: 'Free (registered in time)' },
    },
    { text: FEE_HDND },
  ],
  times: [
    {
      when: { 'cha-me': ['nhan-cha'] },
      unit: 'working',
      days: 3,
      text: {
        vi: '03 ngày làm việc (khai sinh kết hợp nhận cha, con); cần xác minh thì thêm không quá 05 ngày làm việc',
        en: '3 working days (birth registration with acknowledgement of paternity); up to 5 more when checks are needed',
      },
    },
    {
      unit: 'sameDay',
      days: 0,
      text: {
        vi: 'Ngay trong ngày nhận đủ hồ sơ; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
        en: 'The same day the complete file is received; after 15:00, the next working day',
      },
    },
  ],
  notes: [
    {
      when: { 'cha-me': ['khong-ghi-cha'] },
      text: {
        vi: 'Phần khai về cha trong Sổ hộ tịch và Giấy khai sinh để trống; sau này người cha có thể làm thủ tục nhận con.',
        en: 'The father’s part of the register and of the birth certificate stays blank; the father can acknowledge the child later.',
      },
      slug: 'dang-ky-nhan-cha-me-con',
    },
  ],
  uncertain: {
    vi: `Lệ phí khai sinh quá hạn: ${U_FEE.vi} Thời hạn khai sinh kết hợp nhận cha, con lấy theo Luật Hộ tịch, Điều 25; hỏi nơi nộp hồ sơ.`,
    en: `Fee for late registration: ${U_FEE.en} The time limit for a registration with acknowledgement of paternity follows Article 25 of the Civil Status Law; ask where you file.`,
  },
};

export const birthRegistrationForeign: WizardInput = {
  slug: 'dang-ky-khai-sinh-co-yeu-to-nuoc-ngoai',
  questions: [
    {
      id: 'noi-sinh',
      text: { vi: 'Trẻ sinh ra ở đâu?', en: 'Where was the child born?' },
      options: [
        { id: 'viet-nam', label: { vi: 'Tại Việt Nam', en: 'In Viet Nam' } },
        {
          id: 'nuoc-ngoai',
          label: {
            vi: 'Ở nước ngoài, chưa được khai sinh ở đó, nay về cư trú tại Việt Nam',
            en: 'Abroad, not registered there, now living in Viet Nam',
          },
        },
      ],
    },
    {
      id: 'cha-me',
      text: { vi: 'Cha, mẹ của trẻ là ai?', en: 'Who are the child’s parents?' },
      options: [
        {
          id: 'mot-ben-nuoc-ngoai',
          label: {
            vi: 'Một bên là công dân Việt Nam, bên kia là người nước ngoài hoặc không quốc tịch',
            en: 'One is a Vietnamese citizen, the other a foreign national or stateless',
          },
        },
        {
          id: 'ca-hai-viet-nam',
          label: { vi: 'Cả hai là công dân Việt Nam', en: 'Both are Vietnamese citizens' },
        },
      ],
    },
    {
      id: 'quoc-tich',
      when: { 'cha-me': ['mot-ben-nuoc-ngoai'] },
      text: { vi: 'Cha, mẹ chọn quốc tịch nào cho con?', en: 'Which nationality do the parents choose for the child?' },
      options: [
        { id: 'viet-nam', label: { vi: 'Quốc tịch Việt Nam', en: 'Vietnamese' } },
        { id: 'nuoc-ngoai', label: { vi: 'Quốc tịch nước ngoài', en: 'The foreign parent’s nationality' } },
      ],
    },
  ],
  documents: [
    {
      name: {
        vi: 'Tờ khai đăng ký khai sinh (mẫu của Bộ Tư pháp)',
        en: 'Birth registration form (Ministry of Justice form)',
      },
    },
    {
      name: {
        vi: 'Giấy chứng sinh hoặc giấy tờ thay thế (văn bản của người làm chứng, giấy cam đoan về việc sinh)',
        en: 'Birth notice, or what replaces it (a witness’s confirmation, a signed statement about the birth)',
      },
    },
    {
      when: { 'cha-me': ['mot-ben-nuoc-ngoai'] },
      name: {
        vi: 'Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con',
        en: 'The parents’ written agreement on the child’s nationality',
      },
    },
    {
      when: { 'quoc-tich': ['nuoc-ngoai'] },
      name: {
        vi: 'Văn bản của cơ quan có thẩm quyền của nước mà trẻ được chọn mang quốc tịch, xác nhận việc trẻ có quốc tịch phù hợp với pháp luật nước đó',
        en: 'A document from the authorities of the chosen country confirming the child’s nationality under its law',
      },
      note: {
        vi: 'Giấy tờ nước ngoài phải được hợp pháp hóa lãnh sự và dịch sang tiếng Việt, trừ trường hợp được miễn',
        en: 'Foreign papers must be consular-legalised and translated into Vietnamese unless exempt',
      },
    },
    {
      name: {
        vi: 'Hộ chiếu hoặc giấy tờ thay hộ chiếu của cha, mẹ là người nước ngoài; giấy tờ tùy thân của cha, mẹ là công dân Việt Nam',
        en: 'Passport (or equivalent) of a foreign parent; identity document of a Vietnamese parent',
      },
      note: { vi: 'Xuất trình', en: 'Shown, not handed in' },
    },
    {
      when: { 'noi-sinh': ['nuoc-ngoai'] },
      name: {
        vi: 'Giấy tờ chứng minh trẻ đã nhập cảnh Việt Nam (ví dụ hộ chiếu có dấu nhập cảnh) và văn bản xác nhận trẻ đang cư trú tại Việt Nam',
        en: 'Proof that the child entered Viet Nam (e.g. a passport with an entry stamp) and a confirmation that the child lives in Viet Nam',
      },
      originals: 0,
      copies: 1,
    },
  ],
  fees: [{ text: FEE_HDND }],
  times: [
    {
      unit: 'sameDay',
      days: 0,
      text: {
        vi: 'Ngay trong ngày nhận đủ hồ sơ hợp lệ (theo Luật Hộ tịch); lâu hơn nếu phải xác minh',
        en: 'The same day the complete file is received (Civil Status Law); longer when checks are needed',
      },
    },
  ],
  notOnline: [{}],
  uncertain: {
    vi: `${U_FEE.vi} Chưa kiểm chứng việc nộp trực tuyến cho thủ tục này.`,
    en: `${U_FEE.en} Online filing for this procedure has not been confirmed.`,
  },
};

export const marriageRegistration: WizardInput = {
  slug: 'dang-ky-ket-hon',
  questions: [
    {
      id: FOREIGN.id,
      text: {
        vi: 'Một trong hai người là người nước ngoài, hoặc là công dân Việt Nam định cư ở nước ngoài?',
        en: 'Is one of you a foreign national, or a Vietnamese citizen settled abroad?',
      },
      options: [
        { id: 'khong', label: FOREIGN.no },
        { id: 'co', label: { vi: 'Có', en: 'Yes' }, elsewhere: 'dang-ky-ket-hon-co-yeu-to-nuoc-ngoai' },
      ],
    },
    {
      id: 'noi-dang-ky',
      text: {
        vi: 'Hai người đăng ký kết hôn ở đâu?',
        en: 'Where are you registering the marriage?',
      },
      options: [
        {
          id: 'ca-hai-cu-tru',
          label: {
            vi: 'Tại phường, xã nơi cả hai cùng cư trú',
            en: 'In the ward or commune where both of you live',
          },
        },
        {
          id: 'mot-ben-cu-tru',
          label: {
            vi: 'Tại phường, xã nơi chỉ một người cư trú',
            en: 'In the ward or commune where only one of you lives',
          },
        },
      ],
    },
    {
      id: 'tung-ket-hon',
      text: { vi: 'Có ai trong hai người đã từng kết hôn?', en: 'Has either of you been married before?' },
      options: [
        { id: 'chua', label: { vi: 'Chưa ai từng kết hôn', en: 'Neither of us' } },
        {
          id: 'ly-hon-trong-nuoc',
          label: {
            vi: 'Đã ly hôn tại Tòa án Việt Nam, hoặc vợ, chồng trước đã chết',
            en: 'Divorced by a Vietnamese court, or widowed',
          },
        },
        {
          id: 'ly-hon-nuoc-ngoai',
          label: { vi: 'Đã ly hôn ở nước ngoài', en: 'Divorced abroad' },
        },
      ],
    },
  ],
  documents: [
    {
      name: {
        vi: 'Tờ khai đăng ký kết hôn (mẫu của Bộ Tư pháp)',
        en: 'Marriage registration form (Ministry of Justice form)',
      },
    },
    {
      name: {
        vi: 'Giấy tờ tùy thân của hai bên (thẻ căn cước, hộ chiếu...)',
        en: 'Identity documents of both of you (citizen identity card, passport...)',
      },
      note: ID.note,
    },
    {
      when: { 'noi-dang-ky': ['mot-ben-cu-tru'] },
      name: {
        vi: 'Giấy xác nhận tình trạng hôn nhân của người không cư trú tại nơi đăng ký, do UBND cấp xã nơi người đó cư trú cấp',
        en: 'Certificate of marital status of the partner who does not live there, from the People’s Committee of the ward or commune where they live',
      },
      note: {
        vi: 'Có thể không cần nếu cơ quan khai thác được thông tin điện tử',
        en: 'May not be needed when the office can look it up electronically',
      },
    },
    {
      when: { 'tung-ket-hon': ['ly-hon-trong-nuoc'] },
      name: {
        vi: 'Bản án, quyết định ly hôn đã có hiệu lực của Tòa án, hoặc trích lục khai tử của vợ, chồng trước',
        en: 'The final divorce judgment or decision, or the death extract of the former spouse',
      },
      originals: 0,
      copies: 1,
      note: {
        vi: 'Khi thông tin này chưa thể hiện trong Giấy xác nhận tình trạng hôn nhân hoặc cơ sở dữ liệu hộ tịch',
        en: 'When the marital status certificate or the civil status database does not already show it',
      },
    },
    {
      when: { 'tung-ket-hon': ['ly-hon-nuoc-ngoai'] },
      name: {
        vi: 'Trích lục ghi chú ly hôn (việc ly hôn ở nước ngoài đã được ghi vào Sổ hộ tịch ở Việt Nam)',
        en: 'Extract recording the foreign divorce in the Vietnamese civil status register (ghi chú ly hôn)',
      },
      originals: 0,
      copies: 1,
    },
  ],
  fees: [
    {
      text: {
        vi: 'Miễn lệ phí (công dân Việt Nam cư trú ở trong nước)',
        en: 'Free (Vietnamese citizens living in Viet Nam)',
      },
    },
  ],
  times: [
    {
      unit: 'sameDay',
      days: 0,
      text: {
        vi: 'Ngay trong ngày nhận đủ hồ sơ; cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc',
        en: 'The same day the complete file is received; up to 5 working days when the conditions must be checked',
      },
    },
  ],
  notes: [
    {
      text: {
        vi: 'Hai bên phải cùng có mặt khi nhận Giấy chứng nhận kết hôn.',
        en: 'Both of you must attend to receive the marriage certificate.',
      },
    },
    {
      when: { 'tung-ket-hon': ['ly-hon-nuoc-ngoai'] },
      text: {
        vi: 'Chưa có trích lục ghi chú ly hôn thì làm thủ tục ghi vào Sổ hộ tịch việc ly hôn đã giải quyết ở nước ngoài trước.',
        en: 'Without that extract, first have the foreign divorce recorded in the civil status register.',
      },
    },
  ],
};

export const marriageRegistrationForeign: WizardInput = {
  slug: 'dang-ky-ket-hon-co-yeu-to-nuoc-ngoai',
  questions: [
    {
      id: 'nguoi-nuoc-ngoai',
      text: {
        vi: 'Người nước ngoài (hoặc người định cư ở nước ngoài) hiện cư trú ở đâu?',
        en: 'Where does the foreign partner (or the partner settled abroad) live now?',
      },
      options: [
        { id: 'tai-viet-nam', label: { vi: 'Tại Việt Nam', en: 'In Viet Nam' } },
        { id: 'o-nuoc-ngoai', label: { vi: 'Ở nước ngoài', en: 'Abroad' } },
      ],
    },
    {
      id: 'cong-dan-viet-nam',
      text: {
        vi: 'Người là công dân Việt Nam có phải là cán bộ, công chức, viên chức hoặc đang phục vụ trong lực lượng vũ trang không?',
        en: 'Is the Vietnamese partner a civil servant, a public employee or serving in the armed forces?',
      },
      options: [
        { id: 'khong', label: FOREIGN.no },
        { id: 'co', label: { vi: 'Có', en: 'Yes' } },
      ],
    },
    {
      id: 'ly-hon-nuoc-ngoai',
      text: {
        vi: 'Người là công dân Việt Nam đã từng ly hôn hoặc hủy việc kết hôn ở nước ngoài?',
        en: 'Has the Vietnamese partner divorced, or had a marriage annulled, abroad?',
      },
      options: [
        { id: 'khong', label: FOREIGN.no },
        { id: 'co', label: { vi: 'Có', en: 'Yes' } },
      ],
    },
  ],
  documents: [
    {
      name: {
        vi: 'Tờ khai đăng ký kết hôn (mẫu của Bộ Tư pháp)',
        en: 'Marriage registration form (Ministry of Justice form)',
      },
    },
    {
      name: {
        vi: 'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp',
        en: 'Proof of the foreign partner’s marital status from the authorities of their country',
      },
      note: {
        vi: 'Còn giá trị; không ghi thời hạn thì chỉ có giá trị 6 tháng kể từ ngày cấp; hợp pháp hóa lãnh sự và dịch sang tiếng Việt, trừ trường hợp được miễn',
        en: 'Still valid (without an expiry date, 6 months from issue); consular-legalised and translated into Vietnamese unless exempt',
      },
    },
    {
      name: {
        vi: 'Giấy xác nhận của tổ chức y tế có thẩm quyền rằng người đó không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi (của mỗi bên)',
        en: 'A medical certificate for each partner that they have no mental illness or other condition preventing them from understanding or controlling their actions',
      },
      note: { vi: 'Không ghi thời hạn thì chỉ có giá trị 6 tháng', en: 'Without an expiry date, valid for 6 months' },
    },
    {
      name: {
        vi: 'Hộ chiếu hoặc giấy tờ thay hộ chiếu của người nước ngoài',
        en: 'The foreign partner’s passport or equivalent',
      },
      originals: 0,
      copies: 1,
    },
    {
      name: {
        vi: 'Giấy tờ tùy thân của công dân Việt Nam (thẻ căn cước, hộ chiếu...)',
        en: 'The Vietnamese partner’s identity document (citizen identity card, passport...)',
      },
      note: ID.note,
    },
    {
      when: { 'nguoi-nuoc-ngoai': ['tai-viet-nam'] },
      name: {
        vi: 'Giấy tờ chứng minh nơi cư trú tại Việt Nam của người nước ngoài (thẻ thường trú, thẻ tạm trú...)',
        en: 'Proof of the foreign partner’s residence in Viet Nam (permanent or temporary residence card...)',
      },
      originals: 0,
      copies: 1,
    },
    {
      when: { 'cong-dan-viet-nam': ['co'] },
      name: {
        vi: 'Văn bản của cơ quan, đơn vị quản lý xác nhận việc kết hôn với người nước ngoài không trái với quy định của ngành',
        en: 'A letter from the employer or unit confirming that marrying a foreign national does not breach the rules of their service',
      },
    },
    {
      when: { 'ly-hon-nuoc-ngoai': ['co'] },
      name: {
        vi: 'Trích lục ghi chú ly hôn, hủy việc kết hôn',
        en: 'Extract recording the foreign divorce or annulment',
      },
      originals: 0,
      copies: 1,
    },
  ],
  fees: [{ text: FEE_HDND }],
  times: [
    {
      unit: 'calendar',
      days: 15,
      text: {
        vi: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (theo Luật Hộ tịch)',
        en: '15 days from receipt of a complete file (Civil Status Law)',
      },
    },
  ],
  notOnline: [{}],
  notes: [
    {
      text: {
        vi: 'Hai bên phải cùng có mặt khi nhận Giấy chứng nhận kết hôn.',
        en: 'Both partners must attend to receive the marriage certificate.',
      },
    },
  ],
  uncertain: {
    vi: `Thời hạn 15 ngày theo Luật Hộ tịch; bộ thủ tục công bố sau 01/7/2025 có thể quy định ngắn hơn. ${U_FEE.vi}`,
    en: `15 days under the Civil Status Law; the procedure published after 1 July 2025 may set a shorter limit. ${U_FEE.en}`,
  },
};

export const deathRegistration: WizardInput = {
  slug: 'dang-ky-khai-tu',
  questions: [
    {
      id: 'thoi-han',
      text: { vi: 'Người mất đã mất bao lâu?', en: 'When did the person die?' },
      hint: {
        vi: 'Người thân phải đăng ký khai tử trong 15 ngày kể từ ngày chết (Luật Hộ tịch, Điều 33).',
        en: 'Relatives must register a death within 15 days (Civil Status Law, Article 33).',
      },
      options: [
        { id: 'dung-han', label: { vi: 'Trong vòng 15 ngày', en: 'Within the last 15 days' } },
        { id: 'qua-han', label: { vi: 'Đã quá 15 ngày', en: 'More than 15 days ago' } },
      ],
    },
    {
      id: 'noi-mat',
      text: {
        vi: 'Người mất mất ở đâu, hoặc được xác định đã chết thế nào?',
        en: 'Where did the person die, or how was the death established?',
      },
      options: [
        { id: 'co-so-y-te', label: { vi: 'Tại bệnh viện, cơ sở y tế', en: 'In a hospital or clinic' } },
        { id: 'noi-khac', label: { vi: 'Tại nhà hoặc nơi khác', en: 'At home or elsewhere' } },
        {
          id: 'toa-an',
          label: {
            vi: 'Tòa án đã tuyên bố người đó đã chết',
            en: 'A court declared the person dead',
          },
        },
      ],
    },
  ],
  documents: [
    {
      name: {
        vi: 'Tờ khai đăng ký khai tử (mẫu của Bộ Tư pháp)',
        en: 'Death registration form (Ministry of Justice form)',
      },
    },
    {
      when: { 'noi-mat': ['co-so-y-te'] },
      name: { vi: 'Giấy báo tử do cơ sở y tế cấp', en: 'Death notice issued by the hospital or clinic' },
    },
    {
      when: { 'noi-mat': ['noi-khac'] },
      name: {
        vi: 'Giấy báo tử do UBND cấp xã nơi người đó chết cấp (hoặc giấy tờ thay thế khác theo quy định)',
        en: 'Death notice issued by the People’s Committee of the ward or commune where the death occurred (or another document the rules accept)',
      },
    },
    {
      when: { 'noi-mat': ['toa-an'] },
      name: {
        vi: 'Bản án, quyết định của Tòa án tuyên bố một người đã chết, đã có hiệu lực pháp luật',
        en: 'The final court judgment or decision declaring the person dead',
      },
      originals: 0,
      copies: 1,
    },
    ID,
  ],
  fees: [
    {
      when: { 'thoi-han': ['dung-han'] },
      text: { vi: 'Miễn lệ phí (đăng ký đúng hạn)', en: 'Free (registered in time)' },
    },
    { text: FEE_HDND },
  ],
  times: [
    {
      unit: 'sameDay',
      days: 0,
      text: {
        vi: 'Ngay trong ngày nhận đủ hồ sơ; cần xác minh thì không quá 03 ngày làm việc',
        en: 'The same day the complete file is received; up to 3 working days when checks are needed',
      },
    },
  ],
  notes: [
    {
      text: {
        vi: 'Có thể nộp liên thông khai tử – xóa đăng ký thường trú – hưởng chế độ mai táng phí, tử tuất trên Cổng Dịch vụ công.',
        en: 'Death registration, removal from the permanent residence register and funeral or survivor benefits can be filed together on the public service portal.',
      },
    },
  ],
  uncertain: {
    vi: `Lệ phí khai tử quá hạn: ${U_FEE.vi} Danh sách giấy tờ thay thế Giấy báo tử ở đây chỉ tóm tắt.`,
    en: `Fee for late registration: ${U_FEE.en} The documents that replace a death notice are summarised here.`,
  },
};

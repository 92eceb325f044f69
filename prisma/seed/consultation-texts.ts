// The demo consultations: their texts in both languages, their questions and options, and when
// they run relative to the day the seed is run (so one is always open, one upcoming, two closed).

export type DemoQuestion = {
  kind: 'SINGLE' | 'MULTIPLE' | 'SCALE' | 'RANKING' | 'TEXT';
  required?: boolean;
  maxChoices?: number;
  maxLength?: number;
  textVi: string;
  textEn: string;
  options?: [vi: string, en: string][];
  /** How the demo answers lean: a weight per option (SINGLE, MULTIPLE, RANKING) or per scale value. */
  weights?: number[];
};

export type DemoConsultation = {
  slug: string;
  topic: string;
  /** Days from the seed's day: opening and closing. */
  opensIn: number;
  closesIn: number;
  resultsRule: 'SEALED_UNTIL_CLOSE' | 'AFTER_ANSWER';
  wards: string[];
  responses: number;
  titleVi: string;
  titleEn: string;
  summaryVi: string;
  summaryEn: string;
  bodyVi: string;
  bodyEn: string;
  outcome?: { vi: string; en: string; daysAfterClose: number };
  /** Written answers a moderator has let through (demo). */
  texts?: [vi: string, en: string][];
  questions: DemoQuestion[];
};

export const demoConsultations: DemoConsultation[] = [
  {
    slug: 'quy-dinh-su-dung-tam-thoi-via-he',
    topic: 'urban-order',
    opensIn: -12,
    closesIn: 18,
    resultsRule: 'SEALED_UNTIL_CLOSE',
    wards: [],
    responses: 84,
    titleVi: 'Dự thảo quy định sử dụng tạm thời một phần vỉa hè',
    titleEn: 'Draft rules on the temporary use of part of the pavement',
    summaryVi:
      'Thành phố lấy ý kiến về điều kiện, thời gian và mức phí khi hộ kinh doanh sử dụng tạm thời một phần vỉa hè, bảo đảm lối đi cho người đi bộ.',
    summaryEn:
      'The city asks for views on the conditions, hours and fees for shops using part of the pavement, while keeping a clear path for pedestrians.',
    bodyVi:
      'Vỉa hè trước hết dành cho người đi bộ. Tuy vậy, nhiều hộ kinh doanh nhỏ vẫn cần một phần vỉa hè để buôn bán hoặc để xe.\n\nDự thảo quy định đề xuất: chỉ cho phép sử dụng tạm thời trên vỉa hè rộng từ 3 m trở lên; luôn chừa lối đi tối thiểu 1,5 m; thu phí theo mét vuông và theo khung giờ; phường cấp phép và công khai danh sách các điểm được phép trên Cổng Công dân số.\n\nÝ kiến của người dân sẽ được tổng hợp và báo cáo Ủy ban nhân dân Thành phố trước khi ban hành quy định.',
    bodyEn:
      'Pavements are first of all for people on foot. Yet many small businesses still need part of the pavement to trade or to park.\n\nThe draft rules propose: temporary use only where the pavement is at least 3 m wide; a clear path of at least 1.5 m at all times; a fee per square metre and per time slot; permits issued by the ward, with the list of permitted places published on the Công dân số portal.\n\nResidents’ views will be summarised and reported to the City People’s Committee before the rules are issued.',
    questions: [
      {
        kind: 'SINGLE',
        textVi: 'Bạn có đồng ý cho phép sử dụng tạm thời một phần vỉa hè có thu phí không?',
        textEn: 'Do you agree with allowing the temporary, paid use of part of the pavement?',
        options: [
          ['Đồng ý', 'I agree'],
          ['Đồng ý nếu kiểm soát chặt lối đi bộ', 'I agree if the walking path is strictly enforced'],
          ['Không đồng ý', 'I disagree'],
        ],
        weights: [3, 5, 2],
      },
      {
        kind: 'MULTIPLE',
        maxChoices: 2,
        textVi: 'Những mục đích nào nên được phép? (chọn tối đa 2)',
        textEn: 'Which uses should be allowed? (choose up to 2)',
        options: [
          ['Để xe máy của khách', 'Customers’ motorbike parking'],
          ['Bày bán hàng hóa', 'Displaying goods'],
          ['Bàn ghế ăn uống', 'Café and restaurant tables'],
          ['Tổ chức việc hiếu, hỷ', 'Weddings and funerals'],
        ],
        weights: [5, 2, 4, 3],
      },
      {
        kind: 'SCALE',
        textVi: 'Lối đi tối thiểu 1,5 m cho người đi bộ là hợp lý.',
        textEn: 'A clear walking path of at least 1.5 m is reasonable.',
        weights: [1, 1, 2, 4, 5],
      },
      {
        kind: 'TEXT',
        required: false,
        maxLength: 1000,
        textVi: 'Bạn có góp ý gì thêm cho dự thảo?',
        textEn: 'Anything else you would like to say about the draft?',
      },
    ],
  },
  {
    slug: 'tuyen-xe-buyt-thu-duc-ben-thanh',
    topic: 'transport',
    opensIn: -5,
    closesIn: 25,
    resultsRule: 'AFTER_ANSWER',
    wards: [
      'mau-phuong-sai-gon',
      'mau-phuong-ben-thanh',
      'mau-phuong-binh-thanh',
      'mau-phuong-thu-duc',
      'mau-phuong-linh-xuan',
      'mau-phuong-hiep-binh',
      'mau-phuong-an-khanh',
    ],
    responses: 46,
    titleVi: 'Tuyến xe buýt mới Thủ Đức – Bến Thành qua cầu Sài Gòn',
    titleEn: 'A new Thủ Đức – Bến Thành bus route over the Sài Gòn bridge',
    summaryVi:
      'Sở Xây dựng lấy ý kiến người dân các phường dọc tuyến về tần suất, giờ hoạt động và các điểm dừng ưu tiên của tuyến xe buýt mới.',
    summaryEn:
      'The Department of Construction asks residents of the wards along the route about the frequency, hours and priority stops of a new bus route.',
    bodyVi:
      'Tuyến xe buýt dự kiến dài 18 km, nối Thủ Đức với Bến Thành qua cầu Sài Gòn và đường Điện Biên Phủ, kết nối với tuyến metro số 1.\n\nThành phố cần biết người dân sẽ đi tuyến này vào giờ nào và điểm dừng nào quan trọng nhất để sắp xếp lịch chạy trước khi đưa vào khai thác.\n\nKết quả tạm thời được hiển thị cho người đã góp ý; kết quả chính thức được công bố khi kết thúc lấy ý kiến.',
    bodyEn:
      'The planned route is 18 km long and links Thủ Đức with Bến Thành over the Sài Gòn bridge and Điện Biên Phủ street, connecting with metro line 1.\n\nThe city needs to know when residents would ride it and which stops matter most, to set its timetable before it starts running.\n\nProvisional results are shown to people who have answered; the final results are published when the consultation closes.',
    questions: [
      {
        kind: 'SINGLE',
        textVi: 'Bạn muốn xe chạy với tần suất nào vào giờ cao điểm?',
        textEn: 'How often should the buses run at rush hour?',
        options: [
          ['5 phút một chuyến', 'Every 5 minutes'],
          ['10 phút một chuyến', 'Every 10 minutes'],
          ['15 phút một chuyến', 'Every 15 minutes'],
        ],
        weights: [4, 5, 1],
      },
      {
        kind: 'RANKING',
        maxChoices: 3,
        textVi: 'Xếp hạng 3 điểm dừng bạn cần nhất (1 là cần nhất).',
        textEn: 'Rank the 3 stops you need most (1 is the most needed).',
        options: [
          ['Ga metro Thảo Điền', 'Thảo Điền metro station'],
          ['Chợ Thủ Đức', 'Thủ Đức market'],
          ['Bệnh viện Nhi đồng 1', 'Children’s Hospital 1'],
          ['Công viên Tao Đàn', 'Tao Đàn park'],
          ['Chợ Bến Thành', 'Bến Thành market'],
        ],
        weights: [5, 3, 4, 1, 4],
      },
      {
        kind: 'SCALE',
        textVi: 'Tôi sẽ đi tuyến xe buýt này ít nhất một lần mỗi tuần.',
        textEn: 'I would ride this bus route at least once a week.',
        weights: [1, 2, 3, 4, 3],
      },
    ],
  },
  {
    slug: 'phan-loai-rac-tai-nguon-2027',
    topic: 'environment',
    opensIn: 9,
    closesIn: 40,
    resultsRule: 'SEALED_UNTIL_CLOSE',
    wards: [],
    responses: 0,
    titleVi: 'Lộ trình phân loại chất thải rắn sinh hoạt tại nguồn năm 2027',
    titleEn: 'The 2027 plan for sorting household waste at source',
    summaryVi:
      'Lấy ý kiến về lịch thu gom theo loại rác, túi đựng và mức giá dịch vụ thu gom khi thành phố bắt buộc phân loại rác tại nguồn.',
    summaryEn:
      'Views on collection days by type of waste, bags and collection fees once the city makes sorting at source compulsory.',
    bodyVi:
      'Luật Bảo vệ môi trường yêu cầu hộ gia đình phân loại chất thải rắn sinh hoạt. Thành phố dự kiến áp dụng bắt buộc từ năm 2027, với ba nhóm: chất thải có khả năng tái chế, chất thải thực phẩm và chất thải khác.\n\nĐợt lấy ý kiến sẽ mở sau khi dự thảo được hoàn thiện; bạn có thể đọc trước các câu hỏi.',
    bodyEn:
      'The Law on Environmental Protection requires households to sort their waste. The city plans to make it compulsory from 2027, in three groups: recyclable waste, food waste and other waste.\n\nThe consultation opens once the draft is complete; you can read the questions now.',
    questions: [
      {
        kind: 'SINGLE',
        textVi: 'Rác thực phẩm nên được thu gom mấy lần mỗi tuần?',
        textEn: 'How many times a week should food waste be collected?',
        options: [
          ['Hằng ngày', 'Every day'],
          ['4 lần', '4 times'],
          ['3 lần', '3 times'],
        ],
      },
      {
        kind: 'SCALE',
        textVi: 'Tôi sẵn sàng phân loại rác thành ba nhóm tại nhà.',
        textEn: 'I am ready to sort my waste into three groups at home.',
      },
    ],
  },
  {
    slug: 'gio-vao-hoc-tieu-hoc',
    topic: 'education',
    opensIn: -60,
    closesIn: -10,
    resultsRule: 'SEALED_UNTIL_CLOSE',
    wards: [],
    responses: 152,
    titleVi: 'Điều chỉnh giờ vào học của các trường tiểu học',
    titleEn: 'Changing primary school start times',
    summaryVi:
      'Sở Giáo dục và Đào tạo lấy ý kiến phụ huynh và người dân về việc lùi giờ vào học của học sinh tiểu học để giảm ùn tắc giờ cao điểm.',
    summaryEn:
      'The Department of Education and Training asked parents and residents about a later start time for primary pupils, to ease rush-hour traffic.',
    bodyVi:
      'Hiện nay phần lớn trường tiểu học vào học lúc 7 giờ 00, trùng với giờ cao điểm buổi sáng. Sở đề xuất lùi giờ vào học để học sinh ngủ đủ giấc và giảm ùn tắc quanh cổng trường.\n\nKết quả lấy ý kiến là căn cứ để Sở trình Ủy ban nhân dân Thành phố quyết định cho năm học tới.',
    bodyEn:
      'Most primary schools now start at 7:00, during the morning rush hour. The department proposes a later start so that pupils sleep enough and traffic eases around school gates.\n\nThe results will inform the department’s proposal to the City People’s Committee for the next school year.',
    questions: [
      {
        kind: 'SINGLE',
        textVi: 'Giờ vào học nào phù hợp nhất với gia đình bạn?',
        textEn: 'Which start time suits your family best?',
        options: [
          ['Giữ nguyên 7 giờ 00', 'Keep 7:00'],
          ['7 giờ 30', '7:30'],
          ['8 giờ 00', '8:00'],
        ],
        weights: [2, 5, 3],
      },
      {
        kind: 'SCALE',
        textVi: 'Lùi giờ vào học sẽ giúp giảm ùn tắc quanh trường.',
        textEn: 'A later start would ease congestion around the school.',
        weights: [1, 2, 3, 5, 4],
      },
      {
        kind: 'TEXT',
        required: false,
        maxLength: 1000,
        textVi: 'Gia đình bạn sẽ gặp khó khăn gì nếu thay đổi giờ học?',
        textEn: 'What difficulties would a change of hours cause your family?',
      },
    ],
    texts: [
      [
        'Bố mẹ đi làm lúc 7 giờ 30 nên cần trường mở cổng sớm để gửi con.',
        'We start work at 7:30, so the school would need to open its gates early.',
      ],
      [
        'Nên lùi giờ tan học tương ứng để tránh trùng giờ cao điểm buổi chiều.',
        'The end of the school day should move too, to avoid the evening rush hour.',
      ],
    ],
  },
  {
    slug: 'dat-ten-duong-khu-do-thi-moi-thu-thiem',
    topic: 'culture',
    opensIn: -90,
    closesIn: -35,
    resultsRule: 'SEALED_UNTIL_CLOSE',
    wards: ['mau-phuong-an-khanh', 'mau-phuong-binh-trung', 'mau-phuong-cat-lai', 'mau-phuong-thu-duc'],
    responses: 118,
    titleVi: 'Đặt tên cho tuyến đường mới trong khu đô thị Thủ Thiêm',
    titleEn: 'Naming a new street in the Thủ Thiêm urban area',
    summaryVi:
      'Người dân các phường lân cận chọn tên cho tuyến đường ven sông dài 1,2 km trong khu đô thị mới Thủ Thiêm, từ các tên do Hội đồng tư vấn đặt tên đường đề xuất.',
    summaryEn:
      'Residents of the nearby wards chose a name for a new 1.2 km riverside street in Thủ Thiêm, from the names put forward by the street-naming advisory council.',
    bodyVi:
      'Theo Nghị định 91/2005/NĐ-CP, tên đường được chọn từ ngân hàng tên đã được Hội đồng tư vấn thẩm định. Hội đồng đề xuất bốn tên gắn với lịch sử và văn hóa của vùng đất Sài Gòn – Gia Định.\n\nKết quả lấy ý kiến được Hội đồng tham khảo trước khi trình Hội đồng nhân dân Thành phố quyết định.',
    bodyEn:
      'Under Decree 91/2005/NĐ-CP, street names come from a bank of names reviewed by an advisory council. The council put forward four names tied to the history and culture of Sài Gòn – Gia Định.\n\nThe council considered the results before its proposal to the City People’s Council.',
    outcome: {
      daysAfterClose: 20,
      vi: 'Hội đồng nhân dân Thành phố đã quyết định đặt tên tuyến đường là đường Trịnh Hoài Đức, tên được nhiều người dân chọn nhất.\n\nBiển tên đường sẽ được lắp đặt trong quý tới. Cảm ơn 118 người dân đã góp ý.',
      en: 'The City People’s Council named the street Trịnh Hoài Đức street, the name most residents chose.\n\nThe street signs will be put up next quarter. Thank you to the 118 residents who took part.',
    },
    questions: [
      {
        kind: 'SINGLE',
        textVi: 'Bạn chọn tên nào cho tuyến đường mới?',
        textEn: 'Which name do you choose for the new street?',
        options: [
          ['Trịnh Hoài Đức', 'Trịnh Hoài Đức'],
          ['Nguyễn Hữu Cảnh', 'Nguyễn Hữu Cảnh'],
          ['Trương Vĩnh Ký', 'Trương Vĩnh Ký'],
          ['Huỳnh Tịnh Của', 'Huỳnh Tịnh Của'],
        ],
        weights: [6, 3, 3, 1],
      },
      {
        kind: 'SCALE',
        textVi: 'Tên đường nên gắn với lịch sử của địa phương.',
        textEn: 'Street names should be tied to local history.',
        weights: [1, 1, 2, 4, 6],
      },
    ],
  },
];

/** Where the demo respondents live (three accounts per unit of weight): some wards with many, a few with very few. */
export const respondentWards: [ward: string, weight: number][] = [
  ['mau-phuong-sai-gon', 14],
  ['mau-phuong-ben-thanh', 10],
  ['mau-phuong-binh-thanh', 12],
  ['mau-phuong-thu-duc', 16],
  ['mau-phuong-linh-xuan', 6],
  ['mau-phuong-hiep-binh', 6],
  ['mau-phuong-an-khanh', 12],
  ['mau-phuong-binh-trung', 8],
  ['mau-phuong-cat-lai', 5],
  ['mau-phuong-go-vap', 8],
  ['mau-phuong-tan-binh', 7],
  ['mau-phuong-cho-lon', 2],
  ['mau-xa-can-gio', 1],
];

// Demo news: the 12 January 2026 launch of Công dân số as the lead article, and other city news
// of those days as short articles, written for the demo. Each has a cover drawn here (an SVG
// turned into a JPEG by the same code editors' uploads go through), so the demo needs no files.
// Deterministic: fixed slugs, times and pictures.
import sharp from 'sharp';
import type { PrismaClient } from '../../generated/prisma/client';

type DemoArticle = {
  slug: string;
  type: 'NEWS' | 'ANNOUNCEMENT' | 'POLICY';
  topic: 'digital' | 'transport' | 'social' | 'urban' | 'disaster';
  agency: string | null;
  publishedAt: string;
  titleVi: string;
  summaryVi: string;
  bodyVi: string;
  titleEn?: string;
  summaryEn?: string;
  bodyEn?: string;
  coverAltVi: string;
  coverAltEn?: string;
  /** Two colours of the drawn cover. */
  colours: [string, string];
};

export const LEAD_ARTICLE_SLUG = 'ra-mat-ung-dung-cong-dan-so';

export const demoNews: DemoArticle[] = [
  {
    slug: LEAD_ARTICLE_SLUG,
    type: 'NEWS',
    topic: 'digital',
    agency: 'VP-UBND',
    publishedAt: '2026-01-12T17:00:00+07:00',
    titleVi: 'Hãy trở thành công dân số thành phố Hồ Chí Minh – Kết nối nhanh chóng giữa công dân và chính quyền',
    summaryVi:
      'Ngày 12/1, Thành phố ra mắt nền tảng Công dân số: một nơi để người dân gửi phản ánh, tra cứu thủ tục, góp ý chính sách và nhận cảnh báo.',
    bodyVi: [
      'Sáng 12/1, Ủy ban nhân dân Thành phố Hồ Chí Minh ra mắt **Công dân số**, gồm ứng dụng di động và cổng thông tin điện tử, với lời mời: *hãy trở thành công dân số của thành phố*.',
      '## Người dân làm được gì',
      '- Gửi phản ánh kiến nghị kèm hình ảnh và vị trí, theo dõi việc xử lý và đánh giá câu trả lời.\n- Tra cứu thủ tục hành chính: giấy tờ cần có, lệ phí, thời hạn và nơi nộp.\n- Tham gia lấy ý kiến về các chính sách, dự án của thành phố và phường, xã.\n- Nhận tin tức, thông báo và cảnh báo khẩn cấp cho nơi mình sống.',
      '## Kết nối nhanh giữa người dân và chính quyền',
      'Mỗi phản ánh được chuyển thẳng đến cơ quan phụ trách theo lĩnh vực và địa bàn, có thời hạn trả lời rõ ràng. Kết quả xử lý được công khai để mọi người cùng theo dõi.',
      'Để dùng đầy đủ các tính năng, người dân tạo tài khoản bằng email và chọn phường, xã nơi mình sinh sống. Xem thêm [hướng dẫn gửi phản ánh](/vi/tin-tuc/huong-dan-gui-phan-anh-kien-nghi).',
    ].join('\n\n'),
    titleEn: 'Become a digital citizen of Ho Chi Minh City – a quick link between residents and their government',
    summaryEn:
      'On 12 January the city launched Công dân số: one place for residents to report problems, look up procedures, comment on policy and receive alerts.',
    bodyEn: [
      'On the morning of 12 January the Ho Chi Minh City People’s Committee launched **Công dân số** (“digital citizen”), a mobile app and web portal, with an invitation: *become a digital citizen of the city*.',
      '## What residents can do',
      '- Report problems with photos and a location, follow how they are handled and rate the answer.\n- Look up administrative procedures: the documents needed, fees, time limits and where to apply.\n- Take part in consultations on the policies and projects of the city and of their ward or commune.\n- Receive news, announcements and emergency alerts for where they live.',
      '## A quick link between residents and the government',
      'Each report goes straight to the agency in charge of its category and area, with a clear deadline for the answer. The outcome is public for everyone to follow.',
      'To use every feature, residents create an account with their email address and choose the ward or commune where they live. See also [how to send feedback](/en/news/huong-dan-gui-phan-anh-kien-nghi).',
    ].join('\n\n'),
    coverAltVi: 'Biểu trưng Công dân số trên nền xanh, với dòng chữ “Hãy trở thành công dân số”',
    coverAltEn: 'The Công dân số logo on a blue background, with the words “Become a digital citizen”',
    colours: ['#0b4a8b', '#1d7fd1'],
  },
  {
    slug: 'phat-dong-dot-dang-ky-cong-dan-so',
    type: 'ANNOUNCEMENT',
    topic: 'digital',
    agency: 'SO-KHCN',
    publishedAt: '2026-01-12T10:30:00+07:00',
    titleVi: 'Phát động đợt đăng ký “Trở thành công dân số” tại các cơ quan, trường học',
    summaryVi:
      'Các cơ quan, đơn vị, trường học hướng dẫn cán bộ, giáo viên, sinh viên tạo tài khoản công dân số và chọn đơn vị của mình khi đăng ký.',
    bodyVi:
      'Trong đợt đăng ký, mỗi người khi tạo tài khoản có thể chọn đơn vị nơi mình làm việc hoặc học tập, để đơn vị theo dõi kết quả tham gia.\n\nViệc chọn đơn vị là **không bắt buộc** và có thể thay đổi sau tại trang Tài khoản.',
    titleEn: 'Registration drive “Become a digital citizen” starts in agencies and schools',
    summaryEn:
      'Agencies, units and schools help their staff, teachers and students create digital-citizen accounts and choose their unit when signing up.',
    bodyEn:
      'During the drive, each person who signs up can choose the unit where they work or study, so that the unit can follow how many have joined.\n\nChoosing a unit is **optional** and can be changed later on the Account page.',
    coverAltVi: 'Sinh viên đứng trước bảng hướng dẫn đăng ký tài khoản',
    coverAltEn: 'Students in front of a sign-up guide',
    colours: ['#0e6655', '#48c9b0'],
  },
  {
    slug: 'huong-dan-gui-phan-anh-kien-nghi',
    type: 'ANNOUNCEMENT',
    topic: 'digital',
    agency: 'VP-UBND',
    publishedAt: '2026-01-12T14:00:00+07:00',
    titleVi: 'Hướng dẫn gửi phản ánh kiến nghị trên Công dân số',
    summaryVi:
      'Chụp ảnh, chọn lĩnh vực, vị trí và gửi: phản ánh được chuyển ngay đến cơ quan phụ trách và được trả lời theo thời hạn.',
    bodyVi:
      '1. Chụp ảnh sự việc.\n2. Chọn lĩnh vực và vị trí trên bản đồ.\n3. Gửi và theo dõi trạng thái xử lý.\n\nĐường dây nóng **1022** vẫn tiếp nhận phản ánh qua điện thoại.',
    titleEn: 'How to send feedback on Công dân số',
    summaryEn:
      'Take a photo, choose the category and location and send: the report goes straight to the agency in charge and is answered within the deadline.',
    bodyEn:
      '1. Take a photo of the problem.\n2. Choose the category and the place on the map.\n3. Send it and follow its status.\n\nThe **1022** hotline still takes reports by phone.',
    coverAltVi: 'Điện thoại hiển thị biểu mẫu gửi phản ánh',
    coverAltEn: 'A phone showing the feedback form',
    colours: ['#6c3483', '#af7ac5'],
  },
  {
    slug: 'bao-ve-du-lieu-ca-nhan-tren-cong-dan-so',
    type: 'POLICY',
    topic: 'digital',
    agency: 'SO-KHCN',
    publishedAt: '2026-01-11T08:00:00+07:00',
    titleVi: 'Công dân số bảo vệ dữ liệu cá nhân của người dân như thế nào',
    summaryVi:
      'Người dùng có thể tải về dữ liệu của mình, đăng xuất trên mọi thiết bị và xóa tài khoản bất cứ lúc nào.',
    bodyVi:
      'Mọi thao tác của cán bộ trên dữ liệu của người dân đều được ghi nhật ký. Người dùng đồng ý với [chính sách bảo mật](/vi/chinh-sach-bao-mat) khi tạo tài khoản, và thời điểm đồng ý được lưu lại.',
    titleEn: 'How Công dân số protects residents’ personal data',
    summaryEn: 'Users can download their data, sign out on every device and delete their account at any time.',
    bodyEn:
      'Every action an official takes on residents’ data is recorded in an audit log. Users agree to the [privacy notice](/en/privacy) when they sign up, and the time of their consent is stored.',
    coverAltVi: 'Ổ khóa trên nền màn hình máy tính',
    coverAltEn: 'A padlock over a computer screen',
    colours: ['#1b2631', '#5d6d7e'],
  },
  {
    slug: 'thong-xe-cau-can-vanh-dai-3',
    type: 'NEWS',
    topic: 'transport',
    agency: 'SO-XD',
    publishedAt: '2026-01-10T16:00:00+07:00',
    titleVi: 'Thông xe đoạn cầu cạn trên tuyến Vành đai 3',
    summaryVi:
      'Một đoạn cầu cạn của đường Vành đai 3 được đưa vào khai thác, giúp xe đi giữa các cửa ngõ phía đông và phía bắc thành phố nhanh hơn.',
    bodyVi:
      'Đoạn cầu cạn mới cho phép xe lưu thông liên tục, không phải dừng ở các nút giao đồng mức bên dưới.\n\nCơ quan quản lý đề nghị người tham gia giao thông **chú ý biển báo tốc độ** và làn đường trong những ngày đầu khai thác; các hạng mục còn lại của tuyến tiếp tục được thi công.',
    titleEn: 'Ring Road 3 viaduct section opens to traffic',
    summaryEn:
      'A viaduct section of Ring Road 3 has opened, making trips between the city’s eastern and northern gateways faster.',
    bodyEn:
      'The new viaduct lets vehicles travel without stopping at the at-grade junctions below.\n\nThe road authority asks drivers to **watch the speed signs** and lanes in the first days; work on the rest of the ring road continues.',
    coverAltVi: 'Cầu cạn nhiều làn xe trên cao vào lúc chiều',
    coverAltEn: 'A multi-lane elevated viaduct in the afternoon',
    colours: ['#7e5109', '#f5b041'],
  },
  {
    slug: 'nghi-quyet-98-sau-hai-nam',
    type: 'POLICY',
    topic: 'urban',
    agency: 'VP-UBND',
    publishedAt: '2026-01-09T09:00:00+07:00',
    titleVi: 'Nghị quyết 98 sau hai năm: những cơ chế đặc thù đã đi vào thực tế',
    summaryVi:
      'Thành phố nhìn lại hai năm thực hiện Nghị quyết 98 về cơ chế, chính sách đặc thù, và những việc cần làm tiếp.',
    bodyVi:
      'Nghị quyết 98 của Quốc hội cho phép thành phố thí điểm một số cơ chế đặc thù về đầu tư, tài chính, quy hoạch và tổ chức bộ máy.\n\n## Điều người dân thấy được\n\n- Một số dự án giao thông, hạ tầng được chuẩn bị nhanh hơn.\n- Nhiều thủ tục được phân cấp cho phường, xã.\n\nThành phố tiếp tục lấy ý kiến người dân về các đề xuất sửa đổi trên mục **Góp ý chính sách**.',
    titleEn: 'Resolution 98 after two years: special mechanisms in practice',
    summaryEn:
      'The city looks back at two years of Resolution 98 on special mechanisms and policies, and at what comes next.',
    bodyEn:
      'The National Assembly’s Resolution 98 lets the city pilot special mechanisms in investment, finance, planning and organisation.\n\n## What residents can see\n\n- Some transport and infrastructure projects were prepared faster.\n- Many procedures were delegated to wards and communes.\n\nThe city keeps consulting residents on proposed changes in the **Consultations** section.',
    coverAltVi: 'Toàn cảnh trung tâm thành phố nhìn từ trên cao',
    coverAltEn: 'Aerial view of the city centre',
    colours: ['#922b21', '#ec7063'],
  },
  {
    slug: 'mang-luoi-tinh-nguyen-vien-mpvi',
    type: 'NEWS',
    topic: 'social',
    agency: 'SO-NV',
    publishedAt: '2026-01-08T15:00:00+07:00',
    titleVi: 'Mạng lưới tình nguyện viên MPVI mở rộng đến các phường, xã',
    summaryVi:
      'Mạng lưới tình nguyện viên MPVI tuyển thêm thành viên tại các phường, xã để hỗ trợ người dân trong các hoạt động cộng đồng.',
    bodyVi:
      'Tình nguyện viên của mạng lưới giúp người cao tuổi và người chưa quen công nghệ làm quen với các dịch vụ trực tuyến, trong đó có Công dân số.\n\nNgười muốn tham gia liên hệ Ủy ban nhân dân phường, xã nơi cư trú.',
    titleEn: 'The MPVI volunteer network expands to wards and communes',
    summaryEn:
      'The MPVI volunteer network is recruiting in wards and communes to support residents in community activities.',
    bodyEn:
      'The network’s volunteers help older people and those new to technology use online services, Công dân số among them.\n\nThose who want to join contact the People’s Committee of their ward or commune.',
    coverAltVi: 'Tình nguyện viên áo xanh hướng dẫn người cao tuổi dùng điện thoại',
    coverAltEn: 'A volunteer in a blue shirt shows an older person how to use a phone',
    colours: ['#1e8449', '#82e0aa'],
  },
  {
    slug: 'ho-tro-lao-dong-ho-ngheo-di-lam-viec-o-nuoc-ngoai',
    type: 'ANNOUNCEMENT',
    topic: 'social',
    agency: 'SO-NV',
    publishedAt: '2026-01-07T10:00:00+07:00',
    titleVi: 'Hỗ trợ người lao động thuộc hộ nghèo đi làm việc ở nước ngoài theo hợp đồng',
    summaryVi:
      'Người lao động thuộc hộ nghèo, hộ cận nghèo được hỗ trợ chi phí học nghề, ngoại ngữ và thủ tục khi đi làm việc ở nước ngoài theo hợp đồng.',
    bodyVi:
      'Khoản hỗ trợ gồm chi phí đào tạo nghề, ngoại ngữ, bồi dưỡng kiến thức cần thiết, và một phần chi phí làm hồ sơ.\n\nNgười lao động nộp hồ sơ tại Ủy ban nhân dân phường, xã nơi thường trú. Xem thủ tục liên quan trong mục [Thủ tục hành chính](/vi/thu-tuc-hanh-chinh).',
    titleEn: 'Support for workers from poor households to work abroad under contract',
    summaryEn:
      'Workers from poor and near-poor households get help with vocational and language training and paperwork to work abroad under contract.',
    bodyEn:
      'The support covers vocational and language training, required orientation courses, and part of the cost of the paperwork.\n\nWorkers apply at the People’s Committee of the ward or commune where they are registered. See the related [procedures](/en/procedures).',
    coverAltVi: 'Lớp học ngoại ngữ của người lao động',
    coverAltEn: 'A language class for workers',
    colours: ['#154360', '#5dade2'],
  },
  {
    slug: 'ha-noi-giai-phap-giam-un-tac-giao-thong',
    type: 'NEWS',
    topic: 'transport',
    agency: null,
    publishedAt: '2026-01-06T11:00:00+07:00',
    titleVi: 'Hà Nội triển khai các giải pháp giảm ùn tắc giao thông',
    summaryVi:
      'Hà Nội điều chỉnh tổ chức giao thông ở nhiều nút giao và tăng cường giao thông công cộng; thành phố Hồ Chí Minh theo dõi để học hỏi kinh nghiệm.',
    bodyVi:
      'Các biện pháp gồm phân làn lại tại các nút giao đông xe, điều chỉnh chu kỳ đèn tín hiệu và mở thêm tuyến xe buýt.\n\nCác sở, ngành của thành phố Hồ Chí Minh theo dõi kết quả để cân nhắc áp dụng ở những điểm ùn tắc tương tự.',
    titleEn: 'Hanoi rolls out measures against traffic congestion',
    summaryEn:
      'Hanoi is reorganising traffic at many junctions and strengthening public transport; Ho Chi Minh City follows the results.',
    bodyEn:
      'The measures include new lane layouts at busy junctions, adjusted traffic-light cycles and additional bus routes.\n\nHo Chi Minh City’s departments follow the results to consider them for similar congestion points.',
    coverAltVi: 'Dòng xe máy và ô tô tại một nút giao giờ cao điểm',
    coverAltEn: 'Motorbikes and cars at a junction at rush hour',
    colours: ['#4a235a', '#bb8fce'],
  },
  {
    slug: 'ngam-tran-hu-hong-o-thanh-hoa',
    type: 'NEWS',
    topic: 'disaster',
    agency: null,
    publishedAt: '2026-01-05T08:30:00+07:00',
    // No English version: the English page shows this one with a notice.
    titleVi: 'Thanh Hóa khắc phục các ngầm tràn bị hư hỏng sau mưa lũ',
    summaryVi:
      'Nhiều ngầm tràn ở các xã miền núi Thanh Hóa bị hư hỏng sau mưa lũ; tỉnh cắm biển cảnh báo và sửa chữa để bảo đảm an toàn cho người dân.',
    bodyVi:
      'Ngầm tràn là đoạn đường thấp cho nước chảy qua mặt đường khi có lũ. Khi nước dâng, người dân **không được đi qua** ngầm tràn.\n\nCác địa phương đã cắm biển cảnh báo, bố trí người trực và sửa chữa những đoạn bị sạt lở.',
    coverAltVi: 'Đoạn ngầm tràn bị nước lũ cuốn trôi một phần',
    colours: ['#7b241c', '#dc7633'],
  },
];

/** A 1600×900 cover: two colours and a few shapes, the same bytes on every run. */
async function drawCover([from, to]: [string, string], index: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="1600" height="900" fill="url(#g)"/>
  <circle cx="${1200 - index * 40}" cy="${300 + index * 25}" r="${180 + index * 10}" fill="#ffffff" fill-opacity="0.18"/>
  <rect x="${160 + index * 30}" y="520" width="620" height="190" rx="24" fill="#ffffff" fill-opacity="0.22"/>
  <path d="M0 760 L1600 ${640 - index * 12} L1600 900 L0 900 Z" fill="#000000" fill-opacity="0.15"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

export async function seedDemoNews(db: PrismaClient): Promise<void> {
  const agencyIds = new Map(
    (await db.agency.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]),
  );
  for (const [index, a] of demoNews.entries()) {
    if (await db.newsArticle.findUnique({ where: { slug: a.slug }, select: { id: true } })) continue;
    const picture = await drawCover(a.colours, index);
    const full = await sharp(picture).jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    const og = await sharp(picture).resize(1200, 630, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer();
    const image = await db.newsImage.create({
      data: { width: full.info.width, height: full.info.height, data: full.data, ogData: og },
      select: { id: true },
    });
    await db.newsArticle.create({
      data: {
        slug: a.slug,
        type: a.type,
        topic: a.topic,
        status: 'PUBLISHED',
        titleVi: a.titleVi,
        summaryVi: a.summaryVi,
        bodyVi: a.bodyVi,
        titleEn: a.titleEn ?? null,
        summaryEn: a.summaryEn ?? null,
        bodyEn: a.bodyEn ?? null,
        coverImageId: image.id,
        coverAltVi: a.coverAltVi,
        coverAltEn: a.coverAltEn ?? null,
        agencyId: a.agency ? (agencyIds.get(a.agency) ?? null) : null,
        publishedAt: new Date(a.publishedAt),
        createdAt: new Date(a.publishedAt),
      },
    });
  }
}

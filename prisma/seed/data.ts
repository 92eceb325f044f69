// Demo data: deterministic, so the demo and the browser tests see the same portal every time.

export const agencies = [
  { code: 'VP-UBND', nameVi: 'Văn phòng Ủy ban nhân dân Thành phố', nameEn: 'Office of the City People’s Committee' },
  { code: 'SO-XD', nameVi: 'Sở Xây dựng', nameEn: 'Department of Construction' },
  { code: 'SO-NNMT', nameVi: 'Sở Nông nghiệp và Môi trường', nameEn: 'Department of Agriculture and Environment' },
  { code: 'SO-TP', nameVi: 'Sở Tư pháp', nameEn: 'Department of Justice' },
  { code: 'SO-YT', nameVi: 'Sở Y tế', nameEn: 'Department of Health' },
  { code: 'SO-GDDT', nameVi: 'Sở Giáo dục và Đào tạo', nameEn: 'Department of Education and Training' },
  { code: 'SO-KHCN', nameVi: 'Sở Khoa học và Công nghệ', nameEn: 'Department of Science and Technology' },
  { code: 'CA-TP', nameVi: 'Công an Thành phố', nameEn: 'City Police' },
  { code: 'SO-CT', nameVi: 'Sở Công Thương', nameEn: 'Department of Industry and Trade' },
  { code: 'SO-NV', nameVi: 'Sở Nội vụ', nameEn: 'Department of Home Affairs' },
  { code: 'UBND-P-SAI-GON', nameVi: 'Ủy ban nhân dân phường Sài Gòn', nameEn: 'Sài Gòn Ward People’s Committee' },
] as const;

export const CITY_CODE = 'HCM';

// Since 1 July 2025 Ho Chi Minh City has two levels of local government: the city and its
// phường, xã and one đặc khu (Côn Đảo). This is a SAMPLE of those units, entered by hand for the
// demonstration with made-up codes ("mau-…"); load the official list with `npm run db:import-units`.
export const sampleUnits: { code: string; name: string; nameEn: string; level: 'WARD' | 'COMMUNE' | 'SPECIAL_ZONE' }[] =
  [
    ...[
      'Sài Gòn',
      'Tân Định',
      'Bến Thành',
      'Cầu Ông Lãnh',
      'Bàn Cờ',
      'Xuân Hòa',
      'Nhiêu Lộc',
      'Chợ Lớn',
      'Phú Nhuận',
      'Gia Định',
      'Bình Thạnh',
      'Gò Vấp',
      'Thủ Đức',
      'Linh Xuân',
      'Hiệp Bình',
      'Tam Bình',
      'An Khánh',
      'Bình Trưng',
      'Cát Lái',
      'Tân Mỹ',
      'Tân Thuận',
      'Tân Bình',
      'Tân Sơn Nhất',
      'Tân Phú',
      'Bình Tân',
      'An Lạc',
      'Chánh Hưng',
      'Vũng Tàu',
      'Bà Rịa',
      'Thủ Dầu Một',
      'Dĩ An',
    ].map((name) => ({
      code: `mau-phuong-${slug(name)}`,
      name: `Phường ${name}`,
      nameEn: `${name} Ward`,
      level: 'WARD' as const,
    })),
    ...['Cần Giờ', 'Bình Chánh', 'Củ Chi', 'Hóc Môn', 'Nhà Bè'].map((name) => ({
      code: `mau-xa-${slug(name)}`,
      name: `Xã ${name}`,
      nameEn: `${name} Commune`,
      level: 'COMMUNE' as const,
    })),
    { code: 'mau-dac-khu-con-dao', name: 'Đặc khu Côn Đảo', nameEn: 'Côn Đảo Special Zone', level: 'SPECIAL_ZONE' },
  ];

export const campaignUnits = [
  { code: 'VP-UBND', name: 'Văn phòng Ủy ban nhân dân Thành phố', kind: 'AGENCY' },
  { code: 'SO-KHCN', name: 'Sở Khoa học và Công nghệ', kind: 'AGENCY' },
  { code: 'DHBK', name: 'Trường Đại học Bách khoa – ĐHQG TP.HCM', kind: 'SCHOOL' },
  { code: 'THPT-LHP', name: 'Trường THPT chuyên Lê Hồng Phong', kind: 'SCHOOL' },
  { code: 'DOAN-TN', name: 'Thành Đoàn Thành phố Hồ Chí Minh', kind: 'ORGANISATION' },
] as const;

// Demo accounts; the README lists the same emails and passwords.
export const demoUsers = [
  {
    email: 'quantri@congdanso.test',
    password: 'QuanTri@2026!',
    name: 'Nguyễn Văn Quản',
    role: 'ADMIN',
    agency: 'VP-UBND',
    ward: 'mau-phuong-sai-gon',
  },
  {
    email: 'quantri2@congdanso.test',
    password: 'QuanTri2@2026!',
    name: 'Phạm Thu Hà',
    role: 'ADMIN',
    agency: 'SO-KHCN',
    ward: 'mau-phuong-ben-thanh',
  },
  {
    email: 'canbo@congdanso.test',
    password: 'CanBo@2026!x',
    name: 'Trần Thị Bích',
    role: 'OFFICIAL',
    agency: 'SO-XD',
    ward: 'mau-phuong-tan-dinh',
  },
  {
    email: 'canbo.phuong@congdanso.test',
    password: 'CanBoPhuong@2026',
    name: 'Võ Minh Tâm',
    role: 'OFFICIAL',
    agency: 'UBND-P-SAI-GON',
    ward: 'mau-phuong-sai-gon',
  },
  {
    email: 'bientap@congdanso.test',
    password: 'BienTap@2026!',
    name: 'Lê Hoàng Nam',
    role: 'EDITOR',
    agency: 'VP-UBND',
    ward: 'mau-phuong-phu-nhuan',
  },
  {
    email: 'congdan@congdanso.test',
    password: 'CongDan@2026!',
    name: 'Phạm Thị Lan',
    role: 'CITIZEN',
    agency: null,
    ward: 'mau-phuong-ban-co',
  },
  {
    email: 'congdan2@congdanso.test',
    password: 'CongDan2@2026!',
    name: 'Đặng Quốc Huy',
    role: 'CITIZEN',
    agency: null,
    ward: 'mau-phuong-thu-duc',
    unit: 'DHBK',
  },
] as const;

export const news = [
  {
    slug: 'ra-mat-ung-dung-cong-dan-so',
    publishedAt: '2026-01-12T09:00:00+07:00',
    titleVi: 'Thành phố Hồ Chí Minh ra mắt nền tảng Công dân số',
    titleEn: 'Ho Chi Minh City launches the Công dân số platform',
    summaryVi:
      'Ngày 12/1, Thành phố ra mắt nền tảng Công dân số, nơi người dân gửi phản ánh, tra cứu thủ tục và góp ý chính sách.',
    summaryEn:
      'On 12 January the city launched Công dân số, where residents report problems, look up procedures and comment on policy.',
    bodyVi:
      'Nền tảng Công dân số gồm ứng dụng di động và cổng thông tin điện tử, kết nối người dân với chính quyền thành phố và phường, xã.\n\nNgười dân có thể gửi phản ánh kiến nghị kèm hình ảnh, theo dõi kết quả xử lý, tra cứu thủ tục hành chính, tham gia lấy ý kiến và nhận cảnh báo khẩn cấp.\n\nĐể sử dụng đầy đủ các tính năng, người dân tạo tài khoản công dân số bằng email và chọn phường, xã nơi mình sinh sống.',
    bodyEn:
      'Công dân số consists of a mobile app and a web portal that connect residents with the city government and its wards and communes.\n\nResidents can report problems with photos, follow how they are handled, look up administrative procedures, take part in consultations and receive emergency alerts.\n\nTo use every feature, residents create a digital-citizen account with their email address and choose the ward or commune where they live.',
  },
  {
    slug: 'phat-dong-dot-dang-ky-cong-dan-so',
    publishedAt: '2026-01-12T10:30:00+07:00',
    titleVi: 'Phát động đợt đăng ký “Trở thành công dân số” tại các cơ quan, trường học',
    titleEn: 'Registration drive “Become a digital citizen” starts in agencies and schools',
    summaryVi:
      'Các cơ quan, đơn vị, trường học hướng dẫn cán bộ, giáo viên, sinh viên tạo tài khoản công dân số và chọn đơn vị của mình khi đăng ký.',
    summaryEn:
      'Agencies, units and schools help their staff, teachers and students create digital-citizen accounts and choose their unit when signing up.',
    bodyVi:
      'Trong đợt đăng ký, mỗi người khi tạo tài khoản có thể chọn đơn vị nơi mình làm việc hoặc học tập, để đơn vị theo dõi kết quả tham gia.\n\nViệc chọn đơn vị là không bắt buộc và có thể thay đổi sau tại trang Tài khoản.',
    bodyEn:
      'During the drive, each person who signs up can choose the unit where they work or study, so that the unit can follow how many have joined.\n\nChoosing a unit is optional and can be changed later on the Account page.',
  },
  {
    slug: 'huong-dan-gui-phan-anh-kien-nghi',
    publishedAt: '2026-01-12T14:00:00+07:00',
    titleVi: 'Hướng dẫn gửi phản ánh kiến nghị trên Công dân số',
    titleEn: 'How to send feedback on Công dân số',
    summaryVi:
      'Chụp ảnh, chọn lĩnh vực, vị trí và gửi: phản ánh được chuyển ngay đến cơ quan phụ trách và được trả lời theo thời hạn.',
    summaryEn:
      'Take a photo, choose the category and location and send: the report goes straight to the agency in charge and is answered within the deadline.',
    bodyVi:
      'Phản ánh kiến nghị được chuyển đến cơ quan phụ trách theo lĩnh vực và địa bàn. Người gửi theo dõi trạng thái xử lý và đánh giá kết quả trả lời.\n\nĐường dây nóng 1022 vẫn tiếp nhận phản ánh qua điện thoại.',
    bodyEn:
      'Each report is sent to the agency in charge of its category and area. The sender follows its status and rates the answer.\n\nThe 1022 hotline still takes reports by phone.',
  },
  {
    slug: 'bao-ve-du-lieu-ca-nhan-tren-cong-dan-so',
    publishedAt: '2026-01-11T08:00:00+07:00',
    titleVi: 'Công dân số bảo vệ dữ liệu cá nhân của người dân như thế nào',
    titleEn: 'How Công dân số protects residents’ personal data',
    summaryVi:
      'Người dùng có thể tải về dữ liệu của mình, đăng xuất trên mọi thiết bị và xóa tài khoản bất cứ lúc nào.',
    summaryEn: 'Users can download their data, sign out on every device and delete their account at any time.',
    bodyVi:
      'Mọi thao tác của cán bộ trên dữ liệu của người dân đều được ghi nhật ký. Người dùng đồng ý với chính sách bảo mật khi tạo tài khoản, và thời điểm đồng ý được lưu lại.',
    bodyEn:
      'Every action an official takes on residents’ data is recorded in an audit log. Users agree to the privacy notice when they sign up, and the time of their consent is stored.',
  },
] as const;

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

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

// Demo data of the services directory: real, well-known places of Ho Chi Minh City. Names and
// street addresses are the places' public ones; the facts listed in `unverified` (for most entries
// the post-2025 ward, the phone, the website, the hours and the map point, which is approximate)
// could not be confirmed against an official source when this was written and are marked
// "chưa xác minh" on the page. Editors correct them in the back office.
import type { PrismaClient } from '../../generated/prisma/client';
import { parseHours } from '../../lib/services/hours';
import { normalizeForSearch } from '../../lib/search/normalize';
import { CITY_CODE } from './data';

type Type = 'HOSPITAL' | 'CLINIC' | 'SCHOOL' | 'ADMIN_CENTRE' | 'TRANSPORT';
type Level = 'PRESCHOOL' | 'PRIMARY' | 'LOWER_SECONDARY' | 'UPPER_SECONDARY';

export type DemoPlace = {
  slug: string;
  type: Type;
  nameVi: string;
  nameEn: string;
  address: string;
  /** A ward's name without "Phường"/"Xã": its sample unit is `mau-phuong-…` or `mau-xa-…`. */
  ward: string;
  lat: number;
  lng: number;
  phone?: string;
  website?: string;
  hours: keyof typeof HOURS;
  schoolLevel?: Level;
  private?: true;
  serves?: 'CITY' | 'COMMUNE';
  /** The street address is also not confirmed. */
  addressUnverified?: true;
};

const HOURS = {
  /** Emergency department open day and night (outpatient clinics keep office hours). */
  h24: { text: '1-7 00:00-24:00', holidays: false, vi: 'Cấp cứu 24/24; khám bệnh theo giờ hành chính.', en: 'Emergency 24/7; outpatient clinics in office hours.' },
  clinic: { text: '1-6 07:00-19:00\n7 07:00-12:00', holidays: true, vi: '', en: '' },
  school: { text: '1-5 07:00-11:30 13:00-17:00', holidays: true, vi: 'Giờ làm việc của văn phòng nhà trường.', en: 'School office hours.' },
  office: { text: '1-5 07:30-11:30 13:00-17:00\n6 07:30-11:30', holidays: true, vi: 'Nhận hồ sơ sáng thứ Bảy.', en: 'Applications also on Saturday mornings.' },
  terminal: { text: '1-7 04:00-22:00', holidays: false, vi: '', en: '' },
  metro: { text: '1-7 05:00-22:00', holidays: false, vi: '', en: '' },
  allDay: { text: '1-7 00:00-24:00', holidays: false, vi: '', en: '' },
} as const;

/** Wards that places need beyond the sample of prisma/seed/data.ts (post-2025 units, made-up codes). */
export const extraWards = ['Diên Hồng', 'Vườn Lài', 'Hòa Hưng', 'Chợ Quán', 'An Đông', 'Hạnh Thông', 'Thạnh Mỹ Tây', 'Tân Sơn Hòa', 'Long Bình', 'Bình Tây', 'Cầu Kiệu'];

const H = 'HOSPITAL';
const C = 'CLINIC';
const S = 'SCHOOL';
const A = 'ADMIN_CENTRE';
const T = 'TRANSPORT';

export const demoPlaces: DemoPlace[] = [
  // Y tế: hospitals
  { slug: 'benh-vien-cho-ray', type: H, nameVi: 'Bệnh viện Chợ Rẫy', nameEn: 'Cho Ray Hospital', address: '201B Nguyễn Chí Thanh', ward: 'Chợ Lớn', lat: 10.7578, lng: 106.6594, phone: '028 3855 4137', website: 'https://choray.vn', hours: 'h24' },
  { slug: 'benh-vien-nhi-dong-1', type: H, nameVi: 'Bệnh viện Nhi Đồng 1', nameEn: 'Children’s Hospital 1', address: '341 Sư Vạn Hạnh', ward: 'Hòa Hưng', lat: 10.7688, lng: 106.6699, phone: '028 3927 1119', website: 'https://nhidong.org.vn', hours: 'h24' },
  { slug: 'benh-vien-nhi-dong-2', type: H, nameVi: 'Bệnh viện Nhi Đồng 2', nameEn: 'Children’s Hospital 2', address: '14 Lý Tự Trọng', ward: 'Sài Gòn', lat: 10.7818, lng: 106.7036, phone: '028 3829 5723', website: 'https://benhviennhi.org.vn', hours: 'h24' },
  { slug: 'benh-vien-tu-du', type: H, nameVi: 'Bệnh viện Từ Dũ', nameEn: 'Tu Du Hospital (obstetrics and gynaecology)', address: '284 Cống Quỳnh', ward: 'Bến Thành', lat: 10.7689, lng: 106.6856, phone: '028 5404 2829', website: 'https://tudu.com.vn', hours: 'h24' },
  { slug: 'benh-vien-hung-vuong', type: H, nameVi: 'Bệnh viện Hùng Vương', nameEn: 'Hung Vuong Hospital (obstetrics)', address: '128 Hồng Bàng', ward: 'Chợ Lớn', lat: 10.7557, lng: 106.6617, website: 'https://bvhungvuong.vn', hours: 'h24' },
  { slug: 'benh-vien-nhan-dan-115', type: H, nameVi: 'Bệnh viện Nhân dân 115', nameEn: 'People’s Hospital 115', address: '527 Sư Vạn Hạnh', ward: 'Hòa Hưng', lat: 10.7754, lng: 106.6672, website: 'https://bv115.org.vn', hours: 'h24' },
  { slug: 'benh-vien-nhan-dan-gia-dinh', type: H, nameVi: 'Bệnh viện Nhân dân Gia Định', nameEn: 'Gia Dinh People’s Hospital', address: '1 Nơ Trang Long', ward: 'Gia Định', lat: 10.8036, lng: 106.7003, website: 'https://bvndgiadinh.org.vn', hours: 'h24' },
  { slug: 'benh-vien-thong-nhat', type: H, nameVi: 'Bệnh viện Thống Nhất', nameEn: 'Thong Nhat Hospital', address: '1 Lý Thường Kiệt', ward: 'Tân Sơn Nhất', lat: 10.7917, lng: 106.653, website: 'https://bvtn.org.vn', hours: 'h24' },
  { slug: 'benh-vien-dai-hoc-y-duoc', type: H, nameVi: 'Bệnh viện Đại học Y Dược TP.HCM', nameEn: 'University Medical Center HCMC', address: '215 Hồng Bàng', ward: 'Chợ Lớn', lat: 10.7555, lng: 106.6645, website: 'https://bvdaihoc.com.vn', hours: 'h24' },
  { slug: 'benh-vien-ung-buou', type: H, nameVi: 'Bệnh viện Ung Bướu TP.HCM', nameEn: 'HCMC Oncology Hospital', address: '47 Nguyễn Huy Lượng', ward: 'Bình Thạnh', lat: 10.8049, lng: 106.6963, website: 'https://benhvienungbuou.vn', hours: 'h24' },
  { slug: 'benh-vien-mat', type: H, nameVi: 'Bệnh viện Mắt TP.HCM', nameEn: 'HCMC Eye Hospital', address: '280 Điện Biên Phủ', ward: 'Xuân Hòa', lat: 10.7787, lng: 106.6889, website: 'https://benhvienmat.com', hours: 'h24' },
  { slug: 'benh-vien-benh-nhiet-doi', type: H, nameVi: 'Bệnh viện Bệnh Nhiệt đới', nameEn: 'Hospital for Tropical Diseases', address: '764 Võ Văn Kiệt', ward: 'Chợ Quán', lat: 10.753, lng: 106.679, website: 'https://bvbnd.vn', hours: 'h24' },
  { slug: 'benh-vien-fv', type: H, nameVi: 'Bệnh viện FV', nameEn: 'FV Hospital', address: '6 Nguyễn Lương Bằng', ward: 'Tân Mỹ', lat: 10.7339, lng: 106.7189, phone: '028 5411 3333', website: 'https://www.fvhospital.com', hours: 'h24', private: true },
  { slug: 'benh-vien-quan-y-175', type: H, nameVi: 'Bệnh viện Quân y 175', nameEn: 'Military Hospital 175', address: '786 Nguyễn Kiệm', ward: 'Hạnh Thông', lat: 10.8176, lng: 106.6797, website: 'https://benhvien175.vn', hours: 'h24' },
  { slug: 'benh-vien-nguyen-tri-phuong', type: H, nameVi: 'Bệnh viện Nguyễn Tri Phương', nameEn: 'Nguyen Tri Phuong Hospital', address: '468 Nguyễn Trãi', ward: 'Chợ Quán', lat: 10.7547, lng: 106.6688, website: 'https://bvnguyentriphuong.com.vn', hours: 'h24' },
  { slug: 'benh-vien-rang-ham-mat', type: H, nameVi: 'Bệnh viện Răng Hàm Mặt TP.HCM', nameEn: 'HCMC Odonto-Maxillo-Facial Hospital', address: '263–265 Trần Hưng Đạo', ward: 'Cầu Ông Lãnh', lat: 10.7608, lng: 106.6932, hours: 'clinic' },
  { slug: 'benh-vien-nhi-dong-thanh-pho', type: H, nameVi: 'Bệnh viện Nhi đồng Thành phố', nameEn: 'City Children’s Hospital', address: '15 Võ Trần Chí', ward: 'Bình Chánh', lat: 10.699, lng: 106.589, website: 'https://bvndtp.org.vn', hours: 'h24' },
  { slug: 'benh-vien-chan-thuong-chinh-hinh', type: H, nameVi: 'Bệnh viện Chấn thương Chỉnh hình TP.HCM', nameEn: 'HCMC Hospital for Traumatology and Orthopaedics', address: '929 Trần Hưng Đạo', ward: 'Chợ Quán', lat: 10.7545, lng: 106.679, hours: 'h24' },
  { slug: 'benh-vien-da-lieu', type: H, nameVi: 'Bệnh viện Da liễu TP.HCM', nameEn: 'HCMC Hospital of Dermato-Venereology', address: '2 Nguyễn Thông', ward: 'Xuân Hòa', lat: 10.7808, lng: 106.685, hours: 'clinic' },
  { slug: 'benh-vien-thu-duc', type: H, nameVi: 'Bệnh viện Thành phố Thủ Đức', nameEn: 'Thu Duc City Hospital', address: '29 Phú Châu', ward: 'Tam Bình', lat: 10.865, lng: 106.742, hours: 'h24' },
  { slug: 'benh-vien-an-binh', type: H, nameVi: 'Bệnh viện An Bình', nameEn: 'An Binh Hospital', address: '146 An Bình', ward: 'An Đông', lat: 10.755, lng: 106.673, hours: 'h24' },
  { slug: 'benh-vien-hoan-my-sai-gon', type: H, nameVi: 'Bệnh viện Hoàn Mỹ Sài Gòn', nameEn: 'Hoan My Saigon Hospital', address: '60–60A Phan Xích Long', ward: 'Cầu Kiệu', lat: 10.8, lng: 106.685, website: 'https://hoanmy.com', hours: 'h24', private: true },
  { slug: 'benh-vien-vinmec-central-park', type: H, nameVi: 'Bệnh viện Đa khoa Quốc tế Vinmec Central Park', nameEn: 'Vinmec Central Park International Hospital', address: '208 Nguyễn Hữu Cảnh', ward: 'Thạnh Mỹ Tây', lat: 10.7943, lng: 106.7213, website: 'https://www.vinmec.com', hours: 'h24', private: true },
  { slug: 'benh-vien-tam-anh', type: H, nameVi: 'Bệnh viện Đa khoa Tâm Anh TP.HCM', nameEn: 'Tam Anh General Hospital HCMC', address: '2B Phổ Quang', ward: 'Tân Sơn Hòa', lat: 10.8, lng: 106.665, website: 'https://tamanhhospital.vn', hours: 'h24', private: true },
  { slug: 'benh-vien-y-duoc-hoc-dan-toc', type: H, nameVi: 'Bệnh viện Y dược học dân tộc TP.HCM', nameEn: 'HCMC Traditional Medicine Hospital', address: '273–275 Nguyễn Văn Trỗi', ward: 'Phú Nhuận', lat: 10.7961, lng: 106.6771, hours: 'clinic' },
  // Y tế: clinics and vaccination
  { slug: 'vien-pasteur-tiem-chung', type: C, nameVi: 'Viện Pasteur TP.HCM – Phòng tiêm chủng', nameEn: 'Pasteur Institute HCMC – Vaccination clinic', address: '167 Pasteur', ward: 'Xuân Hòa', lat: 10.7846, lng: 106.6918, hours: 'clinic' },
  { slug: 'hcdc-phong-kham', type: C, nameVi: 'Trung tâm Kiểm soát Bệnh tật TP.HCM (HCDC) – Phòng khám', nameEn: 'HCMC Center for Disease Control (HCDC) – Clinic', address: '366A Âu Dương Lân', ward: 'Chánh Hưng', lat: 10.7457, lng: 106.6853, website: 'https://hcdc.vn', hours: 'clinic', addressUnverified: true },
  { slug: 'vnvc-hoang-van-thu', type: C, nameVi: 'Trung tâm tiêm chủng VNVC Hoàng Văn Thụ', nameEn: 'VNVC Vaccination Centre Hoang Van Thu', address: '198 Hoàng Văn Thụ', ward: 'Phú Nhuận', lat: 10.799, lng: 106.672, website: 'https://vnvc.vn', hours: 'clinic', private: true },
  { slug: 'medic-hoa-hao', type: C, nameVi: 'Trung tâm Y khoa Medic Hòa Hảo', nameEn: 'Medic Hoa Hao Medical Centre', address: '254 Hòa Hảo', ward: 'Vườn Lài', lat: 10.7606, lng: 106.6727, hours: 'clinic', private: true },
  { slug: 'phong-kham-dai-hoc-y-duoc-1', type: C, nameVi: 'Phòng khám Đa khoa Bệnh viện Đại học Y Dược 1', nameEn: 'University Medical Center Clinic 1', address: '20–22 Dương Quang Trung', ward: 'Diên Hồng', lat: 10.7651, lng: 106.6669, hours: 'clinic', addressUnverified: true },
  { slug: 'raffles-medical-sai-gon', type: C, nameVi: 'Phòng khám Raffles Medical Sài Gòn', nameEn: 'Raffles Medical Saigon Clinic', address: '167A Nam Kỳ Khởi Nghĩa', ward: 'Xuân Hòa', lat: 10.7832, lng: 106.6938, hours: 'clinic', private: true },
  { slug: 'family-medical-practice', type: C, nameVi: 'Phòng khám Family Medical Practice', nameEn: 'Family Medical Practice', address: '34 Lê Duẩn (Diamond Plaza)', ward: 'Sài Gòn', lat: 10.7815, lng: 106.6995, hours: 'clinic', private: true, addressUnverified: true },
  { slug: 'victoria-healthcare', type: C, nameVi: 'Phòng khám Victoria Healthcare', nameEn: 'Victoria Healthcare Clinic', address: '20–20Bis–22 Đinh Tiên Hoàng', ward: 'Tân Định', lat: 10.7897, lng: 106.6993, hours: 'clinic', private: true, addressUnverified: true },
  { slug: 'columbia-asia-sai-gon', type: C, nameVi: 'Phòng khám Quốc tế Columbia Asia Sài Gòn', nameEn: 'Columbia Asia Saigon International Clinic', address: '8 Alexandre de Rhodes', ward: 'Sài Gòn', lat: 10.7807, lng: 106.6968, hours: 'clinic', private: true, addressUnverified: true },
  // Giáo dục: schools
  { slug: 'thpt-chuyen-le-hong-phong', type: S, schoolLevel: 'UPPER_SECONDARY', nameVi: 'Trường THPT chuyên Lê Hồng Phong', nameEn: 'Le Hong Phong High School for the Gifted', address: '235 Nguyễn Văn Cừ', ward: 'Chợ Quán', lat: 10.7627, lng: 106.6826, hours: 'school' },
  { slug: 'thpt-le-quy-don', type: S, schoolLevel: 'UPPER_SECONDARY', nameVi: 'Trường THPT Lê Quý Đôn', nameEn: 'Le Quy Don High School', address: '110 Nguyễn Thị Minh Khai', ward: 'Xuân Hòa', lat: 10.7787, lng: 106.6935, hours: 'school' },
  { slug: 'thpt-nguyen-thi-minh-khai', type: S, schoolLevel: 'UPPER_SECONDARY', nameVi: 'Trường THPT Nguyễn Thị Minh Khai', nameEn: 'Nguyen Thi Minh Khai High School', address: '275 Điện Biên Phủ', ward: 'Xuân Hòa', lat: 10.7778, lng: 106.6868, hours: 'school' },
  { slug: 'thpt-chuyen-tran-dai-nghia', type: S, schoolLevel: 'UPPER_SECONDARY', nameVi: 'Trường THCS và THPT chuyên Trần Đại Nghĩa', nameEn: 'Tran Dai Nghia Specialised School', address: '20 Lý Tự Trọng', ward: 'Sài Gòn', lat: 10.7823, lng: 106.7028, hours: 'school' },
  { slug: 'thpt-bui-thi-xuan', type: S, schoolLevel: 'UPPER_SECONDARY', nameVi: 'Trường THPT Bùi Thị Xuân', nameEn: 'Bui Thi Xuan High School', address: '73–75 Bùi Thị Xuân', ward: 'Bến Thành', lat: 10.7699, lng: 106.6878, hours: 'school' },
  { slug: 'thpt-gia-dinh', type: S, schoolLevel: 'UPPER_SECONDARY', nameVi: 'Trường THPT Gia Định', nameEn: 'Gia Dinh High School', address: '195/29 Xô Viết Nghệ Tĩnh', ward: 'Gia Định', lat: 10.8047, lng: 106.7123, hours: 'school' },
  { slug: 'thpt-marie-curie', type: S, schoolLevel: 'UPPER_SECONDARY', nameVi: 'Trường THPT Marie Curie', nameEn: 'Marie Curie High School', address: '159 Nam Kỳ Khởi Nghĩa', ward: 'Xuân Hòa', lat: 10.7825, lng: 106.6935, hours: 'school' },
  { slug: 'thpt-nguyen-thuong-hien', type: S, schoolLevel: 'UPPER_SECONDARY', nameVi: 'Trường THPT Nguyễn Thượng Hiền', nameEn: 'Nguyen Thuong Hien High School', address: '544 Cách Mạng Tháng Tám', ward: 'Tân Sơn Hòa', lat: 10.7881, lng: 106.6637, hours: 'school' },
  { slug: 'thpt-trung-vuong', type: S, schoolLevel: 'UPPER_SECONDARY', nameVi: 'Trường THPT Trưng Vương', nameEn: 'Trung Vuong High School', address: '3A Nguyễn Bỉnh Khiêm', ward: 'Sài Gòn', lat: 10.7878, lng: 106.7054, hours: 'school' },
  { slug: 'pho-thong-nang-khieu', type: S, schoolLevel: 'UPPER_SECONDARY', nameVi: 'Trường Phổ thông Năng khiếu – ĐHQG TP.HCM', nameEn: 'High School for the Gifted – VNU-HCM', address: '153 Nguyễn Chí Thanh', ward: 'Chợ Quán', lat: 10.7593, lng: 106.6633, hours: 'school' },
  { slug: 'thcs-thpt-nguyen-khuyen', type: S, schoolLevel: 'UPPER_SECONDARY', private: true, nameVi: 'Trường THCS – THPT Nguyễn Khuyến', nameEn: 'Nguyen Khuyen Lower and Upper Secondary School', address: '136 Cộng Hòa', ward: 'Tân Bình', lat: 10.8017, lng: 106.6489, hours: 'school', addressUnverified: true },
  { slug: 'truong-quoc-te-nam-sai-gon', type: S, schoolLevel: 'UPPER_SECONDARY', private: true, nameVi: 'Trường Quốc tế Nam Sài Gòn (SSIS)', nameEn: 'Saigon South International School (SSIS)', address: '78 Nguyễn Đức Cảnh', ward: 'Tân Mỹ', lat: 10.7241, lng: 106.7236, hours: 'school', addressUnverified: true },
  { slug: 'thcs-tran-van-on', type: S, schoolLevel: 'LOWER_SECONDARY', nameVi: 'Trường THCS Trần Văn Ơn', nameEn: 'Tran Van On Lower Secondary School', address: '161B Nguyễn Văn Thủ', ward: 'Tân Định', lat: 10.7876, lng: 106.6972, hours: 'school' },
  { slug: 'thcs-colette', type: S, schoolLevel: 'LOWER_SECONDARY', nameVi: 'Trường THCS Colette', nameEn: 'Colette Lower Secondary School', address: '10 Hồ Xuân Hương', ward: 'Xuân Hòa', lat: 10.7764, lng: 106.6887, hours: 'school', addressUnverified: true },
  { slug: 'thcs-nguyen-du', type: S, schoolLevel: 'LOWER_SECONDARY', nameVi: 'Trường THCS Nguyễn Du', nameEn: 'Nguyen Du Lower Secondary School', address: '139 Lý Tự Trọng', ward: 'Bến Thành', lat: 10.7745, lng: 106.6951, hours: 'school', addressUnverified: true },
  { slug: 'thcs-hong-bang', type: S, schoolLevel: 'LOWER_SECONDARY', nameVi: 'Trường THCS Hồng Bàng', nameEn: 'Hong Bang Lower Secondary School', address: '132 Hồng Bàng', ward: 'Chợ Lớn', lat: 10.7557, lng: 106.6605, hours: 'school', addressUnverified: true },
  { slug: 'tieu-hoc-nguyen-binh-khiem', type: S, schoolLevel: 'PRIMARY', nameVi: 'Trường Tiểu học Nguyễn Bỉnh Khiêm', nameEn: 'Nguyen Binh Khiem Primary School', address: '1 Đinh Tiên Hoàng', ward: 'Sài Gòn', lat: 10.7876, lng: 106.7035, hours: 'school', addressUnverified: true },
  { slug: 'tieu-hoc-le-ngoc-han', type: S, schoolLevel: 'PRIMARY', nameVi: 'Trường Tiểu học Lê Ngọc Hân', nameEn: 'Le Ngoc Han Primary School', address: '2 Nam Kỳ Khởi Nghĩa', ward: 'Sài Gòn', lat: 10.7712, lng: 106.7011, hours: 'school', addressUnverified: true },
  { slug: 'tieu-hoc-ky-dong', type: S, schoolLevel: 'PRIMARY', nameVi: 'Trường Tiểu học Kỳ Đồng', nameEn: 'Ky Dong Primary School', address: '14 Kỳ Đồng', ward: 'Nhiêu Lộc', lat: 10.7834, lng: 106.6818, hours: 'school', addressUnverified: true },
  { slug: 'mam-non-19-5-thanh-pho', type: S, schoolLevel: 'PRESCHOOL', nameVi: 'Trường Mầm non 19/5 Thành phố', nameEn: '19/5 City Kindergarten', address: '2 Nguyễn Bỉnh Khiêm', ward: 'Sài Gòn', lat: 10.7871, lng: 106.7058, hours: 'school', addressUnverified: true },
  // Hành chính công: one-stop centres (the former district offices' addresses; to be confirmed)
  { slug: 'trung-tam-phuc-vu-hanh-chinh-cong-thanh-pho', type: A, serves: 'CITY', nameVi: 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh', nameEn: 'Ho Chi Minh City Public Administration Service Centre', address: '86 Lê Thánh Tôn', ward: 'Sài Gòn', lat: 10.7766, lng: 106.7009, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-sai-gon', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Sài Gòn', nameEn: 'Sài Gòn Ward Public Administration Service Centre', address: '45–47 Lê Duẩn', ward: 'Sài Gòn', lat: 10.7808, lng: 106.7008, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-ben-thanh', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Bến Thành', nameEn: 'Bến Thành Ward Public Administration Service Centre', address: '92 Nguyễn Trãi', ward: 'Bến Thành', lat: 10.7683, lng: 106.6923, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-ban-co', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Bàn Cờ', nameEn: 'Bàn Cờ Ward Public Administration Service Centre', address: '99 Trần Quốc Thảo', ward: 'Bàn Cờ', lat: 10.7825, lng: 106.6847, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-cho-lon', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Chợ Lớn', nameEn: 'Chợ Lớn Ward Public Administration Service Centre', address: '203 An Dương Vương', ward: 'Chợ Lớn', lat: 10.7566, lng: 106.6679, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-phu-nhuan', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Phú Nhuận', nameEn: 'Phú Nhuận Ward Public Administration Service Centre', address: '159 Nguyễn Văn Trỗi', ward: 'Phú Nhuận', lat: 10.7955, lng: 106.6785, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-gia-dinh', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Gia Định', nameEn: 'Gia Định Ward Public Administration Service Centre', address: '6 Phan Đăng Lưu', ward: 'Gia Định', lat: 10.8027, lng: 106.6966, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-tan-binh', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Tân Bình', nameEn: 'Tân Bình Ward Public Administration Service Centre', address: '387A Trường Chinh', ward: 'Tân Bình', lat: 10.7985, lng: 106.6456, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-go-vap', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Gò Vấp', nameEn: 'Gò Vấp Ward Public Administration Service Centre', address: '19 Quang Trung', ward: 'Gò Vấp', lat: 10.8285, lng: 106.6793, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-tan-phu', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Tân Phú', nameEn: 'Tân Phú Ward Public Administration Service Centre', address: '70A Thoại Ngọc Hầu', ward: 'Tân Phú', lat: 10.7832, lng: 106.6376, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-binh-tan', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Bình Tân', nameEn: 'Bình Tân Ward Public Administration Service Centre', address: '521 Kinh Dương Vương', ward: 'Bình Tân', lat: 10.7489, lng: 106.6139, hours: 'office', addressUnverified: true },
  { slug: 'mot-cua-phuong-tan-my', type: A, serves: 'COMMUNE', nameVi: 'Trung tâm Phục vụ hành chính công phường Tân Mỹ', nameEn: 'Tân Mỹ Ward Public Administration Service Centre', address: '7 Tân Phú', ward: 'Tân Mỹ', lat: 10.7365, lng: 106.7213, hours: 'office', addressUnverified: true },
  // Giao thông: terminals, stations and vehicle registration
  { slug: 'ben-xe-mien-dong', type: T, nameVi: 'Bến xe Miền Đông', nameEn: 'Mien Dong Bus Station', address: '292 Đinh Bộ Lĩnh', ward: 'Bình Thạnh', lat: 10.815, lng: 106.711, hours: 'terminal' },
  { slug: 'ben-xe-mien-dong-moi', type: T, nameVi: 'Bến xe Miền Đông mới', nameEn: 'New Mien Dong Bus Station', address: '501 Hoàng Hữu Nam', ward: 'Long Bình', lat: 10.879, lng: 106.815, hours: 'terminal' },
  { slug: 'ben-xe-mien-tay', type: T, nameVi: 'Bến xe Miền Tây', nameEn: 'Mien Tay Bus Station', address: '395 Kinh Dương Vương', ward: 'An Lạc', lat: 10.74, lng: 106.619, hours: 'terminal' },
  { slug: 'ben-xe-an-suong', type: T, nameVi: 'Bến xe An Sương', nameEn: 'An Suong Bus Station', address: 'Quốc lộ 22', ward: 'Hóc Môn', lat: 10.844, lng: 106.612, hours: 'terminal', addressUnverified: true },
  { slug: 'ben-xe-cho-lon', type: T, nameVi: 'Bến xe buýt Chợ Lớn', nameEn: 'Cho Lon Bus Terminal', address: '86 Trang Tử', ward: 'Bình Tây', lat: 10.751, lng: 106.651, hours: 'terminal' },
  { slug: 'ga-sai-gon', type: T, nameVi: 'Ga Sài Gòn', nameEn: 'Saigon Railway Station', address: '1 Nguyễn Thông', ward: 'Nhiêu Lộc', lat: 10.782, lng: 106.677, hours: 'terminal' },
  { slug: 'ga-metro-ben-thanh', type: T, nameVi: 'Ga Bến Thành – Tuyến metro số 1', nameEn: 'Ben Thanh Station – Metro Line 1', address: 'Công trường Quách Thị Trang', ward: 'Bến Thành', lat: 10.7712, lng: 106.698, hours: 'metro' },
  { slug: 'ben-tau-bach-dang', type: T, nameVi: 'Bến tàu khách Bạch Đằng (buýt đường sông)', nameEn: 'Bach Dang Pier (river bus)', address: '10B Tôn Đức Thắng', ward: 'Sài Gòn', lat: 10.7745, lng: 106.7065, hours: 'terminal', addressUnverified: true },
  { slug: 'cang-hang-khong-tan-son-nhat', type: T, nameVi: 'Cảng hàng không quốc tế Tân Sơn Nhất', nameEn: 'Tan Son Nhat International Airport', address: 'Đường Trường Sơn', ward: 'Tân Sơn Nhất', lat: 10.8185, lng: 106.6588, hours: 'allDay' },
  { slug: 'dang-ky-xe-phong-csgt', type: T, nameVi: 'Phòng Cảnh sát giao thông Công an TP – Điểm đăng ký xe', nameEn: 'City Traffic Police – Vehicle registration point', address: '459 Trần Hưng Đạo', ward: 'Cầu Ông Lãnh', lat: 10.759, lng: 106.6905, hours: 'office', addressUnverified: true },
];

function wardCode(name: string, prefix = 'phuong'): string {
  const slug = normalizeForSearch(name).replace(/ /g, '-');
  return ['Bình Chánh', 'Hóc Môn', 'Củ Chi', 'Cần Giờ', 'Nhà Bè'].includes(name) ? `mau-xa-${slug}` : `mau-${prefix}-${slug}`;
}

export function placeSearchText(p: { nameVi: string; nameEn: string; address: string }, wardName = ''): string {
  return normalizeForSearch(`${p.nameVi} ${p.nameEn} ${p.address} ${wardName}`);
}

/** Every unconfirmed fact of a demo entry: see the header. */
function unverifiedOf(p: DemoPlace): string[] {
  const facts = ['ward', 'phone', 'hours', 'coordinates'];
  if (p.website) facts.push('website');
  if (p.addressUnverified) facts.push('address');
  return facts;
}

export async function seedDemoPlaces(db: PrismaClient): Promise<void> {
  await db.administrativeUnit.createMany({
    data: extraWards.map((name) => ({
      code: wardCode(name),
      name: `Phường ${name}`,
      nameEn: `${name} Ward`,
      level: 'WARD' as const,
      parentCode: CITY_CODE,
      source: 'SAMPLE' as const,
    })),
    skipDuplicates: true,
  });
  const wards = new Map((await db.administrativeUnit.findMany({ select: { code: true, name: true } })).map((w) => [w.code, w.name]));
  for (const [i, p] of demoPlaces.entries()) {
    const code = wardCode(p.ward);
    if (!wards.has(code)) throw new Error(`Unknown ward ${p.ward} for ${p.slug}`);
    const hours = HOURS[p.hours];
    const parsed = parseHours(hours.text);
    if (!parsed.ok) throw new Error(`Bad hours for ${p.slug}`);
    const id = `place-${String(i + 1).padStart(3, '0')}`;
    await db.place.upsert({
      where: { slug: p.slug },
      update: {},
      create: {
        id,
        slug: p.slug,
        type: p.type,
        schoolLevel: p.schoolLevel ?? null,
        ownership: p.private ? 'PRIVATE' : 'PUBLIC',
        serves: p.serves ?? null,
        nameVi: p.nameVi,
        nameEn: p.nameEn,
        address: p.address,
        wardCode: code,
        phone: p.phone ?? '',
        website: p.website ?? '',
        lat: p.lat,
        lng: p.lng,
        closedOnHolidays: hours.holidays,
        hoursNoteVi: hours.vi,
        hoursNoteEn: hours.en,
        unverified: unverifiedOf(p),
        searchText: placeSearchText(p, wards.get(code)),
        createdAt: new Date('2026-12-01T08:00:00+07:00'),
        hours: { create: parsed.periods },
      },
    });
  }
}

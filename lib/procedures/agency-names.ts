// English names of the implementing agencies of the procedures whose details are not translated
// (lib/procedures/english.ts): the English page's JSON-LD names the provider in English when its
// Vietnamese name is one of these, exactly as published; any other name stays in Vietnamese,
// marked as such. A translated procedure carries its own English agency name.

const POLICE = 'Commune-level police (ward, commune or special zone police)';
const CITY_POLICE = 'Ho Chi Minh City Police';
const PC = "People's Committee of the ward, commune or special zone";
const LAND_OFFICE = 'Ho Chi Minh City Land Registration Office';
const BUSINESS_OFFICE = 'Business Registration Office of the Ho Chi Minh City Department of Finance';

const names: Record<string, string> = {
  'Công an cấp xã (Công an phường, xã, đặc khu) nơi đang tạm trú': `${POLICE} where the person has temporary residence`,
  'Công an cấp xã (Công an phường, xã, đặc khu) nơi đăng ký thường trú': `${POLICE} where the permanent residence is registered`,
  'Công an cấp xã (Công an phường, xã, đặc khu) nơi đang cư trú': `${POLICE} where the person resides`,
  'Công an cấp xã (Công an phường, xã, đặc khu) nơi có người đến lưu trú': `${POLICE} where the guest stays`,
  'Công an cấp xã (Công an phường, xã, đặc khu) hoặc Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an Thành phố Hồ Chí Minh': `${POLICE} or the Administrative Police Division for Social Order, ${CITY_POLICE}`,
  'Phòng Quản lý xuất nhập cảnh, Công an Thành phố Hồ Chí Minh': `Immigration Division, ${CITY_POLICE}`,
  'Công an Thành phố Hồ Chí Minh (đơn vị phụ trách lý lịch tư pháp)': `${CITY_POLICE} (the unit in charge of judicial records)`,
  'Công an cấp xã được giao đăng ký xe hoặc Phòng Cảnh sát giao thông, Công an Thành phố Hồ Chí Minh, theo phân cấp': `Commune-level police assigned to vehicle registration, or the Traffic Police Division, ${CITY_POLICE}, as assigned`,
  'Phòng Cảnh sát giao thông, Công an Thành phố Hồ Chí Minh': `Traffic Police Division, ${CITY_POLICE}`,
  'UBND phường, xã, đặc khu nơi có công trình (bộ phận quản lý xây dựng, đô thị)': `${PC} where the works are (construction and urban management section)`,
  'UBND phường, xã, đặc khu nơi có công trình': `${PC} where the works are`,
  'Cơ quan đã cấp giấy phép xây dựng (với nhà ở riêng lẻ: UBND phường, xã, đặc khu nơi có công trình)': `The authority that issued the building permit (for a single house: the ${PC} where the works are)`,
  'UBND phường, xã, đặc khu nơi có đất; Chi nhánh Văn phòng Đăng ký đất đai (đăng ký, đo đạc, cập nhật hồ sơ địa chính)': `${PC} where the land is; the branch of the Land Registration Office (registration, surveying, updating the cadastral records)`,
  'Văn phòng Đăng ký đất đai Thành phố Hồ Chí Minh hoặc Chi nhánh Văn phòng Đăng ký đất đai nơi có đất': `${LAND_OFFICE} or its branch where the land is`,
  'Cơ quan đăng ký kinh doanh cấp xã (phòng chuyên môn về kinh tế của UBND phường, xã, đặc khu nơi đặt trụ sở hộ kinh doanh)': `Commune-level business registration authority (the economic department of the ${PC} where the household business has its seat)`,
  'Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đặt trụ sở (hoặc nơi đặt trụ sở mới nếu chuyển địa chỉ)':
    'Commune-level business registration authority where the household business has its seat (or its new seat if it moves)',
  'Cơ quan đăng ký kinh doanh cấp xã nơi hộ kinh doanh đặt trụ sở':
    'Commune-level business registration authority where the household business has its seat',
  'Phòng Đăng ký kinh doanh thuộc Sở Tài chính Thành phố Hồ Chí Minh': BUSINESS_OFFICE,
  'Phòng Đăng ký kinh doanh thuộc Sở Tài chính Thành phố Hồ Chí Minh (nơi doanh nghiệp đặt trụ sở chính)': `${BUSINESS_OFFICE} (where the enterprise has its head office)`,
  'Ban Quản lý An toàn thực phẩm Thành phố Hồ Chí Minh': 'Ho Chi Minh City Food Safety Management Board',
  'Trung tâm Dịch vụ việc làm Thành phố Hồ Chí Minh': 'Ho Chi Minh City Employment Service Centre',
  'Bảo hiểm xã hội nơi cư trú hoặc nơi đơn vị đóng BHYT':
    'Social Security office where the person resides or where the employer pays the health insurance',
  'Bảo hiểm xã hội nơi cư trú': 'Social Security office where the person resides',
  'UBND phường, xã, đặc khu nơi cư trú': `${PC} where the person resides`,
  'UBND phường, xã, đặc khu nơi người chết cư trú': `${PC} where the deceased resided`,
  'UBND phường, xã, đặc khu nơi người khuyết tật cư trú (Hội đồng xác định mức độ khuyết tật)': `${PC} where the person with a disability resides (Disability Assessment Council)`,
  'Sở Nội vụ Thành phố Hồ Chí Minh (trước đây là Sở Lao động – Thương binh và Xã hội)':
    'Ho Chi Minh City Department of Home Affairs (formerly the Department of Labour, War Invalids and Social Affairs)',
  'Trường trung học cơ sở công lập được phân tuyến': 'The public lower secondary school assigned to the area',
  'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh': 'Ho Chi Minh City Department of Education and Training',
  'Trường tiểu học công lập được phân tuyến': 'The public primary school assigned to the area',
  'Hiệu trưởng trường trung học cơ sở nơi đi và nơi đến':
    'The principals of the lower secondary schools the pupil leaves and joins',
};

/** The English name of an agency as published in Vietnamese, or undefined when none is known. */
export function agencyNameEn(vietnamese: string): string | undefined {
  return names[vietnamese.normalize('NFC').trim()];
}

// Canned answers officials start from, per report category (Vietnamese and English). Seeded only
// into an empty table, so answers edited in the back office are never overwritten.
import type { PrismaClient } from '../../generated/prisma/client';

type Canned = { category: string; titleVi: string; bodyVi: string; titleEn: string; bodyEn: string };

export const cannedAnswers: Canned[] = [
  {
    category: 'giao-thong',
    titleVi: 'Đã chuyển đơn vị duy tu sửa chữa mặt đường',
    bodyVi:
      'Cảm ơn ông/bà đã phản ánh. Sở Xây dựng đã giao đơn vị duy tu kiểm tra hiện trường và vá mặt đường tại vị trí nêu trong phản ánh. Trong thời gian chờ sửa chữa, đơn vị đã đặt biển cảnh báo để bảo đảm an toàn cho người tham gia giao thông.',
    titleEn: 'Passed to the road maintenance unit',
    bodyEn:
      'Thank you for your report. The Department of Construction has asked the road maintenance unit to inspect the site and patch the road surface at the location you gave. Warning signs have been put up to keep road users safe until the repair is done.',
  },
  {
    category: 'giao-thong',
    titleVi: 'Đèn tín hiệu giao thông đã được sửa',
    bodyVi:
      'Đơn vị quản lý hệ thống đèn tín hiệu đã kiểm tra và khắc phục sự cố tại nút giao ông/bà phản ánh. Đèn đã hoạt động bình thường trở lại. Nếu sự cố tái diễn, xin vui lòng phản ánh lại hoặc gọi đường dây nóng 1022.',
    titleEn: 'Traffic lights repaired',
    bodyEn:
      'The unit that runs the traffic lights has inspected and repaired the fault at the junction you reported. The lights work normally again. If the fault comes back, please report it again or call the 1022 hotline.',
  },
  {
    category: 'moi-truong',
    titleVi: 'Đã thu gom rác tồn đọng',
    bodyVi:
      'Cảm ơn ông/bà đã phản ánh. Đơn vị thu gom đã dọn sạch điểm rác tồn đọng tại vị trí nêu trên và bổ sung lịch thu gom hằng ngày. UBND phường sẽ tăng cường kiểm tra, xử lý hành vi đổ rác không đúng nơi quy định.',
    titleEn: 'Uncollected rubbish removed',
    bodyEn:
      'Thank you for your report. The collection unit has cleared the rubbish at the location you gave and added a daily collection round. The ward will step up checks and fine anyone dumping rubbish there.',
  },
  {
    category: 'moi-truong',
    titleVi: 'Đã kiểm tra tình trạng ngập nước',
    bodyVi:
      'Đơn vị thoát nước đã khảo sát hiện trường, nạo vét hố ga và tuyến cống tại khu vực ông/bà phản ánh. Việc cải tạo tuyến cống đã được đưa vào kế hoạch; chúng tôi sẽ cập nhật tiến độ trên phản ánh này.',
    titleEn: 'Flooding inspected',
    bodyEn:
      'The drainage unit has surveyed the site and cleared the drains and sewer in the area you reported. Rebuilding the sewer has been added to the works plan; we will post progress updates on this report.',
  },
  {
    category: 'trat-tu-do-thi',
    titleVi: 'Đã xử lý lấn chiếm vỉa hè',
    bodyVi:
      'UBND phường đã cử tổ kiểm tra trật tự đô thị đến hiện trường, lập biên bản và yêu cầu các hộ kinh doanh trả lại vỉa hè cho người đi bộ. Khu vực sẽ được kiểm tra định kỳ trong thời gian tới.',
    titleEn: 'Pavement encroachment dealt with',
    bodyEn:
      'The ward sent its urban order team to the site, recorded the violations and required the shops to clear the pavement for pedestrians. The area will be checked regularly from now on.',
  },
  {
    category: 'xay-dung',
    titleVi: 'Đã kiểm tra công trình xây dựng',
    bodyVi:
      'Thanh tra xây dựng đã kiểm tra công trình tại địa chỉ ông/bà phản ánh. Công trình có giấy phép xây dựng; các vi phạm về che chắn, an toàn đã được lập biên bản và yêu cầu khắc phục trong 7 ngày.',
    titleEn: 'Construction site inspected',
    bodyEn:
      'Building inspectors have checked the site at the address you gave. The building has a permit; the breaches of screening and safety rules were recorded and must be put right within 7 days.',
  },
  {
    category: 'dien-nuoc-chieu-sang',
    titleVi: 'Đèn chiếu sáng công cộng đã được thay',
    bodyVi:
      'Đơn vị quản lý chiếu sáng công cộng đã thay bóng và sửa đường dây tại tuyến đường ông/bà phản ánh. Đèn đã sáng trở lại từ tối nay.',
    titleEn: 'Street light replaced',
    bodyEn:
      'The street lighting unit has replaced the lamp and repaired the wiring on the street you reported. The lights are back on from tonight.',
  },
  {
    category: 'dien-nuoc-chieu-sang',
    titleVi: 'Đã chuyển công ty cấp nước xử lý rò rỉ',
    bodyVi:
      'Phản ánh đã được chuyển đến công ty cấp nước phụ trách khu vực. Đội sửa chữa sẽ khắc phục điểm rò rỉ trong vòng 24 giờ; trong thời gian sửa chữa, nguồn nước có thể bị gián đoạn ngắn.',
    titleEn: 'Leak passed to the water company',
    bodyEn:
      'Your report was passed to the water company serving the area. Its repair team will fix the leak within 24 hours; the water supply may be cut briefly during the repair.',
  },
  {
    category: 'an-ninh-trat-tu',
    titleVi: 'Công an phường đã tăng cường tuần tra',
    bodyVi:
      'Cảm ơn ông/bà đã cung cấp thông tin. Công an phường đã tăng cường tuần tra, kiểm soát tại khu vực nêu trong phản ánh. Khi phát hiện vụ việc khẩn cấp, xin gọi ngay số 113.',
    titleEn: 'Ward police have stepped up patrols',
    bodyEn:
      'Thank you for the information. The ward police have stepped up patrols in the area you reported. In an emergency, please call 113 at once.',
  },
  {
    category: 'y-te',
    titleVi: 'Đã kiểm tra an toàn thực phẩm',
    bodyVi:
      'Đoàn kiểm tra an toàn thực phẩm đã làm việc với cơ sở kinh doanh ông/bà phản ánh, lấy mẫu kiểm nghiệm và xử lý các vi phạm theo quy định. Kết quả kiểm nghiệm sẽ được cập nhật trên phản ánh này.',
    titleEn: 'Food safety inspection carried out',
    bodyEn:
      'Food safety inspectors have visited the business you reported, taken samples for testing and dealt with the breaches under the regulations. The test results will be posted on this report.',
  },
  {
    category: 'giao-duc',
    titleVi: 'Đã yêu cầu nhà trường giải trình',
    bodyVi:
      'Sở Giáo dục và Đào tạo đã yêu cầu nhà trường báo cáo, giải trình nội dung ông/bà phản ánh và công khai các khoản thu theo quy định. Kết quả xử lý sẽ được thông báo trên phản ánh này.',
    titleEn: 'The school has been asked to explain',
    bodyEn:
      'The Department of Education and Training has asked the school to report on and explain the matter you raised and to publish its fees as the rules require. The outcome will be posted on this report.',
  },
  {
    category: 'hanh-chinh-cong',
    titleVi: 'Xin lỗi vì hồ sơ trễ hẹn',
    bodyVi:
      'Chúng tôi xin lỗi ông/bà vì hồ sơ được giải quyết trễ hẹn. Bộ phận một cửa đã hoàn tất hồ sơ; ông/bà có thể nhận kết quả tại nơi nộp hoặc qua dịch vụ bưu chính công ích. Chúng tôi đã chấn chỉnh quy trình để không lặp lại.',
    titleEn: 'Apology for the late application',
    bodyEn:
      'We apologise for the delay in handling your application. The one-stop office has completed it; you can collect the result where you applied or by public postal service. The procedure has been corrected so that this does not happen again.',
  },
  {
    category: 'khac',
    titleVi: 'Đã chuyển cơ quan có thẩm quyền',
    bodyVi:
      'Nội dung ông/bà phản ánh thuộc thẩm quyền của cơ quan khác. Chúng tôi đã chuyển phản ánh đến cơ quan đó; ông/bà sẽ nhận được thông báo khi có kết quả xử lý.',
    titleEn: 'Passed to the competent agency',
    bodyEn:
      'The matter you reported is handled by another agency. We have passed your report to it; you will be notified when there is an outcome.',
  },
  {
    category: 'khac',
    titleVi: 'Cần bổ sung thông tin',
    bodyVi:
      'Để xử lý phản ánh, chúng tôi cần thêm thông tin: địa chỉ cụ thể (số nhà, tên đường) và thời điểm xảy ra sự việc. Xin ông/bà gửi phản ánh mới với các thông tin này hoặc gọi đường dây nóng 1022.',
    titleEn: 'More information needed',
    bodyEn:
      'To handle your report we need more details: the exact address (house number, street) and when it happened. Please send a new report with these details or call the 1022 hotline.',
  },
];

/** Seeds the canned answers once: only while the table is empty. */
export async function seedCannedAnswers(db: PrismaClient): Promise<number> {
  if ((await db.cannedAnswer.count()) > 0) return 0;
  const known = new Set((await db.reportCategory.findMany({ select: { code: true } })).map((c) => c.code));
  const data = cannedAnswers
    .filter((a) => known.has(a.category))
    .map(({ category, ...rest }) => ({ categoryCode: category, ...rest }));
  const { count } = await db.cannedAnswer.createMany({ data });
  return count;
}

// Demo report texts: what residents write and what agencies answer. `{street}` is the street of
// the report, `{date}` the day of the answer (dd/mm/yyyy).
import type { DemoPhotoKind } from './report-photos';

export type ReportTemplate = {
  title: string;
  description: string;
  progress: string;
  answer: string;
  photo?: DemoPhotoKind;
};

export const templates: Record<string, ReportTemplate[]> = {
  'giao-thong': [
    {
      title: 'Ổ gà lớn trên đường {street}',
      description:
        'Trên đường {street}, đoạn gần ngã tư có một ổ gà rộng khoảng 1 mét, sâu hơn 10 cm. Trời mưa nước đọng nên người đi xe máy không nhìn thấy, tối qua đã có người té ngã. Đề nghị cơ quan chức năng sớm vá lại mặt đường.',
      progress: 'Đã chuyển Khu Quản lý giao thông đô thị kiểm tra hiện trường và lên phương án sửa chữa.',
      answer:
        'Ngày {date}, đơn vị duy tu đã vá ổ gà trên đường {street} bằng bê tông nhựa nóng và cắm biển cảnh báo trong thời gian thi công. Mặt đường đã được thông xe bình thường. Cảm ơn ông/bà đã phản ánh.',
      photo: 'pothole',
    },
    {
      title: 'Đèn tín hiệu giao thông tại ngã tư {street} không hoạt động',
      description:
        'Đèn tín hiệu tại giao lộ trên đường {street} bị tắt từ sáng nay, giờ cao điểm xe cộ tranh nhau đi, rất dễ xảy ra va chạm. Chưa thấy lực lượng điều tiết giao thông có mặt.',
      progress: 'Đã báo đơn vị quản lý hệ thống đèn tín hiệu kiểm tra nguồn điện và bộ điều khiển.',
      answer:
        'Ngày {date}, đơn vị quản lý đã thay bộ điều khiển bị hỏng do sét đánh; đèn tín hiệu tại giao lộ đã hoạt động trở lại. Trong thời gian sửa chữa, Cảnh sát giao thông đã bố trí người điều tiết.',
    },
    {
      title: 'Biển báo cấm đỗ xe bị che khuất trên đường {street}',
      description:
        'Biển báo cấm đỗ xe trên đường {street} bị cành cây che gần hết, tài xế không nhìn thấy nên đỗ xe hai bên đường gây ùn tắc vào giờ tan trường.',
      progress: 'Đã phối hợp đơn vị quản lý cây xanh cắt tỉa cành che biển báo.',
      answer:
        'Ngày {date}, đơn vị quản lý cây xanh đã cắt tỉa cành cây che khuất; biển báo cấm đỗ xe trên đường {street} đã được lau chùi và nhìn rõ. Lực lượng chức năng sẽ tăng cường kiểm tra việc đỗ xe sai quy định.',
    },
    {
      title: 'Nắp hố ga bị vỡ giữa đường {street}',
      description:
        'Nắp hố ga giữa làn xe trên đường {street} bị vỡ một góc, lõm xuống. Ban đêm xe máy cán qua rất nguy hiểm. Người dân đã tạm đặt cành cây để cảnh báo.',
      progress: 'Đã yêu cầu đơn vị quản lý thoát nước rào chắn tạm và thay nắp hố ga.',
      answer:
        'Ngày {date}, Công ty Thoát nước đô thị đã thay nắp hố ga mới bằng gang chịu lực trên đường {street}. Đề nghị người dân tiếp tục phản ánh khi phát hiện hư hỏng tương tự.',
    },
  ],
  'moi-truong': [
    {
      title: 'Rác thải tập kết sai nơi quy định trên đường {street}',
      description:
        'Góc đường {street} thường xuyên bị đổ rác bừa bãi, có cả xà bần và đồ gia dụng cũ. Rác bốc mùi hôi, ruồi nhặng nhiều, ảnh hưởng đến các hộ dân xung quanh và người đi đường.',
      progress: 'Đã chuyển UBND phường và đơn vị thu gom rác kiểm tra, thu dọn.',
      answer:
        'Ngày {date}, đơn vị thu gom đã dọn sạch điểm rác trên đường {street}. UBND phường đã lắp biển cấm đổ rác và camera giám sát; trường hợp vi phạm sẽ bị xử phạt theo Nghị định 45/2022/NĐ-CP.',
      photo: 'rubbish',
    },
    {
      title: 'Đường {street} ngập sâu mỗi khi mưa lớn',
      description:
        'Chỉ cần mưa khoảng 30 phút là đoạn đường {street} ngập sâu 30–40 cm, xe máy chết máy hàng loạt, nước tràn vào nhà dân. Tình trạng kéo dài nhiều năm nay.',
      progress: 'Đã giao Trung tâm Quản lý hạ tầng kỹ thuật khảo sát hệ thống cống thoát nước khu vực.',
      answer:
        'Ngày {date}, đơn vị quản lý đã nạo vét toàn bộ tuyến cống trên đường {street} và lắp thêm hai hố thu nước. Khu vực đã được đưa vào dự án cải tạo thoát nước năm 2027; trong thời gian chờ, xe bơm lưu động sẽ trực khi có mưa lớn.',
      photo: 'flood',
    },
    {
      title: 'Cây xanh có nguy cơ gãy đổ trên đường {street}',
      description:
        'Cây dầu lớn trên vỉa hè đường {street} bị nghiêng, rễ trồi lên làm nứt vỉa hè, mấy hôm nay gió to cành khô rơi xuống đường. Mong được kiểm tra, cắt tỉa trước mùa mưa bão.',
      progress: 'Đã chuyển Công ty Công viên cây xanh kiểm tra tình trạng cây.',
      answer:
        'Ngày {date}, Công ty Công viên cây xanh đã khảo sát và cắt tỉa, hạ độ cao tán cây trên đường {street}, đồng thời gia cố chân cây. Cây sẽ được theo dõi định kỳ trong mùa mưa.',
      photo: 'fallen-tree',
    },
    {
      title: 'Tiếng ồn từ quán karaoke trên đường {street} sau 22 giờ',
      description:
        'Quán karaoke trên đường {street} mở nhạc rất lớn đến hơn 0 giờ đêm, nhiều hộ dân có người già và trẻ nhỏ không ngủ được. Đề nghị kiểm tra và xử lý.',
      progress: 'Đã đề nghị Công an phường phối hợp kiểm tra, đo tiếng ồn.',
      answer:
        'Ngày {date}, tổ công tác liên ngành đã kiểm tra, đo độ ồn vượt quy chuẩn và lập biên bản xử phạt chủ cơ sở. Cơ sở đã cam kết lắp cách âm và không hoạt động sau 22 giờ.',
    },
  ],
  'trat-tu-do-thi': [
    {
      title: 'Lấn chiếm vỉa hè để buôn bán trên đường {street}',
      description:
        'Nhiều hộ kinh doanh trên đường {street} bày bàn ghế, dựng dù chiếm hết vỉa hè, người đi bộ phải đi xuống lòng đường. Tình trạng diễn ra cả ngày, nhất là buổi tối.',
      progress: 'Đã giao Đội quản lý trật tự đô thị kiểm tra, nhắc nhở các hộ kinh doanh.',
      answer:
        'Ngày {date}, Đội quản lý trật tự đô thị đã ra quân lập lại trật tự vỉa hè trên đường {street}, lập biên bản 4 trường hợp tái phạm và tạm giữ bàn ghế. Phường sẽ duy trì kiểm tra định kỳ.',
      photo: 'encroachment',
    },
    {
      title: 'Bảng quảng cáo sai quy định trên đường {street}',
      description:
        'Một cửa hàng trên đường {street} dựng bảng quảng cáo lớn nhô ra lòng đường, không có khung chắc chắn, trời gió rất dễ rơi trúng người đi đường.',
      progress: 'Đã yêu cầu chủ cửa hàng tự tháo dỡ trong 3 ngày.',
      answer:
        'Ngày {date}, chủ cửa hàng đã tự tháo dỡ bảng quảng cáo sai quy định theo yêu cầu của UBND phường. Cơ quan chức năng tiếp tục rà soát các bảng quảng cáo trên tuyến đường {street}.',
    },
    {
      title: 'Xe ô tô đậu trên vỉa hè đường {street}',
      description:
        'Vỉa hè trước dãy nhà trên đường {street} bị ô tô đậu thường xuyên, gạch vỡ nhiều chỗ, người khuyết tật đi xe lăn không thể qua được.',
      progress: 'Đã chuyển lực lượng trật tự đô thị và cảnh sát giao thông kiểm tra.',
      answer:
        'Ngày {date}, lực lượng chức năng đã xử phạt 6 trường hợp đậu xe trên vỉa hè đường {street} và lắp trụ chắn tại lối lên vỉa hè. Vỉa hè bị vỡ đã được đưa vào kế hoạch sửa chữa.',
      photo: 'sidewalk',
    },
  ],
  'xay-dung': [
    {
      title: 'Công trình xây dựng không che chắn trên đường {street}',
      description:
        'Công trình nhà ở đang xây trên đường {street} không có lưới che chắn, vật liệu rơi xuống vỉa hè, bụi bay vào nhà dân. Xe chở vật liệu còn đậu chắn lối đi.',
      progress: 'Đã giao Đội thanh tra xây dựng kiểm tra giấy phép và biện pháp an toàn của công trình.',
      answer:
        'Ngày {date}, Thanh tra xây dựng đã kiểm tra; công trình có giấy phép nhưng vi phạm quy định về che chắn, đã bị lập biên bản và buộc lắp lưới che chắn trước khi thi công tiếp.',
      photo: 'construction',
    },
    {
      title: 'Xây dựng sai phép, cơi nới thêm tầng trên đường {street}',
      description:
        'Căn nhà trên đường {street} được cấp phép 3 tầng nhưng đang xây tầng thứ 5, thi công cả ban đêm. Đề nghị cơ quan chức năng kiểm tra.',
      progress: 'Đã chuyển Thanh tra xây dựng đối chiếu giấy phép và kiểm tra hiện trạng.',
      answer:
        'Ngày {date}, Thanh tra xây dựng xác định công trình xây vượt số tầng được phép, đã lập biên bản đình chỉ thi công và yêu cầu chủ đầu tư tự tháo dỡ phần sai phép theo quy định.',
    },
  ],
  'dien-nuoc-chieu-sang': [
    {
      title: 'Đèn đường không sáng trên đường {street}',
      description:
        'Ba trụ đèn đường liên tiếp trên đường {street} không sáng đã hơn một tuần, buổi tối rất tối, phụ nữ và học sinh đi về khuya không an toàn.',
      progress: 'Đã báo đơn vị quản lý chiếu sáng công cộng kiểm tra, thay thế.',
      answer:
        'Ngày {date}, đơn vị quản lý chiếu sáng đã thay bóng đèn LED và sửa đường dây bị đứt; các trụ đèn trên đường {street} đã sáng trở lại.',
      photo: 'street-light',
    },
    {
      title: 'Ống nước bị vỡ, nước chảy tràn ra đường {street}',
      description:
        'Ống cấp nước dưới vỉa hè đường {street} bị vỡ, nước chảy tràn ra lòng đường từ tối qua, lãng phí và làm trơn trượt. Nhiều nhà trong hẻm bị yếu nước.',
      progress: 'Đã báo Tổng công ty Cấp nước cử đội sửa chữa khẩn cấp.',
      answer:
        'Ngày {date}, đội sửa chữa của Tổng công ty Cấp nước đã thay đoạn ống bị vỡ và hoàn trả mặt bằng. Áp lực nước trong khu vực đã bình thường.',
      photo: 'leaking-pipe',
    },
    {
      title: 'Mất điện kéo dài không báo trước tại khu vực đường {street}',
      description:
        'Khu dân cư trên đường {street} bị mất điện từ 8 giờ sáng đến chiều mà không có thông báo trước, nhiều hộ kinh doanh bị ảnh hưởng.',
      progress: 'Đã chuyển Tổng công ty Điện lực Thành phố xác minh nguyên nhân.',
      answer:
        'Ngày {date}, Điện lực khu vực cho biết sự cố do máy biến áp quá tải; máy biến áp đã được thay thế bằng máy có công suất lớn hơn. Điện lực xin lỗi người dân vì không thông báo kịp thời.',
    },
  ],
  'an-ninh-trat-tu': [
    {
      title: 'Thanh niên tụ tập đua xe trên đường {street} vào ban đêm',
      description:
        'Khoảng 23 giờ đến 1 giờ sáng, nhiều nhóm thanh niên tụ tập chạy xe tốc độ cao, rú ga, lạng lách trên đường {street}, gây mất an ninh trật tự.',
      progress: 'Đã chuyển Công an phường và Cảnh sát giao thông lập kế hoạch tuần tra.',
      answer:
        'Ngày {date}, Công an phường phối hợp Cảnh sát giao thông đã tổ chức tuần tra, tạm giữ 5 xe mô tô vi phạm trên đường {street}. Lực lượng sẽ duy trì tuần tra vào khung giờ đêm.',
    },
    {
      title: 'Trộm cắp xe máy xảy ra nhiều lần trong hẻm đường {street}',
      description:
        'Trong tháng này, hẻm trên đường {street} đã có 3 vụ mất xe máy để trước nhà. Người dân mong có camera và lực lượng tuần tra.',
      progress: 'Đã chuyển Công an phường tiếp nhận, xác minh các vụ việc.',
      answer:
        'Ngày {date}, Công an phường đã tiếp nhận trình báo, tăng cường tuần tra và vận động người dân lắp camera an ninh trong hẻm. Người bị mất tài sản đề nghị liên hệ trực tiếp Công an phường để được hướng dẫn.',
    },
  ],
  'y-te': [
    {
      title: 'Cơ sở kinh doanh thực phẩm không đảm bảo vệ sinh trên đường {street}',
      description:
        'Một quán ăn trên đường {street} sơ chế thực phẩm ngay trên vỉa hè, nước thải đổ ra cống, có nhiều ruồi. Nhiều người ăn xong bị đau bụng.',
      progress: 'Đã chuyển Chi cục An toàn vệ sinh thực phẩm kiểm tra.',
      answer:
        'Ngày {date}, đoàn kiểm tra an toàn thực phẩm đã kiểm tra cơ sở trên đường {street}, lấy mẫu xét nghiệm và xử phạt vi phạm về điều kiện vệ sinh. Cơ sở phải khắc phục trước khi hoạt động trở lại.',
    },
    {
      title: 'Nhiều ca sốt xuất huyết tại khu dân cư đường {street}',
      description:
        'Khu phố trên đường {street} có nhiều người bị sốt xuất huyết trong hai tuần qua, nhiều nơi có nước đọng, lăng quăng. Đề nghị phun thuốc diệt muỗi.',
      progress: 'Đã chuyển Trung tâm Kiểm soát bệnh tật Thành phố phối hợp trạm y tế phường.',
      answer:
        'Ngày {date}, trạm y tế phường đã phun hóa chất diệt muỗi trong bán kính 200 mét và phối hợp khu phố diệt lăng quăng. Người có biểu hiện sốt cao nên đến cơ sở y tế để được khám.',
    },
  ],
  'giao-duc': [
    {
      title: 'Kẹt xe trước cổng trường trên đường {street} giờ tan học',
      description:
        'Giờ tan học, phụ huynh đậu xe tràn xuống lòng đường trước cổng trường trên đường {street}, kẹt xe kéo dài, học sinh đi bộ rất nguy hiểm.',
      progress: 'Đã chuyển nhà trường và Công an phường phối hợp phân luồng.',
      answer:
        'Ngày {date}, nhà trường đã bố trí khu vực đón học sinh bên trong sân trường và phân ca tan học; Công an phường cử lực lượng hỗ trợ phân luồng trên đường {street} vào giờ cao điểm.',
    },
    {
      title: 'Trường thu thêm các khoản ngoài quy định',
      description:
        'Đầu năm học, lớp con tôi được đề nghị đóng thêm tiền máy lạnh và tiền vệ sinh ngoài các khoản đã được Hội đồng nhân dân Thành phố quy định, có khoản không có biên lai.',
      progress: 'Đã chuyển phòng chuyên môn xác minh các khoản thu tại trường.',
      answer:
        'Ngày {date}, Sở Giáo dục và Đào tạo đã làm việc với nhà trường; các khoản thu ngoài quy định đã bị dừng và hoàn trả cho phụ huynh. Nhà trường phải công khai các khoản thu trên bảng tin và trang thông tin điện tử.',
    },
  ],
  'hanh-chinh-cong': [
    {
      title: 'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất bị trễ hẹn',
      description:
        'Tôi nộp hồ sơ đăng ký biến động đất đai, phiếu hẹn trả kết quả đã quá 10 ngày nhưng chưa nhận được, hỏi bộ phận một cửa thì chỉ được trả lời là đang xử lý.',
      progress: 'Đã chuyển cơ quan giải quyết hồ sơ kiểm tra tiến độ.',
      answer:
        'Ngày {date}, Văn phòng Đăng ký đất đai cho biết hồ sơ bị trễ do chờ kết quả xác minh ranh đất; hồ sơ đã được giải quyết và trả kết quả. Cơ quan đã gửi thư xin lỗi theo quy định về hồ sơ trễ hẹn.',
    },
    {
      title: 'Thái độ phục vụ chưa đúng mực tại bộ phận một cửa',
      description:
        'Khi tôi đến nộp hồ sơ chứng thực, cán bộ tiếp nhận nói chuyện thiếu tôn trọng và yêu cầu bổ sung giấy tờ không có trong danh mục thủ tục.',
      progress: 'Đã chuyển thủ trưởng cơ quan xác minh, làm rõ.',
      answer:
        'Ngày {date}, cơ quan đã xác minh, tổ chức kiểm điểm cán bộ tiếp nhận và nhắc nhở toàn bộ phận một cửa thực hiện đúng danh mục giấy tờ đã công bố. Cảm ơn ông/bà đã góp ý.',
    },
  ],
  khac: [
    {
      title: 'Đề nghị lắp thêm ghế đá tại công viên trên đường {street}',
      description:
        'Công viên trên đường {street} nhiều người cao tuổi tập thể dục buổi sáng nhưng chỉ có vài ghế đá đã hư. Đề nghị lắp thêm ghế và sửa lối đi.',
      progress: 'Đã chuyển UBND phường khảo sát nhu cầu.',
      answer:
        'Ngày {date}, UBND phường đã lắp thêm 8 ghế đá và sửa lối đi trong công viên trên đường {street} từ nguồn kinh phí duy tu năm 2026.',
    },
    {
      title: 'Góp ý về giờ mở cửa nhà văn hóa khu phố',
      description:
        'Nhà văn hóa khu phố chỉ mở cửa giờ hành chính nên người đi làm không sử dụng được. Đề nghị mở thêm buổi tối và cuối tuần.',
      progress: 'Đã chuyển UBND phường xem xét.',
      answer:
        'Ngày {date}, UBND phường đã điều chỉnh giờ mở cửa nhà văn hóa khu phố: buổi tối từ 18 giờ đến 21 giờ các ngày trong tuần và cả ngày Chủ nhật.',
    },
  ],
};

export const rejectReasons = [
  'Nội dung phản ánh là tranh chấp dân sự giữa các hộ gia đình, không thuộc thẩm quyền giải quyết của cơ quan hành chính. Đề nghị ông/bà liên hệ tổ hòa giải khu phố hoặc Tòa án nhân dân để được hướng dẫn.',
  'Qua kiểm tra thực tế tại địa điểm phản ánh, cơ quan không phát hiện vi phạm như nội dung nêu. Nếu tình trạng tái diễn, đề nghị ông/bà gửi kèm hình ảnh và thời điểm cụ thể.',
  'Nội dung phản ánh đang được giải quyết theo đơn khiếu nại khác của người dân; kết quả sẽ được thông báo theo quy trình giải quyết khiếu nại.',
];

export const notSatisfiedReasons = [
  'Mới vá được vài hôm thì mặt đường lại bong tróc, đề nghị sửa chữa triệt để.',
  'Sau khi kiểm tra thì tình trạng vẫn tiếp diễn vào buổi tối, chưa được xử lý dứt điểm.',
];

/** A few real streets of each sample ward and an approximate centre point. */
export const demoWards: { code: string; lat: number; lng: number; streets: string[]; weight: number }[] = [
  {
    code: 'mau-phuong-sai-gon',
    lat: 10.7769,
    lng: 106.7009,
    streets: ['Lê Lợi', 'Nguyễn Huệ', 'Đồng Khởi', 'Tôn Đức Thắng'],
    weight: 6,
  },
  {
    code: 'mau-phuong-tan-dinh',
    lat: 10.792,
    lng: 106.688,
    streets: ['Hai Bà Trưng', 'Trần Quang Khải', 'Đinh Tiên Hoàng'],
    weight: 4,
  },
  {
    code: 'mau-phuong-ben-thanh',
    lat: 10.7725,
    lng: 106.698,
    streets: ['Lê Thánh Tôn', 'Phạm Ngũ Lão', 'Bùi Viện', 'Nguyễn Thái Học'],
    weight: 6,
  },
  {
    code: 'mau-phuong-cau-ong-lanh',
    lat: 10.766,
    lng: 106.696,
    streets: ['Trần Hưng Đạo', 'Cô Giang', 'Cô Bắc'],
    weight: 3,
  },
  {
    code: 'mau-phuong-ban-co',
    lat: 10.7725,
    lng: 106.68,
    streets: ['Nguyễn Đình Chiểu', 'Cách Mạng Tháng Tám', 'Võ Văn Tần'],
    weight: 5,
  },
  {
    code: 'mau-phuong-xuan-hoa',
    lat: 10.78,
    lng: 106.688,
    streets: ['Pasteur', 'Trương Định', 'Võ Văn Tần'],
    weight: 3,
  },
  {
    code: 'mau-phuong-nhieu-loc',
    lat: 10.788,
    lng: 106.678,
    streets: ['Trần Quốc Thảo', 'Lý Chính Thắng', 'Nam Kỳ Khởi Nghĩa'],
    weight: 3,
  },
  {
    code: 'mau-phuong-cho-lon',
    lat: 10.753,
    lng: 106.659,
    streets: ['Hải Thượng Lãn Ông', 'Châu Văn Liêm', 'Trần Hưng Đạo'],
    weight: 4,
  },
  {
    code: 'mau-phuong-phu-nhuan',
    lat: 10.799,
    lng: 106.68,
    streets: ['Phan Đình Phùng', 'Nguyễn Văn Trỗi', 'Huỳnh Văn Bánh'],
    weight: 4,
  },
  {
    code: 'mau-phuong-gia-dinh',
    lat: 10.803,
    lng: 106.696,
    streets: ['Phan Đăng Lưu', 'Bạch Đằng', 'Lê Quang Định'],
    weight: 3,
  },
  {
    code: 'mau-phuong-binh-thanh',
    lat: 10.81,
    lng: 106.709,
    streets: ['Xô Viết Nghệ Tĩnh', 'Điện Biên Phủ', 'Nguyễn Xí'],
    weight: 4,
  },
  {
    code: 'mau-phuong-go-vap',
    lat: 10.838,
    lng: 106.665,
    streets: ['Quang Trung', 'Nguyễn Oanh', 'Phan Văn Trị'],
    weight: 4,
  },
  {
    code: 'mau-phuong-thu-duc',
    lat: 10.85,
    lng: 106.77,
    streets: ['Võ Văn Ngân', 'Kha Vạn Cân', 'Đặng Văn Bi'],
    weight: 5,
  },
  {
    code: 'mau-phuong-tan-binh',
    lat: 10.801,
    lng: 106.653,
    streets: ['Cộng Hòa', 'Hoàng Văn Thụ', 'Trường Chinh'],
    weight: 4,
  },
  {
    code: 'mau-phuong-tan-phu',
    lat: 10.79,
    lng: 106.628,
    streets: ['Lũy Bán Bích', 'Tân Kỳ Tân Quý', 'Âu Cơ'],
    weight: 3,
  },
  {
    code: 'mau-phuong-binh-tan',
    lat: 10.765,
    lng: 106.603,
    streets: ['Tên Lửa', 'Kinh Dương Vương', 'Mã Lò'],
    weight: 3,
  },
  {
    code: 'mau-phuong-an-khanh',
    lat: 10.787,
    lng: 106.72,
    streets: ['Mai Chí Thọ', 'Trần Não', 'Lương Định Của'],
    weight: 2,
  },
  { code: 'mau-phuong-cat-lai', lat: 10.77, lng: 106.78, streets: ['Nguyễn Thị Định', 'Đồng Văn Cống'], weight: 2 },
  { code: 'mau-phuong-tan-thuan', lat: 10.75, lng: 106.73, streets: ['Huỳnh Tấn Phát', 'Nguyễn Văn Linh'], weight: 2 },
  { code: 'mau-phuong-chanh-hung', lat: 10.74, lng: 106.67, streets: ['Phạm Hùng', 'Tạ Quang Bửu'], weight: 2 },
  { code: 'mau-phuong-vung-tau', lat: 10.346, lng: 107.084, streets: ['Thùy Vân', 'Hạ Long', 'Trần Phú'], weight: 2 },
  {
    code: 'mau-phuong-thu-dau-mot',
    lat: 10.98,
    lng: 106.652,
    streets: ['Yersin', 'Cách Mạng Tháng Tám', 'Ngô Quyền'],
    weight: 2,
  },
  { code: 'mau-phuong-di-an', lat: 10.906, lng: 106.769, streets: ['Nguyễn An Ninh', 'Lý Thường Kiệt'], weight: 2 },
  { code: 'mau-xa-nha-be', lat: 10.695, lng: 106.74, streets: ['Huỳnh Tấn Phát', 'Nguyễn Bình'], weight: 1 },
  { code: 'mau-xa-cu-chi', lat: 10.973, lng: 106.493, streets: ['Nguyễn Văn Khạ', 'Nguyễn Thị Rành'], weight: 1 },
  { code: 'mau-xa-can-gio', lat: 10.411, lng: 106.954, streets: ['Rừng Sác', 'Duyên Hải'], weight: 1 },
];

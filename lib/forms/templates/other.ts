// Judicial records, construction, household business, employment and insurance forms.
import type { FormTemplate } from '../types';

const toCheck = (text: string) => ({
  text: `${text}; số hiệu và nội dung mẫu đang áp dụng cần kiểm tra`,
  verified: false,
});

export const otherForms: FormTemplate[] = [
  {
    slug: 'to-khai-yeu-cau-cap-phieu-ly-lich-tu-phap',
    title: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
    shortName: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
    reference: toCheck('Mẫu tờ khai của Bộ Tư pháp về lý lịch tư pháp (Thông tư 16/2013/TT-BTP và văn bản sửa đổi)'),
    names: ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp'],
    addressee: 'Sở Tư pháp Thành phố Hồ Chí Minh (hoặc cơ quan tiếp nhận) ……………………',
    sections: [
      {
        heading: 'Người được cấp Phiếu',
        fields: [
          { kind: 'line', label: 'Họ, chữ đệm và tên' },
          { kind: 'line', label: 'Tên gọi khác (nếu có)' },
          { kind: 'inline', labels: ['Giới tính', 'Ngày, tháng, năm sinh'] },
          { kind: 'line', label: 'Nơi sinh' },
          { kind: 'inline', labels: ['Quốc tịch', 'Dân tộc'] },
          { kind: 'line', label: 'Số định danh cá nhân (hoặc số hộ chiếu, ngày cấp, nơi cấp)' },
          { kind: 'line', label: 'Nơi thường trú' },
          { kind: 'line', label: 'Nơi tạm trú (nếu có)' },
          { kind: 'inline', labels: ['Số điện thoại', 'Email'] },
        ],
      },
      {
        heading: 'Cha, mẹ, vợ hoặc chồng',
        fields: [
          { kind: 'table', columns: ['Quan hệ', 'Họ, chữ đệm và tên', 'Năm sinh'], rows: ['Cha', 'Mẹ', 'Vợ/chồng'] },
        ],
      },
      {
        heading: 'Quá trình cư trú, nghề nghiệp từ đủ 14 tuổi',
        fields: [
          {
            kind: 'table',
            columns: ['Từ tháng, năm', 'Đến tháng, năm', 'Nơi cư trú', 'Nghề nghiệp, nơi làm việc'],
            rows: 5,
          },
        ],
      },
      {
        heading: 'Yêu cầu',
        fields: [
          {
            kind: 'choice',
            label: 'Loại Phiếu',
            options: ['Phiếu lý lịch tư pháp số 1', 'Phiếu lý lịch tư pháp số 2'],
          },
          {
            kind: 'choice',
            label:
              'Xác nhận về việc có bị cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã (Phiếu số 1)',
            options: ['Có', 'Không'],
          },
          { kind: 'inline', labels: ['Số lượng Phiếu đề nghị cấp'] },
          { kind: 'line', label: 'Mục đích sử dụng Phiếu', lines: 2 },
        ],
      },
    ],
    declaration: 'Tôi xin cam đoan những lời khai trên là đúng sự thật và chịu trách nhiệm về lời khai của mình.',
    signatures: [{ role: 'Người khai', note: 'Ký, ghi rõ họ tên' }],
  },
  {
    slug: 'don-de-nghi-cap-giay-phep-xay-dung',
    title: 'Đơn đề nghị cấp giấy phép xây dựng',
    subtitle: 'Dùng cho nhà ở riêng lẻ',
    shortName: 'Đơn đề nghị cấp giấy phép xây dựng',
    reference: toCheck('Mẫu đơn ban hành kèm Nghị định 175/2024/NĐ-CP'),
    names: ['Đơn đề nghị cấp giấy phép xây dựng'],
    addressee: 'Ủy ban nhân dân phường, xã, đặc khu ……………………………',
    sections: [
      {
        heading: '1. Chủ đầu tư',
        fields: [
          { kind: 'line', label: 'Họ và tên (hoặc tên tổ chức, người đại diện)' },
          { kind: 'line', label: 'Số định danh cá nhân (hoặc mã số doanh nghiệp)' },
          { kind: 'line', label: 'Địa chỉ liên hệ' },
          { kind: 'inline', labels: ['Số điện thoại', 'Email'] },
        ],
      },
      {
        heading: '2. Địa điểm xây dựng',
        fields: [
          { kind: 'inline', labels: ['Thửa đất số', 'Tờ bản đồ số', 'Diện tích (m²)'] },
          { kind: 'line', label: 'Tại (số nhà, đường, phường, xã, đặc khu)' },
          { kind: 'line', label: 'Giấy chứng nhận quyền sử dụng đất số, ngày cấp' },
        ],
      },
      {
        heading: '3. Nội dung đề nghị cấp phép',
        fields: [
          { kind: 'choice', label: 'Hình thức', options: ['Xây dựng mới', 'Sửa chữa, cải tạo', 'Di dời'] },
          { kind: 'inline', labels: ['Cấp công trình', 'Diện tích xây dựng tầng 1 (m²)'] },
          { kind: 'inline', labels: ['Tổng diện tích sàn (m²)', 'Chiều cao công trình (m)'] },
          { kind: 'inline', labels: ['Số tầng', 'trong đó tầng hầm, tầng lửng, tum'] },
          { kind: 'line', label: 'Cốt xây dựng, khoảng lùi, mật độ (nếu có)', lines: 2 },
        ],
      },
      {
        heading: '4. Đơn vị hoặc người thiết kế',
        fields: [
          { kind: 'line', label: 'Tên đơn vị hoặc họ tên người thiết kế' },
          { kind: 'line', label: 'Số chứng chỉ hành nghề (nếu thuộc trường hợp phải có)' },
        ],
      },
      { heading: '5. Thời gian dự kiến hoàn thành', fields: [{ kind: 'inline', labels: ['Số tháng dự kiến'] }] },
      { heading: '6. Giấy tờ kèm theo', fields: [{ kind: 'line', label: 'Liệt kê', lines: 3 }] },
    ],
    declaration:
      'Tôi xin cam kết xây dựng theo đúng giấy phép được cấp và bảo đảm an toàn cho công trình liền kề; nếu sai, tôi xin hoàn toàn chịu trách nhiệm và bị xử lý theo quy định của pháp luật.',
    signatures: [{ role: 'Người làm đơn', note: 'Ký, ghi rõ họ tên; đóng dấu nếu là tổ chức' }],
  },
  {
    slug: 'giay-de-nghi-dang-ky-ho-kinh-doanh',
    title: 'Giấy đề nghị đăng ký hộ kinh doanh',
    shortName: 'Giấy đề nghị đăng ký hộ kinh doanh',
    reference: toCheck(
      'Mẫu ban hành theo quy định về đăng ký hộ kinh doanh của Bộ Tài chính (trước đây Bộ Kế hoạch và Đầu tư)',
    ),
    names: ['Giấy đề nghị đăng ký hộ kinh doanh'],
    addressee: 'Cơ quan đăng ký kinh doanh cấp xã ……………………………',
    sections: [
      {
        heading: 'Chủ hộ kinh doanh',
        fields: [
          { kind: 'line', label: 'Họ, chữ đệm và tên (viết in hoa)' },
          { kind: 'inline', labels: ['Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Quốc tịch'] },
          { kind: 'line', label: 'Số định danh cá nhân' },
          { kind: 'line', label: 'Địa chỉ liên lạc' },
          { kind: 'inline', labels: ['Số điện thoại', 'Email'] },
        ],
      },
      {
        heading: 'Nội dung đăng ký',
        fields: [
          { kind: 'line', label: '1. Tên hộ kinh doanh (viết in hoa)' },
          { kind: 'line', label: '2. Địa chỉ trụ sở hộ kinh doanh (số nhà, đường, phường, xã, đặc khu)' },
          { kind: 'inline', labels: ['Điện thoại', 'Email, website (nếu có)'] },
          {
            kind: 'table',
            label: '3. Ngành, nghề kinh doanh',
            columns: ['STT', 'Tên ngành', 'Mã ngành (cấp 4)'],
            rows: 4,
          },
          { kind: 'inline', labels: ['4. Vốn kinh doanh (đồng)', '5. Số lượng lao động dự kiến'] },
          { kind: 'inline', labels: ['6. Ngày bắt đầu hoạt động kinh doanh'] },
          {
            kind: 'choice',
            label: '7. Hộ kinh doanh do',
            options: ['Một cá nhân thành lập', 'Các thành viên hộ gia đình thành lập (kê khai dưới đây)'],
          },
          {
            kind: 'table',
            label: 'Thành viên hộ gia đình tham gia (nếu có)',
            columns: ['STT', 'Họ, chữ đệm và tên', 'Ngày sinh', 'Số định danh cá nhân', 'Chữ ký'],
            rows: 3,
          },
        ],
      },
    ],
    declaration:
      'Tôi cam kết bản thân không thuộc trường hợp bị cấm đăng ký hộ kinh doanh, là người duy nhất đăng ký hộ kinh doanh này trên phạm vi toàn quốc, và chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác, trung thực của nội dung kê khai.',
    signatures: [{ role: 'Chủ hộ kinh doanh', note: 'Ký, ghi rõ họ tên' }],
  },
  {
    slug: 'de-nghi-huong-tro-cap-that-nghiep',
    title: 'Đề nghị hưởng trợ cấp thất nghiệp',
    shortName: 'Đề nghị hưởng trợ cấp thất nghiệp',
    reference: toCheck('Mẫu của Bộ Lao động – Thương binh và Xã hội (nay là Bộ Nội vụ) hướng dẫn Luật Việc làm'),
    names: ['Đề nghị hưởng trợ cấp thất nghiệp'],
    addressee: 'Trung tâm Dịch vụ việc làm Thành phố Hồ Chí Minh',
    sections: [
      {
        heading: 'Người đề nghị',
        fields: [
          { kind: 'line', label: 'Họ, chữ đệm và tên' },
          { kind: 'inline', labels: ['Ngày, tháng, năm sinh', 'Giới tính'] },
          { kind: 'inline', labels: ['Số định danh cá nhân', 'Mã số bảo hiểm xã hội'] },
          { kind: 'inline', labels: ['Số điện thoại', 'Email'] },
          { kind: 'line', label: 'Nơi thường trú' },
          { kind: 'line', label: 'Chỗ ở hiện nay (để nhận thông báo)' },
          { kind: 'inline', labels: ['Trình độ chuyên môn', 'Ngành nghề đào tạo'] },
        ],
      },
      {
        heading: 'Việc làm vừa chấm dứt',
        fields: [
          { kind: 'line', label: 'Tên đơn vị nơi làm việc trước khi thất nghiệp' },
          { kind: 'line', label: 'Địa chỉ đơn vị' },
          { kind: 'inline', labels: ['Ngày chấm dứt hợp đồng', 'Loại hợp đồng'] },
          { kind: 'line', label: 'Lý do chấm dứt hợp đồng lao động hoặc hợp đồng làm việc' },
          { kind: 'inline', labels: ['Số tháng đã đóng bảo hiểm thất nghiệp'] },
        ],
      },
      {
        heading: 'Nhận trợ cấp',
        fields: [
          {
            kind: 'choice',
            label: 'Hình thức nhận',
            options: ['Qua tài khoản ngân hàng', 'Nhận trực tiếp tại cơ quan bảo hiểm xã hội'],
          },
          { kind: 'inline', labels: ['Số tài khoản', 'Tại ngân hàng'] },
          { kind: 'choice', label: 'Có nhu cầu được tư vấn, giới thiệu việc làm, học nghề', options: ['Có', 'Không'] },
        ],
      },
      { heading: 'Giấy tờ kèm theo', fields: [{ kind: 'line', label: 'Liệt kê', lines: 3 }] },
    ],
    declaration:
      'Tôi cam đoan nội dung ghi trên là hoàn toàn đúng sự thật; nếu sai, tôi xin chịu trách nhiệm trước pháp luật.',
    signatures: [{ role: 'Người đề nghị', note: 'Ký, ghi rõ họ tên' }],
  },
  {
    slug: 'thong-bao-tim-kiem-viec-lam',
    title: 'Thông báo về việc tìm kiếm việc làm',
    shortName: 'Thông báo về việc tìm kiếm việc làm',
    reference: toCheck('Mẫu của Bộ Lao động – Thương binh và Xã hội (nay là Bộ Nội vụ) hướng dẫn Luật Việc làm'),
    names: ['Thông báo về việc tìm kiếm việc làm'],
    addressee: 'Trung tâm Dịch vụ việc làm Thành phố Hồ Chí Minh',
    sections: [
      {
        heading: 'Người đang hưởng trợ cấp thất nghiệp',
        fields: [
          { kind: 'line', label: 'Họ, chữ đệm và tên' },
          { kind: 'inline', labels: ['Ngày, tháng, năm sinh', 'Số định danh cá nhân'] },
          { kind: 'inline', labels: ['Số quyết định hưởng trợ cấp', 'Số tháng được hưởng'] },
          { kind: 'inline', labels: ['Thông báo tháng thứ', 'Số điện thoại'] },
        ],
      },
      {
        heading: 'Tình hình tìm kiếm việc làm trong tháng',
        fields: [
          {
            kind: 'table',
            columns: ['Ngày', 'Tên đơn vị đã liên hệ, địa chỉ', 'Vị trí công việc', 'Kết quả'],
            rows: 3,
          },
          {
            kind: 'choice',
            label: 'Trong tháng có việc làm, đi học, hoặc thay đổi khác',
            options: ['Không', 'Có (ghi rõ):'],
          },
          { kind: 'line', label: 'Ghi rõ', lines: 2 },
        ],
      },
    ],
    declaration: 'Tôi cam đoan nội dung ghi trên là đúng sự thật.',
    signatures: [{ role: 'Người thông báo', note: 'Ký, ghi rõ họ tên' }],
  },
  {
    slug: 'mau-tk1-ts',
    code: 'TK1-TS',
    title: 'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế',
    shortName: 'Mẫu TK1-TS',
    reference: toCheck('Mẫu TK1-TS của Bảo hiểm xã hội Việt Nam (quy trình thu bảo hiểm xã hội, bảo hiểm y tế)'),
    names: ['Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế'],
    addressee: 'Cơ quan bảo hiểm xã hội ……………………………',
    sections: [
      {
        heading: 'A. Thông tin người tham gia',
        fields: [
          { kind: 'line', label: 'Họ, chữ đệm và tên (viết in hoa)' },
          { kind: 'inline', labels: ['Ngày, tháng, năm sinh', 'Giới tính', 'Quốc tịch', 'Dân tộc'] },
          { kind: 'inline', labels: ['Số định danh cá nhân', 'Mã số bảo hiểm xã hội (nếu đã có)'] },
          { kind: 'line', label: 'Nơi đăng ký khai sinh' },
          { kind: 'line', label: 'Địa chỉ nhận kết quả' },
          { kind: 'inline', labels: ['Số điện thoại', 'Email'] },
          { kind: 'line', label: 'Họ tên cha, mẹ hoặc người giám hộ (với trẻ em dưới 6 tuổi)' },
          { kind: 'line', label: 'Nơi đăng ký khám bệnh, chữa bệnh bảo hiểm y tế ban đầu' },
        ],
      },
      {
        heading: 'B. Nội dung đề nghị',
        fields: [
          {
            kind: 'choice',
            label: 'Đề nghị',
            options: [
              'Tham gia bảo hiểm xã hội tự nguyện',
              'Tham gia bảo hiểm y tế theo hộ gia đình',
              'Cấp lại thẻ bảo hiểm y tế (mất, hỏng)',
              'Cấp đổi thẻ, điều chỉnh thông tin',
              'Khác',
            ],
          },
          { kind: 'inline', labels: ['Mức thu nhập làm căn cứ đóng (tự nguyện)', 'Phương thức đóng'] },
          { kind: 'line', label: 'Nội dung thay đổi, lý do', lines: 2 },
          { kind: 'line', label: 'Hồ sơ kèm theo (nếu có)', lines: 2 },
        ],
      },
      {
        heading: 'C. Thành viên hộ gia đình cùng tham gia bảo hiểm y tế (nếu có)',
        fields: [
          {
            kind: 'table',
            columns: ['TT', 'Họ, chữ đệm và tên', 'Ngày sinh', 'Số định danh cá nhân', 'Quan hệ với người kê khai'],
            rows: 4,
          },
        ],
      },
    ],
    declaration:
      'Tôi cam đoan những nội dung kê khai là đúng và chịu trách nhiệm trước pháp luật về những nội dung đã kê khai.',
    signatures: [{ role: 'Người kê khai', note: 'Ký, ghi rõ họ tên' }],
  },
];

// Residence, identity card and passport forms of the Ministry of Public Security (Bộ Công an).
import type { FormField, FormTemplate } from '../types';

const self: FormField[] = [
  { kind: 'line', label: 'Họ, chữ đệm và tên' },
  { kind: 'inline', labels: ['Ngày, tháng, năm sinh', 'Giới tính'] },
  { kind: 'line', label: 'Số định danh cá nhân' },
  { kind: 'inline', labels: ['Số điện thoại liên hệ', 'Email'] },
];

const passport: FormTemplate = {
  slug: 'mau-tk01',
  code: 'TK01',
  title: 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước',
  shortName: 'Mẫu TK01',
  reference: {
    text: 'Mẫu TK01 về xuất nhập cảnh của công dân Việt Nam do Bộ Công an ban hành (Thông tư 73/2021/TT-BCA và văn bản sửa đổi); cần kiểm tra bản đang áp dụng',
    verified: false,
  },
  names: ['Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước'],
  sections: [
    {
      fields: [
        { kind: 'photo', label: 'Ảnh 4 × 6 cm, mặt nhìn thẳng, đầu để trần, phông nền trắng' },
        { kind: 'line', label: 'Họ, chữ đệm và tên (viết in hoa)' },
        { kind: 'inline', labels: ['Giới tính', 'Ngày, tháng, năm sinh'] },
        { kind: 'line', label: 'Nơi sinh (tỉnh, thành phố)' },
        { kind: 'inline', labels: ['Số định danh cá nhân', 'Dân tộc', 'Tôn giáo'] },
        { kind: 'inline', labels: ['Số điện thoại', 'Email'] },
        { kind: 'line', label: 'Nơi thường trú' },
        { kind: 'line', label: 'Nơi tạm trú (nếu có)' },
        { kind: 'line', label: 'Nghề nghiệp; tên và địa chỉ cơ quan (nếu có)' },
      ],
    },
    {
      heading: 'Cha, mẹ, vợ hoặc chồng',
      fields: [
        {
          kind: 'table',
          columns: ['Quan hệ', 'Họ, chữ đệm và tên', 'Ngày, tháng, năm sinh'],
          rows: ['Cha', 'Mẹ', 'Vợ/chồng'],
        },
      ],
    },
    {
      heading: 'Hộ chiếu phổ thông đã được cấp gần nhất (nếu có)',
      fields: [{ kind: 'inline', labels: ['Số hộ chiếu', 'Ngày cấp'] }],
    },
    {
      heading: 'Nội dung đề nghị',
      fields: [
        {
          kind: 'choice',
          label: 'Đề nghị',
          options: [
            'Cấp hộ chiếu lần đầu',
            'Cấp lại do hộ chiếu hết hạn hoặc sắp hết hạn',
            'Cấp lại do bị mất',
            'Cấp lại do hư hỏng',
            'Khác',
          ],
        },
        { kind: 'choice', label: 'Loại hộ chiếu', options: ['Có gắn chíp điện tử', 'Không gắn chíp điện tử'] },
        { kind: 'line', label: 'Đề nghị khác (nếu có)', lines: 2 },
      ],
    },
  ],
  declaration: 'Tôi xin cam đoan những thông tin trên là đúng sự thật.',
  signatures: [{ role: 'Người đề nghị', note: 'Ký, ghi rõ họ tên' }],
};

export const residenceForms: FormTemplate[] = [
  {
    slug: 'mau-ct01',
    code: 'CT01',
    title: 'Tờ khai thay đổi thông tin cư trú',
    shortName: 'Mẫu CT01',
    reference: {
      text: 'Mẫu CT01 ban hành kèm theo Thông tư 66/2023/TT-BCA (sửa đổi Thông tư 56/2021/TT-BCA về biểu mẫu đăng ký, quản lý cư trú); có thông tin về thông tư mới áp dụng từ 01/7/2026, cần kiểm tra',
      verified: false,
    },
    names: ['Tờ khai thay đổi thông tin cư trú'],
    addressee: 'Công an phường, xã, đặc khu ……………………………',
    sections: [
      { heading: 'Người kê khai', fields: self },
      {
        heading: 'Chủ hộ',
        fields: [
          { kind: 'line', label: 'Họ, chữ đệm và tên chủ hộ' },
          { kind: 'inline', labels: ['Mối quan hệ với chủ hộ', 'Số định danh cá nhân của chủ hộ'] },
        ],
      },
      {
        heading: 'Nội dung đề nghị',
        fields: [
          {
            kind: 'choice',
            label: 'Đề nghị',
            options: [
              'Đăng ký thường trú',
              'Đăng ký tạm trú',
              'Gia hạn tạm trú',
              'Xóa đăng ký thường trú',
              'Xóa đăng ký tạm trú',
              'Điều chỉnh thông tin về cư trú',
              'Khác',
            ],
          },
          { kind: 'line', label: 'Địa chỉ chỗ ở đề nghị đăng ký và nội dung cụ thể', lines: 3 },
        ],
      },
      {
        heading: 'Những thành viên trong hộ gia đình cùng thay đổi',
        fields: [
          {
            kind: 'table',
            columns: [
              'TT',
              'Họ, chữ đệm và tên',
              'Ngày, tháng, năm sinh',
              'Giới tính',
              'Số định danh cá nhân',
              'Mối quan hệ với chủ hộ',
            ],
            rows: 4,
          },
        ],
      },
    ],
    signatures: [
      { role: 'Ý kiến của chủ hộ', note: 'Ghi rõ nội dung đồng ý; ký, ghi rõ họ tên' },
      {
        role: 'Ý kiến của chủ sở hữu hoặc người sử dụng chỗ ở hợp pháp',
        note: 'Ghi rõ nội dung đồng ý; ký, ghi rõ họ tên',
      },
      { role: 'Ý kiến của cha, mẹ hoặc người giám hộ', note: 'Khi người kê khai chưa thành niên hoặc cần giám hộ' },
      { role: 'Người kê khai', note: 'Ký, ghi rõ họ tên' },
    ],
  },
  {
    slug: 'mau-cc01',
    code: 'CC01',
    title: 'Tờ khai căn cước',
    shortName: 'Mẫu CC01',
    reference: {
      text: 'Mẫu CC01 ban hành kèm Thông tư 17/2024/TT-BCA về biểu mẫu cấp, quản lý thẻ căn cước; có thể đã được sửa đổi, cần kiểm tra',
      verified: false,
    },
    names: ['Đề nghị cấp lại thẻ căn cước'],
    sections: [
      {
        heading: 'Thông tin người đề nghị',
        fields: [
          { kind: 'line', label: 'Họ, chữ đệm và tên khai sinh' },
          { kind: 'line', label: 'Tên gọi khác (nếu có)' },
          { kind: 'inline', labels: ['Ngày, tháng, năm sinh', 'Giới tính', 'Số định danh cá nhân'] },
          { kind: 'inline', labels: ['Dân tộc', 'Tôn giáo', 'Quốc tịch'] },
          { kind: 'inline', labels: ['Tình trạng hôn nhân', 'Nhóm máu (nếu có)'] },
          { kind: 'line', label: 'Nơi đăng ký khai sinh' },
          { kind: 'line', label: 'Quê quán' },
          { kind: 'line', label: 'Nơi thường trú' },
          { kind: 'line', label: 'Nơi tạm trú hoặc nơi ở hiện tại' },
          { kind: 'inline', labels: ['Nghề nghiệp', 'Số điện thoại', 'Email'] },
        ],
      },
      {
        heading: 'Cha, mẹ, vợ hoặc chồng, người đại diện hợp pháp',
        fields: [
          {
            kind: 'table',
            columns: ['Quan hệ', 'Họ, chữ đệm và tên', 'Số định danh cá nhân'],
            rows: ['Cha', 'Mẹ', 'Vợ/chồng', 'Người đại diện hợp pháp'],
          },
        ],
      },
      {
        heading: 'Nội dung đề nghị',
        fields: [
          {
            kind: 'choice',
            label: 'Đề nghị',
            options: [
              'Cấp thẻ căn cước',
              'Cấp đổi thẻ căn cước',
              'Cấp lại thẻ căn cước',
              'Cấp giấy chứng nhận căn cước',
            ],
          },
          { kind: 'line', label: 'Lý do cấp đổi, cấp lại', lines: 2 },
          {
            kind: 'choice',
            label: 'Nhận kết quả',
            options: ['Tại nơi làm thủ tục', 'Qua dịch vụ bưu chính, tại địa chỉ: ……………………………'],
          },
        ],
      },
    ],
    declaration: 'Tôi xin cam đoan những thông tin kê khai trên là đúng sự thật.',
    signatures: [{ role: 'Người đề nghị', note: 'Ký, ghi rõ họ tên' }],
  },
  passport,
  {
    ...passport,
    slug: 'mau-tk01a',
    code: 'TK01a',
    title: 'Tờ khai đề nghị cấp hộ chiếu phổ thông cho người chưa đủ 14 tuổi',
    shortName: 'Mẫu TK01a',
    reference: {
      text: 'Mẫu TK01a về xuất nhập cảnh của công dân Việt Nam do Bộ Công an ban hành (Thông tư 73/2021/TT-BCA và văn bản sửa đổi); cần kiểm tra bản đang áp dụng',
      verified: false,
    },
    names: ['Tờ khai dành cho người chưa đủ 14 tuổi'],
    sections: [
      {
        heading: 'Trẻ em đề nghị cấp hộ chiếu',
        fields: [
          { kind: 'photo', label: 'Ảnh 4 × 6 cm của trẻ, mặt nhìn thẳng, phông nền trắng' },
          { kind: 'line', label: 'Họ, chữ đệm và tên (viết in hoa)' },
          { kind: 'inline', labels: ['Giới tính', 'Ngày, tháng, năm sinh'] },
          { kind: 'line', label: 'Nơi sinh (tỉnh, thành phố)' },
          { kind: 'inline', labels: ['Số định danh cá nhân', 'Dân tộc'] },
          { kind: 'line', label: 'Nơi thường trú' },
        ],
      },
      {
        heading: 'Cha, mẹ hoặc người giám hộ khai thay',
        fields: [
          { kind: 'line', label: 'Họ, chữ đệm và tên' },
          { kind: 'inline', labels: ['Quan hệ với trẻ', 'Số định danh cá nhân', 'Số điện thoại'] },
          { kind: 'line', label: 'Địa chỉ liên hệ' },
        ],
      },
      passport.sections[2]!,
      passport.sections[3]!,
    ],
    declaration: 'Tôi xin cam đoan những thông tin khai thay cho trẻ trên đây là đúng sự thật.',
    signatures: [{ role: 'Cha, mẹ hoặc người giám hộ', note: 'Ký, ghi rõ họ tên' }],
  },
];

// Civil status (hộ tịch) declarations. The Ministry of Justice publishes these forms with its
// circulars on civil status; the exact form numbers after the 2025 amendments are still to be checked.
import type { FormField, FormTemplate } from '../types';

const MOJ = {
  text: 'Mẫu tờ khai hộ tịch của Bộ Tư pháp (Thông tư 04/2020/TT-BTP và các văn bản sửa đổi); số hiệu mẫu đang áp dụng cần kiểm tra',
  verified: false,
};

const requester: FormField[] = [
  { kind: 'line', label: 'Họ, chữ đệm, tên người yêu cầu' },
  { kind: 'line', label: 'Nơi cư trú' },
  { kind: 'inline', labels: ['Số định danh cá nhân', 'Điện thoại'] },
  { kind: 'line', label: 'Quan hệ với người được đăng ký' },
];

const person = (who: string): FormField[] => [
  { kind: 'line', label: `Họ, chữ đệm, tên ${who}` },
  { kind: 'inline', labels: ['Ngày, tháng, năm sinh', 'Giới tính'] },
  { kind: 'inline', labels: ['Dân tộc', 'Quốc tịch'] },
  { kind: 'line', label: 'Nơi cư trú' },
  { kind: 'line', label: 'Số định danh cá nhân (hoặc số giấy tờ tùy thân)' },
];

const truthful =
  'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.';
const signer = [{ role: 'Người yêu cầu', note: 'Ký, ghi rõ họ, chữ đệm, tên' }];

export const civilStatusForms: FormTemplate[] = [
  {
    slug: 'to-khai-dang-ky-khai-sinh',
    title: 'Tờ khai đăng ký khai sinh',
    shortName: 'Tờ khai đăng ký khai sinh',
    reference: MOJ,
    names: ['Tờ khai đăng ký khai sinh'],
    addressee: 'Ủy ban nhân dân phường, xã, đặc khu ……………………………',
    sections: [
      { heading: 'Người yêu cầu', fields: requester },
      {
        heading: 'Đề nghị đăng ký khai sinh cho người có tên dưới đây',
        fields: [
          { kind: 'line', label: 'Họ, chữ đệm, tên' },
          { kind: 'inline', labels: ['Ngày, tháng, năm sinh (ghi bằng số)', 'Giới tính'] },
          { kind: 'line', label: 'Ngày, tháng, năm sinh (ghi bằng chữ)' },
          { kind: 'line', label: 'Nơi sinh (cơ sở y tế hoặc địa chỉ nơi sinh)' },
          { kind: 'inline', labels: ['Dân tộc', 'Quốc tịch'] },
          { kind: 'line', label: 'Quê quán' },
        ],
      },
      { heading: 'Cha', fields: person('cha') },
      { heading: 'Mẹ', fields: person('mẹ') },
      {
        heading: 'Đề nghị cấp bản sao',
        fields: [{ kind: 'inline', labels: ['Số bản sao Trích lục khai sinh đề nghị cấp'] }],
      },
    ],
    declaration: truthful,
    signatures: signer,
  },
  {
    slug: 'to-khai-dang-ky-ket-hon',
    title: 'Tờ khai đăng ký kết hôn',
    shortName: 'Tờ khai đăng ký kết hôn',
    reference: MOJ,
    names: ['Tờ khai đăng ký kết hôn'],
    addressee: 'Ủy ban nhân dân phường, xã, đặc khu ……………………………',
    sections: [
      {
        heading: 'Thông tin hai bên',
        fields: [
          {
            kind: 'table',
            columns: ['Thông tin', 'Bên nữ', 'Bên nam'],
            rows: [
              'Họ, chữ đệm, tên',
              'Ngày, tháng, năm sinh',
              'Dân tộc',
              'Quốc tịch',
              'Nơi cư trú',
              'Số định danh cá nhân (hoặc giấy tờ tùy thân)',
              'Kết hôn lần thứ mấy',
            ],
          },
        ],
      },
      {
        heading: 'Đề nghị cấp bản sao',
        fields: [{ kind: 'inline', labels: ['Số bản sao Trích lục kết hôn đề nghị cấp'] }],
      },
    ],
    declaration:
      'Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng tôi là tự nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình, và chịu trách nhiệm trước pháp luật về cam đoan của mình.',
    signatures: [
      { role: 'Bên nữ', note: 'Ký, ghi rõ họ, chữ đệm, tên' },
      { role: 'Bên nam', note: 'Ký, ghi rõ họ, chữ đệm, tên' },
    ],
  },
  {
    slug: 'to-khai-dang-ky-khai-tu',
    title: 'Tờ khai đăng ký khai tử',
    shortName: 'Tờ khai đăng ký khai tử',
    reference: MOJ,
    names: ['Tờ khai đăng ký khai tử'],
    addressee: 'Ủy ban nhân dân phường, xã, đặc khu ……………………………',
    sections: [
      { heading: 'Người yêu cầu', fields: requester },
      {
        heading: 'Đề nghị đăng ký khai tử cho người có tên dưới đây',
        fields: [
          ...person('người đã chết'),
          { kind: 'line', label: 'Nơi cư trú cuối cùng' },
          { kind: 'inline', labels: ['Đã chết vào lúc … giờ … phút', 'ngày … tháng … năm …'] },
          { kind: 'line', label: 'Nơi chết' },
          { kind: 'line', label: 'Nguyên nhân chết' },
          { kind: 'line', label: 'Số Giấy báo tử (hoặc giấy tờ thay thế), nơi cấp, ngày cấp' },
        ],
      },
      {
        heading: 'Đề nghị cấp bản sao',
        fields: [{ kind: 'inline', labels: ['Số bản sao Trích lục khai tử đề nghị cấp'] }],
      },
    ],
    declaration: truthful,
    signatures: signer,
  },
  {
    slug: 'to-khai-cap-giay-xac-nhan-tinh-trang-hon-nhan',
    title: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
    shortName: 'Tờ khai xác nhận tình trạng hôn nhân',
    reference: MOJ,
    names: ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân'],
    addressee: 'Ủy ban nhân dân phường, xã, đặc khu ……………………………',
    sections: [
      { heading: 'Người yêu cầu', fields: requester },
      {
        heading: 'Đề nghị cấp Giấy xác nhận tình trạng hôn nhân cho người có tên dưới đây',
        fields: [
          ...person('người được xác nhận'),
          { kind: 'line', label: 'Trong thời gian cư trú tại (ghi nơi cư trú nếu cần xác nhận cho một thời kỳ)' },
          { kind: 'inline', labels: ['Từ ngày … tháng … năm …', 'đến ngày … tháng … năm …'] },
          {
            kind: 'line',
            label: 'Tình trạng hôn nhân',
            lines: 2,
            hint: 'Chưa kết hôn; đang có vợ/chồng (ghi họ tên); đã ly hôn hoặc vợ/chồng đã chết (ghi giấy tờ)',
          },
          { kind: 'line', label: 'Mục đích sử dụng Giấy xác nhận tình trạng hôn nhân', lines: 2 },
          { kind: 'inline', labels: ['Số lượng Giấy xác nhận đề nghị cấp'] },
        ],
      },
    ],
    declaration: truthful,
    signatures: signer,
  },
  {
    slug: 'to-khai-dang-ky-nhan-cha-me-con',
    title: 'Tờ khai đăng ký nhận cha, mẹ, con',
    shortName: 'Tờ khai đăng ký nhận cha, mẹ, con',
    reference: MOJ,
    names: ['Tờ khai đăng ký nhận cha, mẹ, con'],
    addressee: 'Ủy ban nhân dân phường, xã, đặc khu ……………………………',
    sections: [
      { heading: 'Người nhận', fields: person('người nhận') },
      { heading: 'Người được nhận', fields: person('người được nhận') },
      {
        heading: 'Quan hệ',
        fields: [
          { kind: 'choice', label: 'Người nhận là', options: ['Cha', 'Mẹ', 'Con'] },
          { kind: 'line', label: 'Giấy tờ chứng minh quan hệ cha, mẹ, con kèm theo', lines: 2 },
        ],
      },
      {
        heading: 'Đề nghị cấp bản sao',
        fields: [{ kind: 'inline', labels: ['Số bản sao Trích lục đề nghị cấp'] }],
      },
    ],
    declaration:
      'Tôi cam đoan việc nhận cha, mẹ, con là đúng sự thật, tự nguyện, không có tranh chấp và chịu trách nhiệm trước pháp luật về cam đoan của mình.',
    signatures: [
      { role: 'Người nhận', note: 'Ký, ghi rõ họ, chữ đệm, tên' },
      { role: 'Người được nhận (nếu đã thành niên)', note: 'Ký, ghi rõ họ, chữ đệm, tên' },
    ],
  },
];

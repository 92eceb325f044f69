// Demo emergency alerts: a high-tide flooding warning for riverside wards, issued yesterday and
// updated the same evening, in force for the next days (so a fresh `npm start` shows the banner and
// its CAP document); a heat advisory and a tropical depression (updated) that have expired; a
// riverbank-erosion warning that was cancelled; and a Test message, which never shows to the
// public. Deterministic: fixed ids, identifiers and texts; the times are hours before or after
// midnight of the day the seed runs (city time), like the demo consultations, since an alert is
// only in force for a few days. congdan2@congdanso.test (Thủ Đức ward) asks for alert emails.
import type { PrismaClient } from '../../generated/prisma/client';
import { ALERT_SENDER } from '../../lib/alerts/values';
import { seedDay } from './consultations';

const HOUR = 3_600_000;

type DemoMessage = {
  id: string;
  identifier: string;
  thread: string;
  msgType: 'ALERT' | 'UPDATE' | 'CANCEL';
  references?: string;
  status?: 'ACTUAL' | 'TEST';
  /** Hours from midnight of the seed's day (city time). */
  sent: number;
  onset: number;
  expires: number;
  severity: 'EXTREME' | 'SEVERE' | 'MODERATE' | 'MINOR';
  urgency: 'IMMEDIATE' | 'EXPECTED' | 'FUTURE' | 'PAST';
  certainty: 'OBSERVED' | 'LIKELY' | 'POSSIBLE';
  category: string;
  responseType: string;
  event: [string, string];
  headline: [string, string];
  description: [string, string];
  instruction: [string, string];
  areaDesc: [string, string];
  wards: string[];
  polygon?: string;
  note?: string;
};

const tideEvent: [string, string] = ['Triều cường', 'High tide flooding'];
const tideArea: [string, string] = [
  'Các phường, xã ven sông Sài Gòn và sông Nhà Bè',
  'Wards and communes along the Saigon and Nhà Bè rivers',
];
const tideInstruction: [string, string] = [
  'Kê cao đồ đạc, thiết bị điện; không để xe trên các đường trũng ven sông vào giờ triều đỉnh (khoảng 17 giờ – 20 giờ). Không cho trẻ em chơi gần bờ sông, kênh rạch. Khi cần hỗ trợ, gọi đường dây nóng 1022 hoặc Ủy ban nhân dân phường, xã nơi cư trú.',
  'Raise furniture and electrical appliances; do not park on low riverside streets around the peak (about 17:00 to 20:00). Keep children away from river banks and canals. For help, call the 1022 hotline or your ward or commune People’s Committee.',
];

export const demoAlerts: DemoMessage[] = [
  {
    id: 'cdemoalert-tide-1',
    identifier: 'CDS-DEMO-TRIEU-CUONG-1',
    thread: 'cdemoalert-tide-1',
    msgType: 'ALERT',
    sent: -16,
    onset: 17,
    expires: 4 * 24 + 22,
    severity: 'MODERATE',
    urgency: 'EXPECTED',
    certainty: 'LIKELY',
    category: 'Met',
    responseType: 'Prepare',
    event: tideEvent,
    headline: [
      'Cảnh báo triều cường gây ngập ven sông Sài Gòn từ chiều nay đến hết tuần',
      'High tide flooding along the Saigon River from this afternoon to the end of the week',
    ],
    description: [
      'Đỉnh triều tại trạm Phú An dự báo đạt 1,70 m vào khoảng 17 giờ – 19 giờ hằng ngày, trên mức báo động III. Các tuyến đường trũng ven sông có thể ngập từ 0,2 m đến 0,4 m.',
      'The tide at Phú An station is forecast to peak at 1.70 m between about 17:00 and 19:00 each day, above alert level III. Low riverside streets may flood by 0.2 to 0.4 m.',
    ],
    instruction: tideInstruction,
    areaDesc: tideArea,
    wards: ['mau-phuong-binh-thanh', 'mau-phuong-hiep-binh', 'mau-phuong-an-khanh', 'mau-phuong-tan-thuan'],
  },
  {
    id: 'cdemoalert-tide-2',
    identifier: 'CDS-DEMO-TRIEU-CUONG-2',
    thread: 'cdemoalert-tide-1',
    msgType: 'UPDATE',
    references: 'cdemoalert-tide-1',
    sent: -7,
    onset: 17,
    expires: 4 * 24 + 22,
    severity: 'SEVERE',
    urgency: 'EXPECTED',
    certainty: 'LIKELY',
    category: 'Met',
    responseType: 'Prepare',
    event: tideEvent,
    headline: [
      'Cập nhật: triều cường vượt báo động III, ngập sâu tại các phường ven sông Sài Gòn và Nhà Bè',
      'Update: high tide above alert level III, deep flooding in wards along the Saigon and Nhà Bè rivers',
    ],
    description: [
      'Đài Khí tượng Thủy văn khu vực Nam Bộ nâng dự báo đỉnh triều tại trạm Phú An lên 1,80 m vào khoảng 17 giờ – 20 giờ hằng ngày, vượt mức báo động III 0,20 m. Các tuyến đường trũng ven sông có thể ngập từ 0,3 m đến 0,6 m; khu vực bờ bao yếu có nguy cơ tràn.',
      'The Southern Regional Hydro-Meteorological Centre has raised its forecast: the tide at Phú An station will peak at 1.80 m between about 17:00 and 20:00 each day, 0.20 m above alert level III. Low riverside streets may flood by 0.3 to 0.6 m; weak embankments may be overtopped.',
    ],
    instruction: tideInstruction,
    areaDesc: tideArea,
    wards: [
      'mau-phuong-an-khanh',
      'mau-phuong-binh-thanh',
      'mau-phuong-hiep-binh',
      'mau-phuong-tan-thuan',
      'mau-phuong-thu-duc',
      'mau-xa-nha-be',
    ],
    polygon: '10.870,106.700 10.870,106.745 10.700,106.760 10.690,106.715 10.870,106.700',
  },
  {
    id: 'cdemoalert-heat-1',
    identifier: 'CDS-DEMO-NANG-NONG-1',
    thread: 'cdemoalert-heat-1',
    msgType: 'ALERT',
    sent: -20 * 24 + 7,
    onset: -20 * 24 + 11,
    expires: -17 * 24 + 18,
    severity: 'MINOR',
    urgency: 'FUTURE',
    certainty: 'LIKELY',
    category: 'Met',
    responseType: 'Prepare',
    event: ['Nắng nóng', 'Heat'],
    headline: ['Nắng nóng trên diện rộng, nhiệt độ cao nhất 36 °C', 'Widespread heat, highs of 36 °C'],
    description: [
      'Từ trưa nay đến hết ngày thứ Bảy, nhiệt độ cao nhất phổ biến 35 °C – 36 °C, chỉ số tia cực tím ở mức rất cao.',
      'From midday today to the end of Saturday, highs will be 35 to 36 °C with a very high UV index.',
    ],
    instruction: [
      'Uống đủ nước, hạn chế ra ngoài từ 11 giờ đến 15 giờ, chú ý người cao tuổi và trẻ nhỏ.',
      'Drink enough water, avoid going out between 11:00 and 15:00, and look after older people and young children.',
    ],
    areaDesc: ['Toàn thành phố', 'The whole city'],
    wards: [],
  },
  {
    id: 'cdemoalert-storm-1',
    identifier: 'CDS-DEMO-AP-THAP-1',
    thread: 'cdemoalert-storm-1',
    msgType: 'ALERT',
    sent: -40 * 24 + 9,
    onset: -39 * 24,
    expires: -37 * 24 + 12,
    severity: 'MODERATE',
    urgency: 'FUTURE',
    certainty: 'POSSIBLE',
    category: 'Met',
    responseType: 'Monitor',
    event: ['Áp thấp nhiệt đới', 'Tropical depression'],
    headline: [
      'Áp thấp nhiệt đới trên Biển Đông có thể gây mưa lớn và gió mạnh',
      'A tropical depression in the East Sea may bring heavy rain and strong wind',
    ],
    description: [
      'Áp thấp nhiệt đới có thể mạnh lên thành bão; vùng biển Cần Giờ và Côn Đảo có gió mạnh cấp 6, giật cấp 8.',
      'The depression may strengthen into a storm; the sea off Cần Giờ and Côn Đảo may see force 6 winds, gusting to force 8.',
    ],
    instruction: [
      'Tàu thuyền theo dõi bản tin và chủ động về nơi trú tránh an toàn.',
      'Boats should follow the bulletins and make for safe shelter in good time.',
    ],
    areaDesc: ['Xã Cần Giờ và Đặc khu Côn Đảo', 'Cần Giờ Commune and Côn Đảo Special Zone'],
    wards: ['mau-xa-can-gio', 'mau-dac-khu-con-dao'],
  },
  {
    id: 'cdemoalert-storm-2',
    identifier: 'CDS-DEMO-AP-THAP-2',
    thread: 'cdemoalert-storm-1',
    msgType: 'UPDATE',
    references: 'cdemoalert-storm-1',
    sent: -39 * 24 + 8,
    onset: -39 * 24 + 12,
    expires: -37 * 24 + 12,
    severity: 'SEVERE',
    urgency: 'EXPECTED',
    certainty: 'LIKELY',
    category: 'Met',
    responseType: 'Shelter',
    event: ['Bão', 'Storm'],
    headline: [
      'Cập nhật: áp thấp nhiệt đới đã mạnh lên thành bão, gió giật cấp 9 trên vùng biển Côn Đảo',
      'Update: the depression has become a storm, gusts to force 9 off Côn Đảo',
    ],
    description: [
      'Bão gây gió mạnh cấp 7, giật cấp 9 và mưa rất to trên vùng biển Côn Đảo, Cần Giờ trong 24 giờ tới.',
      'The storm will bring force 7 winds gusting to force 9 and very heavy rain off Côn Đảo and Cần Giờ in the next 24 hours.',
    ],
    instruction: [
      'Không ra khơi; neo đậu tàu thuyền an toàn; người dân ở nhà yếu đến nơi trú tránh do xã, đặc khu bố trí.',
      'Do not put to sea; moor boats safely; people in weak houses should go to the shelters set up by the commune or special zone.',
    ],
    areaDesc: ['Xã Cần Giờ và Đặc khu Côn Đảo', 'Cần Giờ Commune and Côn Đảo Special Zone'],
    wards: ['mau-xa-can-gio', 'mau-dac-khu-con-dao'],
  },
  {
    id: 'cdemoalert-bank-1',
    identifier: 'CDS-DEMO-SAT-LO-1',
    thread: 'cdemoalert-bank-1',
    msgType: 'ALERT',
    sent: -10 * 24 + 14,
    onset: -10 * 24 + 14,
    expires: -3 * 24,
    severity: 'SEVERE',
    urgency: 'IMMEDIATE',
    certainty: 'POSSIBLE',
    category: 'Geo',
    responseType: 'Avoid',
    event: ['Sạt lở bờ sông', 'Riverbank erosion'],
    headline: [
      'Nguy cơ sạt lở bờ sông Sài Gòn đoạn qua phường Hiệp Bình',
      'Risk of erosion on the Saigon River bank in Hiệp Bình ward',
    ],
    description: [
      'Xuất hiện vết nứt dài khoảng 30 m trên bờ sông gần bến đò; khu vực đang được khảo sát.',
      'A crack about 30 m long has appeared in the bank near the ferry landing; the area is being surveyed.',
    ],
    instruction: [
      'Không đến gần khu vực đã rào chắn; các hộ dân sát bờ sông chuẩn bị di dời khi có yêu cầu.',
      'Keep away from the fenced-off area; households on the bank should be ready to move if asked.',
    ],
    areaDesc: ['Bờ sông Sài Gòn, phường Hiệp Bình', 'Saigon River bank, Hiệp Bình ward'],
    wards: ['mau-phuong-hiep-binh'],
  },
  {
    id: 'cdemoalert-bank-2',
    identifier: 'CDS-DEMO-SAT-LO-2',
    thread: 'cdemoalert-bank-1',
    msgType: 'CANCEL',
    references: 'cdemoalert-bank-1',
    sent: -9 * 24 + 10,
    onset: -10 * 24 + 14,
    expires: -3 * 24,
    severity: 'SEVERE',
    urgency: 'PAST',
    certainty: 'POSSIBLE',
    category: 'Geo',
    responseType: 'AllClear',
    event: ['Sạt lở bờ sông', 'Riverbank erosion'],
    headline: [
      'Hủy cảnh báo sạt lở bờ sông Sài Gòn đoạn qua phường Hiệp Bình',
      'Cancelled: riverbank erosion warning in Hiệp Bình ward',
    ],
    description: [
      'Kết quả khảo sát cho thấy vết nứt chỉ ở lớp đất mặt, bờ sông ổn định; khu vực đã được gia cố.',
      'The survey found the crack was in the topsoil only and the bank is stable; the area has been reinforced.',
    ],
    instruction: ['', ''],
    areaDesc: ['Bờ sông Sài Gòn, phường Hiệp Bình', 'Saigon River bank, Hiệp Bình ward'],
    wards: ['mau-phuong-hiep-binh'],
    note: 'Khảo sát địa chất cho thấy bờ sông ổn định. / The geological survey found the bank stable.',
  },
  {
    id: 'cdemoalert-test-1',
    identifier: 'CDS-DEMO-THU-NGHIEM-1',
    thread: 'cdemoalert-test-1',
    msgType: 'ALERT',
    status: 'TEST',
    sent: -2 * 24 + 9,
    onset: -2 * 24 + 9,
    expires: 5 * 24,
    severity: 'EXTREME',
    urgency: 'IMMEDIATE',
    certainty: 'OBSERVED',
    category: 'Other',
    responseType: 'None',
    event: ['Thử nghiệm', 'Test'],
    headline: ['Thử nghiệm hệ thống cảnh báo – không có sự cố', 'Alert system test – no emergency'],
    description: ['Bản tin thử nghiệm, không hiện cho người dân.', 'A test message, never shown to the public.'],
    instruction: ['', ''],
    areaDesc: ['Toàn thành phố', 'The whole city'],
    wards: [],
  },
];

/** Alert subscribers of the demo: the resident of Thủ Đức, one of the flooded wards. */
export const DEMO_ALERT_SUBSCRIBERS = ['congdan2@congdanso.test'];

/** The demo messages as rows, with their wards, for the seed and for the tests of the CAP output. */
export function demoAlertRows(now = new Date()) {
  const day = seedDay(now).getTime();
  const at = (hours: number) => new Date(day + hours * HOUR);
  const supersededBy = new Map(demoAlerts.filter((m) => m.references).map((m) => [m.references!, at(m.sent)]));
  return demoAlerts.map((m) => ({
    id: m.id,
    identifier: m.identifier,
    sender: ALERT_SENDER,
    sent: at(m.sent),
    issuedAt: at(m.sent),
    status: m.status ?? ('ACTUAL' as const),
    msgType: m.msgType,
    scope: 'Public',
    note: m.note ?? null,
    referencesId: m.references ?? null,
    threadId: m.thread,
    supersededAt: supersededBy.get(m.id) ?? null,
    category: m.category,
    responseType: m.responseType,
    urgency: m.urgency,
    severity: m.severity,
    certainty: m.certainty,
    eventVi: m.event[0],
    eventEn: m.event[1],
    headlineVi: m.headline[0],
    headlineEn: m.headline[1],
    descriptionVi: m.description[0],
    descriptionEn: m.description[1],
    instructionVi: m.instruction[0],
    instructionEn: m.instruction[1],
    areaDescVi: m.areaDesc[0],
    areaDescEn: m.areaDesc[1],
    onset: at(m.onset),
    expires: at(m.expires),
    polygon: m.polygon ?? null,
    circle: null,
    createdAt: at(m.sent),
    wardCodes: m.wards,
  }));
}

export async function seedDemoAlerts(db: PrismaClient, now = new Date()): Promise<number> {
  if ((await db.alert.count({ where: { id: { startsWith: 'cdemoalert' } } })) > 0) return 0;
  for (const { wardCodes, ...row } of demoAlertRows(now)) {
    await db.alert.create({ data: { ...row, wards: { create: wardCodes.map((wardCode) => ({ wardCode })) } } });
  }
  const subscribers = await db.user.findMany({
    where: { email: { in: DEMO_ALERT_SUBSCRIBERS } },
    select: { id: true },
  });
  await db.alertSubscription.createMany({ data: subscribers.map((u) => ({ userId: u.id })), skipDuplicates: true });
  return demoAlerts.length;
}

import { describe, expect, it } from 'vitest';
import { isoDuration, summaryLines, type MethodLike } from './summary';

const m = (channel: MethodLike['channel'], processingTime: string, fee: string): MethodLike => ({
  channel,
  processingTime,
  fee,
});

describe('summaryLines', () => {
  it('labels each value with its methods and writes "same as in person" once', () => {
    const methods = [
      m('IN_PERSON', '03 ngày làm việc', 'Miễn lệ phí nếu đúng hạn'),
      m('ONLINE', 'Như nộp trực tiếp', 'Như nộp trực tiếp'),
      m('POST', 'Như nộp trực tiếp', 'Như nộp trực tiếp; cước bưu chính do người gửi trả'),
    ];
    expect(summaryLines(methods, 'processingTime')).toEqual([
      { channels: ['IN_PERSON', 'ONLINE', 'POST'], text: '03 ngày làm việc', sameAsInPerson: false },
    ]);
    expect(summaryLines(methods, 'fee')).toEqual([
      { channels: ['IN_PERSON', 'ONLINE'], text: 'Miễn lệ phí nếu đúng hạn', sameAsInPerson: false },
      { channels: ['POST'], text: 'cước bưu chính do người gửi trả', sameAsInPerson: true },
    ]);
  });

  it('reads "As in person" in the English details the same way', () => {
    const methods = [
      m('IN_PERSON', '3 working days', 'No fee'),
      m('ONLINE', 'As in person', 'As in person'),
      m('POST', 'As in person', 'As in person; postage paid by the sender'),
    ];
    expect(summaryLines(methods, 'processingTime')).toEqual([
      { channels: ['IN_PERSON', 'ONLINE', 'POST'], text: '3 working days', sameAsInPerson: false },
    ]);
    expect(summaryLines(methods, 'fee')).toEqual([
      { channels: ['IN_PERSON', 'ONLINE'], text: 'No fee', sameAsInPerson: false },
      { channels: ['POST'], text: 'postage paid by the sender', sameAsInPerson: true },
    ]);
  });

  it('keeps different values apart', () => {
    const methods = [m('IN_PERSON', '07 ngày làm việc', '20.000 đồng'), m('ONLINE', '07 ngày làm việc', '10.000 đồng')];
    expect(summaryLines(methods, 'fee').map((l) => [l.channels, l.text])).toEqual([
      [['IN_PERSON'], '20.000 đồng'],
      [['ONLINE'], '10.000 đồng'],
    ]);
  });
});

describe('isoDuration', () => {
  it('writes the first time limit named as an ISO 8601 duration', () => {
    expect(isoDuration('07 ngày làm việc')).toBe('P7D');
    expect(isoDuration('03 ngày làm việc kể từ ngày nhận đủ hồ sơ; cần xác minh thì kéo dài thêm 05 ngày')).toBe('P3D');
    expect(isoDuration('Ngay trong ngày nhận đủ hồ sơ; cần xác minh thì không quá 05 ngày làm việc')).toBe('P1D');
    expect(isoDuration('24 giờ')).toBe('PT24H');
    expect(isoDuration('Tiếp nhận ngay')).toBe('PT0S');
    expect(isoDuration('Theo quy định')).toBeUndefined();
  });
});

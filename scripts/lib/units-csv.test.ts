import { describe, expect, it } from 'vitest';
import { parseUnitsCsv } from './units-csv';

describe('administrative units CSV', () => {
  it('reads units with Vietnamese names, quoted fields and a byte-order mark', () => {
    const rows = parseUnitsCsv(
      '\uFEFFcode,name,level,parent_code,name_en\n79,Thành phố Hồ Chí Minh,thanh-pho,,Ho Chi Minh City\n26734,"Phường Sài Gòn",phuong,79,"Sài Gòn Ward"\n27000,Xã Cần Giờ,xa,79,\n26999,Đặc khu Côn Đảo,dac-khu,79,\n',
    );
    expect(rows).toEqual([
      { code: '79', name: 'Thành phố Hồ Chí Minh', level: 'CITY', parentCode: null, nameEn: 'Ho Chi Minh City' },
      { code: '26734', name: 'Phường Sài Gòn', level: 'WARD', parentCode: '79', nameEn: 'Sài Gòn Ward' },
      { code: '27000', name: 'Xã Cần Giờ', level: 'COMMUNE', parentCode: '79', nameEn: null },
      { code: '26999', name: 'Đặc khu Côn Đảo', level: 'SPECIAL_ZONE', parentCode: '79', nameEn: null },
    ]);
  });

  it('lists every bad line and imports nothing', () => {
    expect(() =>
      parseUnitsCsv(
        'code,name,level,parent_code\n1,,phuong,\n2,Phường X,quan,\n2,Phường Y,phuong,9\nbad code!,Z,xa,\n',
      ),
    ).toThrow(
      /line 2: name is missing[\s\S]*line 3: level "quan"[\s\S]*line 4: code "2" appears twice[\s\S]*line 5: code "bad code!"[\s\S]*parent_code "9" is not in the file/,
    );
  });

  it('needs a header', () => {
    expect(() => parseUnitsCsv('1,Phường A,phuong\n')).toThrow(/header line/);
  });
});

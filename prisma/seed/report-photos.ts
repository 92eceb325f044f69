// Illustrative demo photos drawn from simple SVG scenes (no real people, places or faces), encoded
// as WebP like an uploaded photo: a display image and a thumbnail.
import sharp from 'sharp';

export type DemoPhotoKind =
  | 'pothole'
  | 'pothole-fixed'
  | 'street-light'
  | 'rubbish'
  | 'flood'
  | 'fallen-tree'
  | 'encroachment'
  | 'sidewalk'
  | 'construction'
  | 'leaking-pipe';

export const DISPLAY = { width: 1024, height: 768 } as const;
export const THUMB = { width: 320, height: 240 } as const;

const road = (sky = '#9cc9e8') => `
  <rect width="1024" height="768" fill="${sky}"/>
  <rect y="300" width="1024" height="468" fill="#6b6f73"/>
  <rect y="280" width="1024" height="30" fill="#b9b2a5"/>
  ${[0, 1, 2, 3, 4].map((i) => `<rect x="${60 + i * 220}" y="520" width="120" height="14" fill="#f4f1e8"/>`).join('')}
  <rect x="40" y="120" width="180" height="160" fill="#d9c7a3"/><rect x="240" y="90" width="160" height="190" fill="#e8d9b8"/>
  <rect x="420" y="140" width="200" height="140" fill="#c9b28d"/><rect x="650" y="100" width="170" height="180" fill="#e3cfa9"/>
  <rect x="840" y="130" width="160" height="150" fill="#d4bd95"/>`;

const scenes: Record<DemoPhotoKind, { label: string; body: string }> = {
  pothole: {
    label: 'Ổ gà trên mặt đường',
    body: `${road()}<ellipse cx="520" cy="620" rx="210" ry="70" fill="#3a3c3e"/><ellipse cx="530" cy="630" rx="150" ry="42" fill="#5d7f99" opacity="0.8"/>
      <ellipse cx="300" cy="450" rx="70" ry="24" fill="#45484b"/>`,
  },
  'pothole-fixed': {
    label: 'Mặt đường sau khi vá',
    body: `${road()}<rect x="300" y="560" width="440" height="130" rx="12" fill="#2b2d2f"/><rect x="300" y="560" width="440" height="130" rx="12" fill="none" stroke="#1e1f20" stroke-width="6"/>`,
  },
  'street-light': {
    label: 'Đèn đường không sáng',
    body: `<rect width="1024" height="768" fill="#17223b"/>${[
      [120, 80],
      [300, 150],
      [700, 60],
      [880, 130],
      [520, 110],
    ]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="3" fill="#fff"/>`)
      .join('')}
      <rect y="560" width="1024" height="208" fill="#2c2f33"/><rect x="490" y="180" width="22" height="400" fill="#8a8f96"/>
      <rect x="500" y="170" width="180" height="16" fill="#8a8f96"/><rect x="640" y="180" width="70" height="26" rx="8" fill="#4b5058"/>
      <rect x="150" y="240" width="16" height="340" fill="#8a8f96"/><circle cx="158" cy="236" r="30" fill="#ffd86b" opacity="0.9"/>`,
  },
  rubbish: {
    label: 'Rác thải tập kết sai nơi quy định',
    body: `${road('#a9cfe6')}${[
      [380, 560, 70, '#2f2f2f'],
      [470, 540, 80, '#3d5a80'],
      [560, 575, 65, '#2f2f2f'],
      [450, 610, 60, '#6c757d'],
      [640, 600, 55, '#a4161a'],
      [330, 620, 50, '#e9c46a'],
    ]
      .map(([x, y, r, c]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${c}"/>`)
      .join('')}<rect x="700" y="560" width="90" height="70" fill="#bc8a5f"/>`,
  },
  flood: {
    label: 'Đường ngập sau mưa',
    body: `${road('#8aa4b8')}<rect y="430" width="1024" height="338" fill="#6f8fa6" opacity="0.92"/>
      ${[0, 1, 2, 3, 4, 5].map((i) => `<path d="M${i * 180} 470 q45 -18 90 0 t90 0" stroke="#dbe7ef" stroke-width="5" fill="none"/>`).join('')}
      <rect x="420" y="390" width="160" height="60" rx="18" fill="#b22222"/><circle cx="440" cy="455" r="36" fill="#1d1d1d" opacity="0.6"/><circle cx="560" cy="455" r="36" fill="#1d1d1d" opacity="0.6"/>`,
  },
  'fallen-tree': {
    label: 'Cây xanh gãy đổ',
    body: `${road()}<polygon points="150,600 820,470 840,500 170,640" fill="#6b4226"/>
      ${[
        [820, 440, 90],
        [900, 500, 80],
        [760, 520, 70],
        [870, 400, 60],
      ]
        .map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="#3f7d3a"/>`)
        .join('')}`,
  },
  encroachment: {
    label: 'Lấn chiếm vỉa hè',
    body: `${road()}<rect y="300" width="1024" height="140" fill="#c8bfae"/>${[120, 320, 520, 720]
      .map(
        (x) => `
      <polygon points="${x},220 ${x + 140},220 ${x + 70},170" fill="#e63946"/><rect x="${x + 66}" y="220" width="8" height="120" fill="#555"/>
      <rect x="${x + 20}" y="340" width="100" height="14" fill="#8d6e63"/><rect x="${x + 10}" y="360" width="30" height="40" fill="#1d3557"/><rect x="${x + 100}" y="360" width="30" height="40" fill="#1d3557"/>`,
      )
      .join('')}`,
  },
  sidewalk: {
    label: 'Vỉa hè bong tróc',
    body: `<rect width="1024" height="768" fill="#c8bfae"/>${Array.from({ length: 6 }, (_, r) => Array.from({ length: 8 }, (_, c) => `<rect x="${c * 128 + 4}" y="${r * 128 + 4}" width="120" height="120" fill="${(r + c) % 5 === 0 ? '#7b6f5e' : '#d8cfbf'}"/>`).join('')).join('')}
      <polygon points="380,300 620,280 680,450 420,500" fill="#5b5043"/><polygon points="420,330 600,320 630,430 450,460" fill="#3e362d"/>`,
  },
  construction: {
    label: 'Công trình xây dựng không che chắn',
    body: `<rect width="1024" height="768" fill="#a7c7e7"/><rect y="640" width="1024" height="128" fill="#6b6f73"/>
      <rect x="300" y="120" width="420" height="520" fill="#cfc6b8"/>${Array.from({ length: 7 }, (_, i) => `<line x1="280" y1="${140 + i * 72}" x2="740" y2="${140 + i * 72}" stroke="#7a5c3a" stroke-width="8"/>`).join('')}
      ${[280, 400, 520, 640, 740].map((x) => `<line x1="${x}" y1="110" x2="${x}" y2="640" stroke="#7a5c3a" stroke-width="8"/>`).join('')}
      <polygon points="760,640 840,560 920,640" fill="#b08968"/>`,
  },
  'leaking-pipe': {
    label: 'Rò rỉ ống nước',
    body: `<rect width="1024" height="768" fill="#b9b2a5"/><rect y="330" width="1024" height="90" fill="#3a6ea5"/><rect x="470" y="318" width="60" height="114" fill="#2d5a88"/>
      ${[
        [500, 470, 18],
        [470, 540, 14],
        [535, 600, 16],
        [500, 670, 20],
      ]
        .map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="#6fb1e8"/>`)
        .join('')}
      <ellipse cx="500" cy="720" rx="260" ry="40" fill="#6fb1e8" opacity="0.7"/>`,
  },
};

function svg(kind: DemoPhotoKind): string {
  const { label, body } = scenes[kind];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${DISPLAY.width}" height="${DISPLAY.height}" viewBox="0 0 1024 768">${body}
    <rect y="688" width="1024" height="80" fill="#000" opacity="0.55"/>
    <text x="32" y="742" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="40" fill="#fff">${label} — ảnh minh họa</text></svg>`;
}

export const photoAlt: Record<DemoPhotoKind, string> = {
  pothole: 'Ảnh minh họa: ổ gà lớn đọng nước giữa làn xe',
  'pothole-fixed': 'Ảnh minh họa: mặt đường đã được vá phẳng bằng bê tông nhựa',
  'street-light': 'Ảnh minh họa: trụ đèn đường tắt vào ban đêm, đèn bên cạnh vẫn sáng',
  rubbish: 'Ảnh minh họa: nhiều túi rác chất đống trên vỉa hè',
  flood: 'Ảnh minh họa: mặt đường ngập nước, xe máy lội qua',
  'fallen-tree': 'Ảnh minh họa: cây xanh gãy đổ chắn ngang đường',
  encroachment: 'Ảnh minh họa: bàn ghế và dù che chiếm hết vỉa hè',
  sidewalk: 'Ảnh minh họa: gạch vỉa hè bong tróc, có hố sâu',
  construction: 'Ảnh minh họa: công trình đang xây, giàn giáo không có lưới che chắn',
  'leaking-pipe': 'Ảnh minh họa: ống nước bị rò, nước chảy tràn ra mặt đường',
};

/** The display WebP and its thumbnail for one scene. */
export async function renderDemoPhoto(kind: DemoPhotoKind): Promise<{ display: Buffer; thumb: Buffer }> {
  const png = await sharp(Buffer.from(svg(kind)))
    .png()
    .toBuffer();
  const [display, thumb] = await Promise.all([
    sharp(png).webp({ quality: 72 }).toBuffer(),
    sharp(png).resize(THUMB.width, THUMB.height, { fit: 'cover' }).webp({ quality: 70 }).toBuffer(),
  ]);
  return { display, thumb };
}

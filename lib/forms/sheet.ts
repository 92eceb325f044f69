// What the printable page and the downloaded file share: the A4 stylesheet and the fixed wording.
import type { FormTemplate } from './types';

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập – Tự do – Hạnh phúc';
export const DATE_LINE = '……………………, ngày …… tháng …… năm 20……';

/** The note printed at the foot of every form: where it comes from and how far to trust it. */
export function sourceNote(form: FormTemplate): string {
  return `Bản mẫu do Cổng Công dân số soạn lại để chuẩn bị hồ sơ. Căn cứ: ${form.reference.text}${form.reference.verified ? '' : ' (chưa đối chiếu)'}. Nơi tiếp nhận dùng mẫu khác thì điền theo mẫu của nơi tiếp nhận.`;
}

export const formSheetCss = `
.form-sheet{font-family:"Times New Roman",Times,"Liberation Serif",serif;font-size:13pt;line-height:1.45;color:#000;background:#fff;max-width:210mm;margin:0 auto;padding:15mm 18mm;box-sizing:border-box}
.form-sheet p{margin:0}
.form-sheet .fs-code{text-align:right;font-style:italic}
.form-sheet .fs-nation{text-align:center;font-weight:bold}
.form-sheet .fs-motto{text-align:center;font-weight:bold}
.form-sheet .fs-rule{width:35%;margin:.2em auto 1em;border:0;border-top:1px solid #000}
.form-sheet h1{text-align:center;font-size:15pt;font-weight:bold;text-transform:uppercase;margin:.6em 0 .2em}
.form-sheet .fs-subtitle{text-align:center;font-style:italic}
.form-sheet .fs-to{text-align:center;margin:.6em 0}
.form-sheet h2{font-size:13pt;font-weight:bold;margin:.8em 0 .2em}
.form-sheet .fs-line{display:flex;gap:.4em;align-items:flex-end;min-height:1.9em}
.form-sheet .fs-fill{flex:1;border-bottom:1px dotted #000;min-width:3em;height:1.3em}
.form-sheet .fs-row{display:flex;gap:1em}
.form-sheet .fs-row .fs-line{flex:1}
.form-sheet .fs-extra{border-bottom:1px dotted #000;height:1.9em}
.form-sheet .fs-hint{font-style:italic;font-size:11pt}
.form-sheet .fs-box{display:inline-block;width:.85em;height:.85em;border:1px solid #000;margin-right:.35em;vertical-align:-.1em}
.form-sheet .fs-choices{list-style:none;padding:0;margin:0 0 .2em 1em;display:flex;flex-wrap:wrap;gap:.1em 1.5em}
.form-sheet table{width:100%;border-collapse:collapse;margin:.3em 0}
.form-sheet th,.form-sheet td{border:1px solid #000;padding:.15em .4em;text-align:left;vertical-align:top;font-size:12pt}
.form-sheet td{height:1.7em}
.form-sheet .fs-photo{float:right;width:40mm;height:60mm;border:1px solid #000;display:flex;align-items:center;justify-content:center;text-align:center;font-size:10pt;padding:2mm;margin:0 0 2mm 4mm;box-sizing:border-box}
.form-sheet .fs-declaration{margin-top:1em;clear:both}
.form-sheet .fs-date{text-align:right;font-style:italic;margin-top:1em}
.form-sheet .fs-signatures{display:flex;flex-wrap:wrap;justify-content:space-between;gap:1em;margin-top:.5em;break-inside:avoid}
.form-sheet .fs-signature{flex:1 1 40%;text-align:center;min-height:35mm}
.form-sheet .fs-role{font-weight:bold;text-transform:uppercase}
.form-sheet .fs-note{font-style:italic}
.form-sheet .fs-source{margin-top:2em;border-top:1px solid #000;padding-top:.3em;font-size:10pt;font-style:italic}
@media screen{.form-sheet{outline:1px solid #ccc}}
@media print{@page{size:A4;margin:0}.form-sheet{max-width:none;outline:0}}
`.trim();

/**
 * The documents the rules come from, by number: title, and a public copy where one is known. Only
 * copies that were read are given; where none is known the page says so.
 */
export interface OfficialDocument {
  readonly number: string;
  readonly title: string;
  /** How a rule's `source` or an edition's source names it. */
  readonly cited: RegExp;
  readonly url?: string;
  /** Whose copy the URL is. */
  readonly copy?: string;
}

export const OFFICIAL_DOCUMENTS: readonly OfficialDocument[] = [
  {
    number: "国办公开办函〔2021〕30号",
    title:
      "国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知",
    cited: /〔2021〕30号/,
    url: "http://zrzy.smx.gov.cn/16903/616589856/1288675.html",
    copy: "republished by 三明市自然资源局 (来源：中国政府网)",
  },
  {
    number: "国办公开办函〔2019〕60号",
    title: "国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知",
    cited: /〔2019〕60号/,
    url: "https://fujian.gov.cn:82/gate/big5/www.fujian.gov.cn/zwgk/zfxxgk/zfxxgkzd/gjzdwj/201912/t20191205_5145687.htm",
    copy: "republished by 福建省人民政府 (来源：中国政府网 2019-11-27)",
  },
  {
    number: "国务院令第711号",
    title: "中华人民共和国政府信息公开条例（2019年4月3日修订）",
    cited: /《政府信息公开条例》|条例第[四五]十|711号/,
    url: "https://github.com/LawRefBook/Laws",
    copy: "full text in LawRefBook/Laws, file 行政法规/政府信息公开条例(2019-04-03).md; the authoritative publication is on www.gov.cn",
  },
  {
    number: "国务院令第492号",
    title: "中华人民共和国政府信息公开条例（2007年）",
    cited: /492号|条例（2007年）/,
  },
  {
    number: "国办发〔2014〕32号",
    title: "国务院办公厅关于加强和规范政府信息公开情况统计报送工作的通知",
    cited: /〔2014〕32号/,
    url: "http://arguswt.com/art/2014/7/14/art_171595_9878596.html",
    copy: "a copy on a non-government site (no government copy was at hand)",
  },
  {
    number: "广东省 2010 年政府信息公开工作通报",
    title: "广东省 2010 年政府信息公开工作年度报告情况通报（「数据失准」）",
    cited: /广东省 2010/,
    url: "http://fsou.com/html/text/lar/171865/17186519.html",
    copy: "a copy on a law-text site",
  },
  {
    number: "DB51/T 2660—2019",
    title: "四川省地方标准 DB51/T 2660—2019（§2.1：统计期为上一自然年度）",
    cited: /DB51\/T 2660/,
    url: "https://www.guifan.net/biaozhun/difang/127816.html",
    copy: "the standard's record on a standards site",
  },
  {
    number: "皖财综〔2021〕28号",
    title: "皖财综〔2021〕28号（信息处理费列为行政事业性收费项目）",
    cited: /皖财综〔2021〕28号/,
    url: "http://www.qdyangkou.com/public/118322653/1260241166.html",
    copy: "a mirror of a government page",
  },
];

/** The documents a text (a rule's source, an edition's) cites. */
export function documentsCited(text: string): OfficialDocument[] {
  return OFFICIAL_DOCUMENTS.filter((d) => d.cited.test(text));
}

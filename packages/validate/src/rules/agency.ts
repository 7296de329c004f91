/**
 * What a body's name says about its level, read conservatively: `undefined` whenever the name
 * does not settle it (a 市人民政府 may be a county-level city, for instance).
 */
export function agencyLevel(name: string): "township" | "county-or-department" | undefined {
  const n = name.trim();
  if (/(乡|镇)人民政府$|街道办事处$|(乡|镇|街道)$/.test(n)) return "township";
  if (/县人民政府$|(?<!自治)区人民政府$|旗人民政府$/.test(n)) return "county-or-department";
  if (/人民政府$/.test(n)) return undefined;
  if (/^(国务院|国家|中华人民共和国|中国)/.test(n)) return undefined;
  if (/[省市县区州盟旗]/.test(n)) return "county-or-department";
  return undefined;
}

/** A people's government (its own report is due by 31 March), judged from the name. */
export function isGovernment(name: string): boolean {
  return /人民政府$|[省市县区州盟旗乡镇]$/.test(name.trim());
}

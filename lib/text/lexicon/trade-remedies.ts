/**
 * The kinds of trade remedy, each with its wordings in both languages, as written: a case of one kind is no
 * case of another ("thuế chống bán phá giá" is not answered by a countervailing-duty case). Data only;
 * lib/retrieve/trade-remedies.ts reads them.
 */
export const TRADE_REMEDY_KINDS: readonly { kind: string; wordings: readonly string[] }[] = [
  {
    kind: "anti-dumping",
    wordings: ["anti-dumping", "antidumping", "dumping", "dumped", "AD duty", "AD duties", "bán phá giá", "chống bán phá giá", "CBPG"],
  },
  {
    kind: "countervailing",
    wordings: ["countervailing", "anti-subsidy", "antisubsidy", "subsidy", "subsidies", "subsidised", "subsidized", "CVD", "CVDs", "trợ cấp", "chống trợ cấp"],
  },
  // Not a bare "tự vệ": typed without diacritics it is also "thứ tư về".
  { kind: "safeguard", wordings: ["safeguard", "safeguards", "biện pháp tự vệ", "thuế tự vệ", "tự vệ thương mại"] },
  { kind: "anti-circumvention", wordings: ["anti-circumvention", "circumvention", "circumventing", "circumvent", "lẩn tránh", "chống lẩn tránh"] },
];
